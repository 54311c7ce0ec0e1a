package io.claimwatch.extract.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The first letters of a list of names (months, weekdays), to tell in one look whether one of them can start at a
 * position of a text: a pattern that begins with the names ("\\b(?:January|Jan|...)") is then tried only where
 * their first three letters stand, not at every capitalised word with a month's initial ("Minister", "Manila").
 * Letters compared in either ASCII case: a superset of the names' case forms in any pattern. Thread-safe.
 */
final class NameStarts {

  /** How many letters are compared: three, or the shortest name's length. */
  private final int k;
  /** The names' first k chars, ASCII lower case, packed into an int, sorted. */
  private final int[] codes;
  /** A name whose first k chars are not ASCII: no test, every position may start one. */
  private final boolean always;

  private NameStarts(int k, int[] codes, boolean always) {
    this.k = k;
    this.codes = codes;
    this.always = always;
  }

  static NameStarts of(Collection<String> names) {
    int k = 3;
    for (String n : names) k = Math.min(k, n.length());
    TreeSet<Integer> codes = new TreeSet<>();
    boolean always = k == 0;
    for (String n : names) {
      int code = code(n, 0, k);
      if (code < 0) always = true;
      codes.add(code);
    }
    return new NameStarts(k, codes.stream().mapToInt(Integer::intValue).toArray(), always);
  }

  /**
   * Whether one of the names can start at {@code at} of the text: false only when the k chars there are not any
   * name's first k chars in any ASCII case (so a pattern of the names cannot match there).
   */
  boolean mayStartAt(CharSequence text, int at) {
    if (always) return true;
    if (at + k > text.length()) return false;
    int code = code(text, at, k);
    return code >= 0 && Arrays.binarySearch(codes, code) >= 0;
  }

  /** The chars [at, at + k) of s, ASCII letters in lower case, packed 8 bits each; -1 if one is not ASCII. */
  private static int code(CharSequence s, int at, int k) {
    int code = 0;
    for (int i = at; i < at + k; i++) {
      char c = s.charAt(i);
      if (c >= 128) return -1;
      if (c >= 'A' && c <= 'Z') c = (char) (c | 0x20);
      code = code << 8 | c;
    }
    return code;
  }
}
