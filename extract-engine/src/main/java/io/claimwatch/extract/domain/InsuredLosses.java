package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * Rule insured-loss ({@code keys/insured-words.txt}): what a disaster costs the insurers is one quantity however a report
 * words it. "May cost insurance companies $3.5-4.5 billion", "the estimated $3.9 billion in insured losses", "$3.5
 * billion to $4.5 billion in claims" to insurers and "damage claims of nearly 2 billion euros" the country's insurers
 * face are the insured loss of one flood, read as a cost, a loss and a claim by the words around each sum. A sum whose
 * measure is a cost, a loss or a claim, with a word of the insurers as a body (not one insurer: its own results are
 * another figure) among the words right before it or right after it, is keyed as a loss of no kind of its own, so it
 * meets the other reports' "losses" of the event. A bare "claims" with no insurers' word by it stays a claim (a
 * headline's "FERRY DISASTER CLAIMS COULD TOP 30 MLN STG" is parted from its lead's "insurance claims"). Not a sum the words after it call economic or overall ("$45 billion
 * of economic losses, of which $13 billion were insured": the $13 billion only).
 */
final class InsuredLosses {

  private static final Set<String> MEASURES = Set.copyOf(Lexicon.resourceLines("/keys/insured-measures.txt"));
  private static final String LOSS = "loss";
  private static final ConceptLexicon WORDS = ConceptLexicon.load("/keys/insured-words.txt");
  /** How many words before the sum and after it may name the insurers. */
  private static final int BEFORE = 8, AFTER = 4;

  private InsuredLosses() {}

  /** Whether the sum of {@code measure} is an insured loss, by the words before it and after it in its sentence. */
  static boolean insured(String measure, String before, String after) {
    if (!MEASURES.contains(measure)) return false;
    List<String> a = FrameReader.words(after, 0, after.length());
    List<String> next = a.subList(0, Math.min(AFTER, a.size()));
    for (int i = 0; i < next.size(); i++) {
      ConceptLexicon.Match m = WORDS.match(next, i);
      if (m != null) return m.concept().equals("insured");
    }
    int from = 0;   // past any other figure before the sum ("insured losses of $10 billion and $2 billion of crop damage")
    for (int i = 0; i < before.length(); i++) if (Character.isDigit(before.charAt(i))) from = i + 1;
    List<String> b = FrameReader.words(before, from, before.length());
    for (int i = b.size() - 1; i >= Math.max(0, b.size() - BEFORE); i--) {
      ConceptLexicon.Match m = WORDS.match(b, i);
      if (m != null && m.concept().equals("insured")) return true;
    }
    return false;
  }

  /** The measure a sum of an insured loss is keyed by. */
  static String measure() {
    return LOSS;
  }
}
