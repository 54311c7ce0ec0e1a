package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The test before a pattern anchored at the end of a text ({@code "\\bincluding\\s+$"}): whether the text
 * ends the way every match of the pattern ends, one of its last words (or a suffix of a word, "'s") then
 * white space. Java's {@code find()} tries such a pattern from every position of the text, 40-60 chars
 * before each figure of an article; the text's last word rules most of them out in one look. False means
 * the pattern cannot match; true, that it is worth trying. Thread-safe.
 */
final class TailWords {

  /** The endings, lower case. */
  private final String[] tails;
  /** Whether a match ends in white space ({@code \s+$}); else the endings may stand at the very end. */
  private final boolean spaceAfter;
  /** An entry with no last word (blank): no test, every text may match. */
  private final boolean always;

  private TailWords(List<String> tails, boolean spaceAfter, boolean always) {
    this.tails = tails.toArray(String[]::new);
    this.spaceAfter = spaceAfter;
    this.always = always;
  }

  /**
   * The endings of a pattern that ends in a lexicon's phrases (their last words) or in the words given,
   * then {@code \s+$}.
   */
  static TailWords of(Collection<String> phrases, String... words) {
    List<String> tails = new ArrayList<>();
    boolean always = false;
    for (String p : phrases) {
      String[] w = WordSplits.WHITESPACE.split(p.strip());
      String last = w[w.length - 1];
      always |= last.isEmpty();
      tails.add(asciiLower(last));
    }
    for (String w : words) tails.add(asciiLower(w));
    return new TailWords(tails, true, always);
  }

  /** The endings given, which may stand at the very end of the text or before white space. */
  static TailWords endings(String... endings) {
    List<String> tails = new ArrayList<>();
    for (String e : endings) tails.add(asciiLower(e));
    return new TailWords(tails, false, false);
  }

  /** The word with its ASCII letters in lower case, others as they are: what {@code (?i)} without UNICODE_CASE folds. */
  private static String asciiLower(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c);
    }
    return b.toString();
  }

  /** Whether {@code s} ends with one of the endings (ASCII case ignored, as the patterns' {@code (?i)}), then white space. */
  boolean mayEnd(String s) {
    if (always) return true;
    int t = s.length();
    while (t > 0 && isSpace(s.charAt(t - 1))) t--;
    if (t == 0 || spaceAfter && t == s.length()) return false;
    for (String tail : tails) if (endsWith(s, t, tail)) return true;
    return false;
  }

  /** The white space of a pattern's {@code \s} (no UNICODE_CHARACTER_CLASS): [ \t\n\x0B\f\r]. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether [.., end) of s ends with {@code lower}, an ASCII letter of it matching either case. */
  private static boolean endsWith(String s, int end, String lower) {
    int n = lower.length();
    if (end < n) return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(end - n + i), w = lower.charAt(i);
      if (c != w && !(w >= 'a' && w <= 'z' && (c | 0x20) == w)) return false;
    }
    return true;
  }
}
