package io.claimwatch.ingest.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells prose wrapped at a fixed width (wire copy, e-mail, text dumps) from a block of short lines,
 * and where its paragraphs end, so that {@link Units} makes one unit of each wrapped paragraph.
 */
final class HardWrap {

  private static final Pattern LINE_ENDS_SENTENCE = Pattern.compile("[.!?:;\"”’)]$");
  private static final Pattern PARAGRAPH_END = Pattern.compile("[.!?\"”’)]$");
  /** A block of fewer lines is never taken for wrapped prose. */
  private static final int MIN_LINES = 3;

  private HardWrap() {}

  /**
   * Prose wrapped at a fixed width: most lines but the last end mid-sentence and are 35..100 chars or
   * go on in lower case on the next line. A line that ends a sentence before an indented line ends a
   * paragraph of wire copy and counts neither way.
   *
   * @param block the block's stripped lines as {start, end} in {@code raw}
   * @param lines their text
   */
  static boolean wrapped(String raw, List<int[]> block, List<String> lines) {
    if (block.size() < MIN_LINES) {
      return false;
    }
    int wrapped = 0;
    int counted = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      String l = lines.get(i);
      if (paragraphEnds(raw, l, block.get(i + 1))) {
        continue;
      }
      counted++;
      char next = lines.get(i + 1).charAt(0);
      boolean goesOn = Character.isLowerCase(next) || Character.isDigit(next);
      if (!LINE_ENDS_SENTENCE.matcher(l).find() && (l.length() >= 35 && l.length() <= 100 || goesOn && l.length() >= 20)) {
        wrapped++;
      }
    }
    return counted > 0 && wrapped * 10 >= counted * 6;
  }

  /** Whether a line that ends a sentence is followed by an indented line: a new paragraph of wrapped wire copy. */
  static boolean paragraphEnds(String raw, String line, int[] next) {
    return PARAGRAPH_END.matcher(line).find() && next[0] > 0
        && (raw.charAt(next[0] - 1) == ' ' || raw.charAt(next[0] - 1) == '\t');
  }
}
