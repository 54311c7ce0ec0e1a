package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal runs every match of a regular expression contains: a cheap test ({@link String#contains} on the
 * case-folded text) that tells a pattern cannot match before the regex engine tries it. Conservative: it reads the
 * pattern's top-level sequence, and the groups in it that must match at least once and hold no alternation of their
 * own (positive look-aheads too); a top-level {@code |} gives no literal at all; a char under {@code ?}, {@code *} or
 * a quantifier from zero is not required; classes, escapes such as {@code \b} or {@code \s}, {@code .} and anchors end
 * a run. A literal is kept case-folded as {@link java.util.regex.Pattern} folds under {@code CASE_INSENSITIVE |
 * UNICODE_CASE} ({@link #fold(char)}), so a match in either case (or a case-sensitive match) always contains it.
 */
final class RequiredLiterals {

  private RequiredLiterals() {}

  /** The folded literal runs every match of {@code regex} contains (empty: none known). */
  static List<String> of(String regex) {
    List<String> out = new ArrayList<>();
    return sequence(regex, 0, regex.length(), out) ? out : List.of();
  }

  /** How the regex engine compares a char under {@code CASE_INSENSITIVE | UNICODE_CASE}. */
  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** {@code s} with every char folded. */
  static String fold(String s) {
    char[] cs = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (cs == null) {
          cs = s.toCharArray();
        }
        cs[i] = f;
      }
    }
    return cs == null ? s : new String(cs);
  }

  /**
   * Adds the required runs of the sequence {@code regex[from, to)} to {@code out}; false when the sequence has a
   * top-level alternation or something this reader does not know (then nothing of it may be relied on).
   */
  private static boolean sequence(String regex, int from, int to, List<String> out) {
    List<String> found = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = from;
    while (i < to) {
      char c = regex.charAt(i);
      int atomEnd;
      boolean literal = false;
      char value = 0;
      List<String> inner = null;
      switch (c) {
        case '|':
          return false;
        case '[':
          atomEnd = classEnd(regex, i, to);
          break;
        case '(':
          int close = groupEnd(regex, i, to);
          if (close < 0) {
            return false;
          }
          atomEnd = close + 1;
          inner = groupLiterals(regex, i, close);
          if (inner == null) {
            return false;
          }
          break;
        case '\\':
          if (i + 1 >= to) {
            return false;
          }
          char e = regex.charAt(i + 1);
          if (Character.isLetterOrDigit(e)) {
            // a class or an assertion (\b, \s, \d, \p{L} ...); any other escape (\x41, \u00E9, \Q..\E, \t,
            // back-references) is not read
            if ("bBsSdDwWhHvVRXAzZG".indexOf(e) >= 0) {
              atomEnd = i + 2;
            } else if (e == 'p' || e == 'P') {
              atomEnd = i + 2 < to && regex.charAt(i + 2) == '{' ? regex.indexOf('}', i) + 1 : i + 3;
              if (atomEnd <= 0 || atomEnd > to) {
                return false;
              }
            } else {
              return false;
            }
          } else {
            literal = true;
            value = e;
            atomEnd = i + 2;
          }
          break;
        case '.', '^', '$':
          atomEnd = i + 1;
          break;
        case '*', '+', '?', '{', ')', ']':
          return false; // a quantifier or a closer with nothing before it: not a pattern this reader knows
        default:
          literal = !Character.isSurrogate(c);
          value = c;
          atomEnd = i + 1;
      }
      int[] q = quantifier(regex, atomEnd, to);
      if (q == null) {
        return false;
      }
      boolean required = q[0] >= 1;
      boolean once = q[1] == atomEnd; // no quantifier: the atom exactly once
      if (literal && required && fold(fold(value)) == fold(value)) {
        run.append(fold(value));
        if (!once) {
          end(run, found);
        }
      } else {
        end(run, found);
        if (inner != null && required) {
          found.addAll(inner);
        }
      }
      i = q[1];
    }
    end(run, found);
    out.addAll(found);
    return true;
  }

  private static void end(StringBuilder run, List<String> found) {
    if (run.length() > 0) {
      found.add(run.toString());
      run.setLength(0);
    }
  }

  /** The required literals of the group {@code regex[open, close]}; an empty list when none; null when unknown. */
  private static List<String> groupLiterals(String regex, int open, int close) {
    int body = open + 1;
    if (regex.startsWith("?", body)) {
      if (regex.startsWith("?:", body) || regex.startsWith("?=", body)) {
        body += 2;
      } else if (regex.startsWith("?!", body) || regex.startsWith("?<!", body) || regex.startsWith("?<=", body)) {
        return List.of(); // negative, or looking behind: nothing of it is required in the text ahead (kept simple)
      } else {
        // inline flags "(?-i)" or "(?i:...)": case is folded anyway; any other flag (comments, literal) is unknown
        int k = body + 1;
        while (k < close && (Character.isLetter(regex.charAt(k)) || regex.charAt(k) == '-')) {
          k++;
        }
        String flags = regex.substring(body + 1, k);
        if (!flags.replace("-", "").chars().allMatch(f -> f == 'i' || f == 'u' || f == 's' || f == 'm')) {
          return null;
        }
        if (k == close) {
          return List.of();
        }
        if (regex.charAt(k) != ':') {
          return null;
        }
        body = k + 1;
      }
    }
    List<String> inner = new ArrayList<>();
    return sequence(regex, body, close, inner) ? inner : List.of();
  }

  /** {min, index after the quantifier} of what follows an atom ending at {@code i}; {1, i} when nothing does. */
  private static int[] quantifier(String regex, int i, int to) {
    if (i >= to) {
      return new int[] {1, i};
    }
    char c = regex.charAt(i);
    int min;
    int end;
    if (c == '?' || c == '*') {
      min = 0;
      end = i + 1;
    } else if (c == '+') {
      min = 1;
      end = i + 1;
    } else if (c == '{') {
      int close = regex.indexOf('}', i);
      if (close < 0 || close >= to) {
        return null;
      }
      String[] parts = regex.substring(i + 1, close).split(",", -1);
      try {
        min = Integer.parseInt(parts[0].strip());
      } catch (NumberFormatException e) {
        return null;
      }
      end = close + 1;
    } else {
      return new int[] {1, i};
    }
    if (end < to && (regex.charAt(end) == '?' || regex.charAt(end) == '+')) {
      end++; // lazy or possessive: the same minimum
    }
    return new int[] {min, end};
  }

  /** The index after the character class opening at {@code i} (nested classes and escapes skipped). */
  private static int classEnd(String regex, int i, int to) {
    int depth = 0;
    for (int k = i; k < to; k++) {
      char c = regex.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return k + 1;
      }
    }
    return to;
  }

  /** The index of the ')' closing the group opening at {@code i}; -1 when it does not close. */
  private static int groupEnd(String regex, int i, int to) {
    int depth = 0;
    for (int k = i; k < to; k++) {
      char c = regex.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '[') {
        k = classEnd(regex, k, to) - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return k;
      }
    }
    return -1;
  }
}
