package io.claimwatch.ingest.domain;

/**
 * A paragraph of text cleaning: one line, or a block of hard-wrapped prose ({@link Units}). Rules
 * only ever mark whole units dropped.
 */
final class Unit {
  final String text;
  /** The text as lexicons see it ({@link Units#matchKey}). */
  final String key;
  /**
   * Where the chars of text came from: char {@code i} from the document's {@code map[from + i]}, or {@code from + i}
   * when map is null (the unit's own offsets with from 0, or the split text's map and where the unit starts in it).
   */
  private final int[] map;
  private final int from;
  boolean dropped;
  /** The key case-folded ({@link RequiredLiterals#fold(String)}), made on first use: lexicons' literal gates. */
  private String folded;

  /** A unit whose char {@code i} came from {@code offsets[i]} of the document (-1: added). */
  Unit(String text, int[] offsets) {
    this(text, offsets, 0);
  }

  /** A unit whose char {@code i} came from {@code map[from + i]} of the document, or {@code from + i} when map is null. */
  Unit(String text, int[] map, int from) {
    this.text = text;
    this.key = Units.matchKey(text);
    this.map = map;
    this.from = from;
  }

  /** The document index of char {@code i} of text, or -1 (added). */
  int offset(int i) {
    return map == null ? from + i : map[from + i];
  }

  /** Appends text with its offsets. */
  void appendTo(MappedText out) {
    out.append(text, map, from);
  }

  /** {@link #key} case-folded, once a unit however many lexicons test it. */
  String folded() {
    if (folded == null) {
      folded = RequiredLiterals.fold(key);
    }
    return folded;
  }
}
