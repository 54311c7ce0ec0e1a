package io.claimwatch.extract.domain;

import java.util.List;

/**
 * The name of a strike by who strikes ("seamen strike", "bank strike"; keys/strikers.txt): two strikes
 * of one country and season, each going on for weeks, are told apart by their strikers, as fires are
 * by their names.
 */
final class StrikeNames {

  private static final String STRIKE = "strike";
  /** How many words from the strike's noun its trade may stand ("Bank workers decide on national strike"). */
  private static final int REACH = 5;
  private static final ConceptLexicon STRIKERS = ConceptLexicon.load("/keys/strikers.txt");

  private StrikeNames() {}

  /** The name of the strike [from, to) of the text names with its strikers, or "". */
  static String of(String text, int from, int to) {
    return of(FrameReader.words(text, from, to));
  }

  /** The name of the strike the words ({@link FrameReader#words}) name with its strikers, or "". */
  static String of(List<String> words) {
    List<String> ws = words.stream().map(StrikeNames::withoutApostrophe).toList();
    for (int i = 0; i < ws.size(); i++) {
      ConceptLexicon.Match cause = WordForms.match(EventKinds.CAUSES, ws, i);
      if (cause == null || !cause.concept().equals(STRIKE) || i > 0 && longerCause(ws, i - 1)) continue;
      for (int d = 1; d <= REACH; d++) {
        String striker = strikerAt(ws, i - d);
        if (striker == null) striker = strikerAt(ws, i + d);
        if (striker != null) return striker + " " + STRIKE;
      }
    }
    return "";
  }

  /**
   * Rule "own-strikers": a count whose counted phrase names strikers of another trade than the strike {@code name}
   * names ("50,000 university teachers" in a report of the bank strike) is of its own trade's strike.
   */
  static String ownStrikers(String counted, String name) {
    if (counted == null || !name.endsWith(" " + STRIKE)) return name;
    List<String> ws = FrameReader.words(counted, 0, counted.length());
    for (int i = 0; i < ws.size(); i++) {
      String striker = strikerAt(ws, i);
      if (striker != null) return striker + " " + STRIKE;
    }
    return name;
  }

  /** Whether a cause of more words starts at i ("air strike" is an attack, not a strike). */
  private static boolean longerCause(List<String> ws, int i) {
    ConceptLexicon.Match m = EventKinds.CAUSES.match(ws, i);
    return m != null && m.words() > 1;
  }

  private static String strikerAt(List<String> ws, int i) {
    if (i < 0 || i >= ws.size()) return null;
    ConceptLexicon.Match m = WordForms.match(STRIKERS, ws, i);
    return m == null ? null : m.concept();
  }

  /** "seafarers'" as "seafarers". */
  private static String withoutApostrophe(String w) {
    return w.endsWith("'") || w.endsWith("’") ? w.substring(0, w.length() - 1) : w;
  }
}
