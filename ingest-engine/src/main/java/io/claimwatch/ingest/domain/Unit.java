package io.claimwatch.ingest.domain;

/**
 * A paragraph of text cleaning: one line, or a block of hard-wrapped prose ({@link Units}). Rules
 * only ever mark whole units dropped.
 */
final class Unit {
  final String text;
  /** The text as lexicons see it ({@link Units#matchKey}). */
  final String key;
  /** For each char of text, its index in the original document, or -1. */
  final int[] offsets;
  boolean dropped;

  Unit(String text, int[] offsets) {
    this.text = text;
    this.key = Units.matchKey(text);
    this.offsets = offsets;
  }
}
