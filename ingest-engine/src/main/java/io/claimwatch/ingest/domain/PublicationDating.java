package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Decides an article's publication date and reads its story dateline: the one place this is decided.
 * Ingest decides with the page (its metadata and date line) when the article is cleaned; the
 * extractor, given a bare text, calls {@link #fromText} and so decides by the same rules.
 *
 * <p><b>The rule.</b> The evidence is taken in this order, and the first that holds is the
 * publication date:
 *
 * <ol>
 *   <li>a machine date of HIGH confidence (a meta tag, JSON-LD's datePublished);
 *   <li>a time element, when the content does not contradict it ({@link DateCheck});
 *   <li>the date line under the headline (which cleaning takes out of the text), when not contradicted;
 *   <li>the date of the story's dateline ({@link StoryDateline}: "PARIS, Jan 19, 2023 (AFP) -", or
 *       "SEVILLE, Aug 12 (Reuters) - ... on Tuesday", its year from the lead's weekday), when not
 *       contradicted;
 *   <li>a date line left in the text ({@link DateLines}: "Wire Staff | March 3, 2022"), when not
 *       contradicted.
 * </ol>
 *
 * With none of these, there is no publication date, and the latest date the text mentions as past
 * is recorded as a lower bound.
 */
public final class PublicationDating {

  private PublicationDating() {}

  /**
   * The decision from everything the page gives.
   *
   * @param machine the page's machine-readable date (meta, JSON-LD or a time element), or null
   * @param dateLine the date line cleaning took out of the text, or null
   * @param cleanText the clean text
   */
  public static Dating decide(DateEvidence machine, LocalDate dateLine, String cleanText) {
    List<DateCheck.Mention> mentions = DateCheck.mentions(cleanText);
    StoryDateline story = StoryDateline.read(cleanText);
    DateEvidence publication = null;
    if (machine != null && (machine.confidence() == DateEvidence.Confidence.HIGH || holds(machine, mentions))) {
      publication = machine;
    }
    DateEvidence line = DateEvidence.of(dateLine, DateEvidence.Source.DATELINE);
    boolean lineContradicted = line != null && !holds(line, mentions);
    if (publication == null && line != null && !lineContradicted) {
      publication = line;
    }
    if (publication == null && story != null) {
      publication = uncontradicted(DateEvidence.of(story.date(), DateEvidence.Source.STORY_DATELINE), mentions);
    }
    if (publication == null) {
      publication = uncontradicted(DateEvidence.of(DateLines.firstIn(cleanText), DateEvidence.Source.TEXT), mentions);
    }
    DateEvidence notBefore = publication != null ? null
        : DateEvidence.of(DateCheck.latestMentioned(mentions), DateEvidence.Source.INFERRED);
    return new Dating(publication, line, lineContradicted, notBefore, story);
  }

  /** The decision from a clean text alone (no page): its story dateline and the date lines left in it. */
  public static Dating fromText(String cleanText) {
    return decide(null, null, cleanText);
  }

  /** The story dateline of a clean text, or null: for a caller that was given the publication date. */
  public static StoryDateline storyDateline(String cleanText) {
    return StoryDateline.read(cleanText);
  }

  private static boolean holds(DateEvidence e, List<DateCheck.Mention> mentions) {
    return !DateCheck.check(e.date(), mentions).contradicted();
  }

  private static DateEvidence uncontradicted(DateEvidence e, List<DateCheck.Mention> mentions) {
    return e != null && holds(e, mentions) ? e : null;
  }
}
