package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences that go on about the event the sentence before them told, where that was not the
 * article's: "...the Admiral Nakhimov sank with the loss of nearly 400 lives last September. A further
 * 856 people were rescued"; "In January, a fire killed 39. That fire came days after another blaze
 * killed 13 children"; "...the San Gabriel Complex fire in Los Angeles County. As of Friday, it had
 * burned 5,600 acres". Such a sentence opens with a word of keys/continuations.txt; its figures take
 * the event of the claim before them (its kind, place, name, days and dates) when that claim, in the
 * sentence before, is about another event, or the event name that sentence gives when it gives one
 * other than the article's.
 */
final class Continuations {

  private static final ConceptLexicon OPENERS = ConceptLexicon.load("/keys/continuations.txt");
  /** How many words a fronted phrase may take before the comma after which a continuation may open ("As of Friday, it"). */
  private static final int FRONTED_WORDS = 4;

  private Continuations() {}

  /**
   * The claims of one article, in text order, with those of continuing sentences keyed to the event they continue;
   * {@code sentences} are the article's, as the extractor split them.
   */
  static List<ExtractedClaim> settle(String text, List<Sentences.Sentence> sentences, List<ExtractedClaim> claims, EventFrame frame) {
    List<ExtractedClaim> out = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      out.add(c.background() || c.key() == null ? c : continued(text, sentences, c, out, frame));
    }
    return out;
  }

  private static ExtractedClaim continued(String text, List<Sentences.Sentence> sentences, ExtractedClaim c, List<ExtractedClaim> before,
      EventFrame frame) {
    int at = holding(sentences, c.start());
    if (at <= 0) return c;
    int start = sentences.get(at).start();
    if (!opens(text, start, c.end())) return referred(text, sentences, at, c, frame);
    int previous = sentences.get(at - 1).start();
    ExtractedClaim told = null;
    for (int i = before.size() - 1; i >= 0 && before.get(i).start() >= previous; i--) {
      if (before.get(i).start() < start) {
        told = before.get(i);
        break;
      }
    }
    if (told != null) return told.background() && told.key() != null ? keyedAs(c, told) : c;
    String name = EventNames.of(text, previous, start);
    return name.isEmpty() || name.equals(frame.eventName()) ? c : named(c, name);
  }

  /**
   * "...around 70 percent of the so-called Erskine fire. A major highway had been reopened. On Wednesday, some 1,300
   * firefighters were battling the blaze that has burned about 47,000 acres" in a report of the Border Fire: a
   * sentence that names no event but refers to one ("the blaze", keys/continuations.txt) refers to the one named
   * last in the {@link #REFERENCE_REACH} sentences before it; the claim takes that name when it is not the article's.
   */
  private static ExtractedClaim referred(String text, List<Sentences.Sentence> sentences, int at, ExtractedClaim c, EventFrame frame) {
    Sentences.Sentence s = sentences.get(at);
    if (frame.eventName().isEmpty() || !c.key().eventName().equals(frame.eventName())
        || !EventNames.of(text, s.start(), s.end()).isEmpty() || !refers(FrameReader.words(text, s.start(), s.end()))) {
      return c;
    }
    for (int k = at - 1; k >= Math.max(0, at - REFERENCE_REACH); k--) {
      String name = EventNames.of(text, sentences.get(k).start(), sentences.get(k).end());
      if (!name.isEmpty()) return name.equals(frame.eventName()) ? c : named(c, name);
    }
    return c;
  }

  /** How many sentences back a reference ("the blaze") may find the event it refers to. */
  private static final int REFERENCE_REACH = 2;

  /** Whether the words hold a reference to an event told before ("the blaze"). */
  private static boolean refers(List<String> ws) {
    for (int i = 0; i < ws.size(); i++) {
      ConceptLexicon.Match m = OPENERS.match(ws, i);
      if (m != null && REFERS.equals(m.concept())) return true;
    }
    return false;
  }

  private static final String REFERS = "refers";

  /** The index of the sentence holding offset {@code at} (the last one starting at or before it), or -1. */
  private static int holding(List<Sentences.Sentence> sentences, int at) {
    int lo = 0, hi = sentences.size() - 1, found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Whether the sentence from start to the claim's end opens with a continuation, at its start or right after a short fronted phrase. */
  private static boolean opens(String text, int start, int end) {
    List<String> ws = FrameReader.words(text, start, end);
    if (!ws.isEmpty() && opener(ws, 0)) return true;
    int comma = text.indexOf(',', start);
    if (comma < 0 || comma >= end || FrameReader.words(text, start, comma).size() > FRONTED_WORDS) return false;
    List<String> after = FrameReader.words(text, comma + 1, end);
    return !after.isEmpty() && opener(after, 0);
  }

  private static boolean opener(List<String> ws, int i) {
    ConceptLexicon.Match m = OPENERS.match(ws, i);
    return m != null && !REFERS.equals(m.concept());
  }

  private static ExtractedClaim keyedAs(ExtractedClaim c, ExtractedClaim told) {
    ClaimKey k = c.key(), t = told.key();
    ClaimKey key = new ClaimKey(k.kind(), k.event(), k.party(), k.unit(), t.cause(), RateSpans.keptOn(k.place(), t.place()), t.eventName(), t.earliest(),
        t.latest());
    return c.asBackground(key, told.eventStart(), told.eventEnd());
  }

  private static ExtractedClaim named(ExtractedClaim c, String name) {
    ClaimKey k = c.key();
    ClaimKey key = new ClaimKey(k.kind(), k.event(), k.party(), k.unit(), k.cause(), k.place(), name, k.earliest(), k.latest());
    return c.asBackground(key, c.eventStart(), c.eventEnd());
  }
}
