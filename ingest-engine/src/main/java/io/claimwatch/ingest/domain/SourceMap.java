package io.claimwatch.ingest.domain;

import java.util.Arrays;

/**
 * Where each character of a clean text came from in the document as submitted, as runs: clean
 * characters [cleanStart, cleanStart+length) are the document's characters [sourceStart,
 * sourceStart+length). Offsets count Unicode code points, like claim offsets; the document is the
 * submitted bytes decoded with their charset (a leading byte-order mark not counted). A character
 * written as an HTML character reference ("&amp;amp;") maps to its '&amp;', and a space standing for a run of
 * whitespace maps to the run's first character. Characters in no run were added by cleaning
 * (paragraph breaks, a space standing for a tag).
 *
 * @param runs (cleanStart, sourceStart, length) triples, by cleanStart
 */
public record SourceMap(int[] runs) {

  public static final SourceMap EMPTY = new SourceMap(new int[0]);

  public SourceMap {
    if (runs.length % 3 != 0) {
      throw new IllegalArgumentException("runs come in triples");
    }
    runs = runs.clone();
  }

  /** The number of runs. */
  public int size() {
    return runs.length / 3;
  }

  public int cleanStart(int run) {
    return runs[3 * run];
  }

  public int sourceStart(int run) {
    return runs[3 * run + 1];
  }

  public int length(int run) {
    return runs[3 * run + 2];
  }

  /** The document offset of the clean text's code point {@code cleanOffset}, or -1 when it was added. */
  public int toSource(int cleanOffset) {
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cleanStart(mid) + length(mid) <= cleanOffset) {
        lo = mid + 1;
      } else if (cleanStart(mid) > cleanOffset) {
        hi = mid - 1;
      } else {
        return sourceStart(mid) + cleanOffset - cleanStart(mid);
      }
    }
    return -1;
  }

  /**
   * Builds the runs from per-char offsets.
   *
   * @param clean the clean text
   * @param offsets for each UTF-16 char of {@code clean}, its UTF-16 index in {@code source}, or -1
   * @param source the document
   */
  static SourceMap of(String clean, int[] offsets, String source) {
    int[] lows = lowSurrogates(source);
    int[] flat = new int[48];
    int size = 0; // ints used in flat: (cleanStart, sourceStart, length) triples
    int cleanCp = 0;
    int below = 0; // lows below the last offset read: offsets mostly ascend, so mostly a step forward
    for (int i = 0; i < clean.length(); i++) {
      if (Character.isLowSurrogate(clean.charAt(i)) && i > 0) {
        continue; // counted with its high surrogate
      }
      int off = offsets[i];
      if (off >= 0 && off < source.length()) {
        if (lows.length > 0) {
          if ((below > 0 && lows[below - 1] >= off) || (below < lows.length && lows[below] < off
              && below + 1 < lows.length && lows[below + 1] < off)) {
            below = countBelow(lows, off);
          } else if (below < lows.length && lows[below] < off) {
            below++;
          }
        }
        int src = off - below;
        if (size > 0 && flat[size - 3] + flat[size - 1] == cleanCp && flat[size - 2] + flat[size - 1] == src) {
          flat[size - 1]++;
        } else {
          if (size + 3 > flat.length) {
            flat = Arrays.copyOf(flat, flat.length * 2);
          }
          flat[size++] = cleanCp;
          flat[size++] = src;
          flat[size++] = 1;
        }
      }
      cleanCp++;
    }
    return new SourceMap(Arrays.copyOf(flat, size));
  }

  /**
   * The indexes of {@code source}'s low surrogates, ascending: a UTF-16 index less the number of them below it is its
   * code point index (a document's few emoji, not an int a char).
   */
  private static int[] lowSurrogates(String source) {
    int[] out = new int[0];
    int n = 0;
    for (int i = 0; i < source.length(); i++) {
      if (Character.isLowSurrogate(source.charAt(i))) {
        if (n == out.length) {
          out = Arrays.copyOf(out, Math.max(8, 2 * n));
        }
        out[n++] = i;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** How many of the ascending {@code values} are less than {@code x}. */
  private static int countBelow(int[] values, int x) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceMap m && Arrays.equals(runs, m.runs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(runs);
  }

  @Override
  public String toString() {
    return "SourceMap[" + size() + " runs]";
  }
}
