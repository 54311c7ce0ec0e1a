package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    int[] cpOf = new int[source.length() + 1];
    for (int i = 0, cp = 0; i <= source.length(); i++) {
      cpOf[i] = cp;
      if (i < source.length() && !Character.isLowSurrogate(source.charAt(i))) {
        cp++;
      }
    }
    List<int[]> runs = new ArrayList<>();
    int[] run = null;
    int cleanCp = 0;
    for (int i = 0; i < clean.length(); i++) {
      if (Character.isLowSurrogate(clean.charAt(i)) && i > 0) {
        continue; // counted with its high surrogate
      }
      int off = offsets[i];
      if (off >= 0 && off < source.length()) {
        int src = cpOf[off];
        if (run != null && run[0] + run[2] == cleanCp && run[1] + run[2] == src) {
          run[2]++;
        } else {
          run = new int[] {cleanCp, src, 1};
          runs.add(run);
        }
      }
      cleanCp++;
    }
    int[] flat = new int[runs.size() * 3];
    for (int r = 0; r < runs.size(); r++) {
      System.arraycopy(runs.get(r), 0, flat, 3 * r, 3);
    }
    return new SourceMap(flat);
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
