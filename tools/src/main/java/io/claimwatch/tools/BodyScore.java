package io.claimwatch.tools;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token precision, recall and F1 of an extracted page body against its ground truth, as body
 * extraction benchmarks commonly define them: each text is a bag (multiset) of word tokens, the
 * maximal runs of Unicode letters, digits and '_' (Python's {@code \w+}), lower-cased; the overlap is
 * the size of the multiset intersection; precision = overlap / tokens extracted, recall = overlap /
 * tokens of the truth, F1 their harmonic mean. An empty extraction scores precision 1 when the truth
 * is empty too, else 0; so does recall against an empty truth.
 */
record BodyScore(int extracted, int truth, int overlap) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]+");

  static BodyScore of(String extracted, String truth) {
    Map<String, Integer> t = bag(truth);
    Map<String, Integer> e = bag(extracted);
    int overlap = 0;
    for (Map.Entry<String, Integer> x : e.entrySet()) {
      overlap += Math.min(x.getValue(), t.getOrDefault(x.getKey(), 0));
    }
    return new BodyScore(size(e), size(t), overlap);
  }

  double precision() {
    return extracted == 0 ? (truth == 0 ? 1 : 0) : (double) overlap / extracted;
  }

  double recall() {
    return truth == 0 ? (extracted == 0 ? 1 : 0) : (double) overlap / truth;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      bag.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return bag;
  }

  private static int size(Map<String, Integer> bag) {
    int n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }
}
