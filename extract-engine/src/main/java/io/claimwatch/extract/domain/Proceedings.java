package io.claimwatch.extract.domain;

/**
 * proceeding-past-event: an article whose headline or lead reports a court proceeding over its event (a trial, its
 * jurors: {@code keys/proceedings.txt}) tells an event of the past, though it gives the event no date: the figures
 * it does not date are keyed with an open start up to the report, not to the days before it a fresh report's event
 * would take ({@link KeyWindows}), so that "killing three people" in a trial story keys as the bombing's toll another
 * story dates. Read once per article ({@link PerArticle}).
 */
final class Proceedings {

  private static final ConceptLexicon WORDS = ConceptLexicon.load("/keys/proceedings.txt");
  private final Sentences sentences;
  private final PerArticle<Boolean> past = new PerArticle<>(this::read);

  Proceedings(Sentences sentences) {
    this.sentences = sentences;
  }

  /** Whether the article {@code text} reports a proceeding over its event, read once an article. */
  boolean past(String text) {
    return past.of(text);
  }

  /** Whether the headline and lead sentences of {@code text} report a proceeding over its event. */
  private boolean read(String text) {
    int lead = 0;
    for (Sentences.Sentence s : sentences.split(text)) {
      if (s.kind() == Sentences.Kind.BODY && ++lead > FrameReader.LEAD_SENTENCES) break;
      if (WORDS.first(FrameReader.words(text, s.start(), s.end())) != null) return true;
    }
    return false;
  }
}
