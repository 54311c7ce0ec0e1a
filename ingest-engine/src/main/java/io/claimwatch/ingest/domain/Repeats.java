package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drops units that repeat earlier kept text (first occurrence wins): exact repeats (of units with two
 * words and 12 characters or more; case and whitespace aside), and long units contained in one
 * earlier kept unit. A whole article printed twice loses its second copy unit by unit.
 */
final class Repeats {

  /** Units shorter than this are not checked for being contained in earlier text. */
  private static final int MIN_CONTAINED = 80;
  /** Past this many chars of kept long units, later units are checked for exact repeats only. */
  private static final int MAX_CONTAINMENT_CHARS = 400_000;
  /** Shorter units ("Yes.", "* * *") may legitimately repeat and are not de-duplicated. */
  private static final int MIN_DEDUP_CHARS = 12;
  /** Words in a shingle: a unit contained in an earlier one has its first shingle inside it. */
  private static final int SHINGLE = 5;

  private Repeats() {}

  static void drop(List<Unit> all) {
    Set<String> seen = new HashSet<>();
    List<String> keptLong = new ArrayList<>();
    Map<Integer, List<Integer>> shingles = new HashMap<>(); // shingle hash -> indexes in keptLong
    int keptChars = 0;
    for (Unit u : all) {
      if (u.dropped) {
        continue;
      }
      String k = u.key.toLowerCase(Locale.ROOT);
      if (k.length() < MIN_DEDUP_CHARS || k.indexOf(' ') < 0) {
        continue;
      }
      if (!seen.add(k)) {
        u.dropped = true;
        continue;
      }
      if (k.length() < MIN_CONTAINED) {
        continue;
      }
      int[] words = wordHashes(k);
      if (words.length >= SHINGLE) {
        for (int idx : shingles.getOrDefault(shingle(words, 0), List.of())) {
          String earlier = keptLong.get(idx);
          if (earlier.length() > k.length() && earlier.contains(k)) {
            u.dropped = true;
            break;
          }
        }
      }
      if (!u.dropped && keptChars <= MAX_CONTAINMENT_CHARS) {
        int idx = keptLong.size();
        keptLong.add(k);
        keptChars += k.length();
        for (int w = 0; w + SHINGLE <= words.length; w++) {
          List<Integer> list = shingles.computeIfAbsent(shingle(words, w), x -> new ArrayList<>(1));
          if (list.isEmpty() || list.get(list.size() - 1) != idx) {
            list.add(idx);
          }
        }
      }
    }
  }

  /** A shingle's hash: of the hashes of its words. */
  private static int shingle(int[] words, int from) {
    int h = 1;
    for (int i = from; i < from + SHINGLE; i++) {
      h = 31 * h + words[i];
    }
    return h;
  }

  /**
   * The {@link String#hashCode} of each word of {@code k.split(" ")}, without making the words: what the shingles
   * hash (empty words between two spaces included, trailing empty ones left out, as {@code split} does).
   */
  static int[] wordHashes(String k) {
    int end = k.length();
    while (end > 0 && k.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return new int[0];
    }
    int n = 1;
    for (int i = 0; i < end; i++) {
      if (k.charAt(i) == ' ') {
        n++;
      }
    }
    int[] out = new int[n];
    int w = 0;
    int h = 0;
    for (int i = 0; i < end; i++) {
      char c = k.charAt(i);
      if (c == ' ') {
        out[w++] = h;
        h = 0;
      } else {
        h = 31 * h + c;
      }
    }
    out[w] = h;
    return out;
  }
}
