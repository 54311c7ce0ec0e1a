package io.claimwatch.ingest.domain;

import java.time.LocalDate;

/**
 * What is known about when and where an article was published, as {@link PublicationDating} decided
 * it. The visible date line and the publication date are kept apart: a date line the content
 * contradicts is recorded (with {@code datelineContradicted}) but not used as the publication date.
 *
 * @param publication the trusted publication date (client, meta, JSON-LD, or a time element, date line,
 *     story dateline or date line left in the text that the content does not contradict); null when
 *     there is none. Extraction resolves relative dates against it.
 * @param dateline the date line shown near the top of the page, as found; null when none
 * @param datelineContradicted whether the content contradicts the date line (see {@link DateCheck})
 * @param notBefore when there is no trusted publication date: a lower bound inferred from the dates
 *     the text mentions (source INFERRED, confidence LOW); null otherwise
 * @param storyDateline the dateline that opens the story ("KYIV, Aug 6 (Reuters) -"), with offsets into
 *     the clean text; null when it has none
 */
public record Dating(DateEvidence publication, DateEvidence dateline, boolean datelineContradicted,
    DateEvidence notBefore, StoryDateline storyDateline) {

  public static final Dating NONE = new Dating(null, null, false, null, null);

  /** The same, with the client's date as the publication date (which makes a lower bound moot). */
  public Dating withClientDate(LocalDate date) {
    if (date == null) {
      return this;
    }
    return new Dating(DateEvidence.of(date, DateEvidence.Source.CLIENT), dateline, datelineContradicted, null,
        storyDateline);
  }

  /** The same without a lower bound later than {@code today} (a future date the text mentions is no bound). */
  public Dating boundedBy(LocalDate today) {
    if (notBefore == null || !notBefore.date().isAfter(today)) {
      return this;
    }
    return new Dating(publication, dateline, datelineContradicted, null, storyDateline);
  }

  /** The trusted publication date, or null. */
  public LocalDate publicationDate() {
    return publication == null ? null : publication.date();
  }
}
