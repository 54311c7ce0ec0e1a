package io.claimwatch.extract.domain;

import java.util.List;

/**
 * proceeding-past-event: an article whose headline or lead reports a court proceeding over its event (a trial, its
 * jurors: {@code keys/proceedings.txt}) tells an event of the past, though it gives the event no date: the figures
 * it does not date are keyed with an open start up to the report, not to the days before it a fresh report's event
 * would take ({@link KeyWindows}), so that "killing three people" in a trial story keys as the bombing's toll another
 * story dates. Read once per article, kept per thread as {@link EventSites} keeps its site.
 */
final class Proceedings {

  private static final ConceptLexicon WORDS = ConceptLexicon.load("/keys/proceedings.txt");
  private final ThreadLocal<String> article = new ThreadLocal<>();

  /** Starts an article: whether its headline and lead sentences report a proceeding over its event. */
  void startArticle(String text, List<Sentences.Sentence> ss) {
    int lead = 0;
    for (Sentences.Sentence s : ss) {
      if (s.kind() == Sentences.Kind.BODY && ++lead > FrameReader.LEAD_SENTENCES) break;
      if (WORDS.first(FrameReader.words(text, s.start(), s.end())) != null) {
        article.set(text);
        return;
      }
    }
    article.set(null);
  }

  /** Whether the article {@code text} (the one started last on this thread) reports a proceeding over its event. */
  boolean past(String text) {
    return article.get() == text;
  }
}
