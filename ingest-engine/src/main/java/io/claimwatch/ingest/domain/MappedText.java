package io.claimwatch.ingest.domain;

import java.util.Arrays;

/** A string under construction that remembers, for each char, its index in the original document (-1: added). */
final class MappedText {

  private final StringBuilder sb = new StringBuilder();
  private int[] offsets = new int[64];

  MappedText append(char c, int offset) {
    if (sb.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[sb.length()] = offset;
    sb.append(c);
    return this;
  }

  /** Appends an added string (mapped to nothing). */
  MappedText appendAdded(String s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), -1);
    }
    return this;
  }

  /** Appends {@code from[start, end)} with its offsets. */
  MappedText append(String text, int[] map, int start, int end) {
    for (int i = start; i < end; i++) {
      append(text.charAt(i), map == null ? i : map[i]);
    }
    return this;
  }

  MappedText append(MappedText other) {
    return append(other.toString(), other.offsets, 0, other.length());
  }

  int length() {
    return sb.length();
  }

  char charAt(int i) {
    return sb.charAt(i);
  }

  int offset(int i) {
    return offsets[i];
  }

  int[] offsets() {
    return Arrays.copyOf(offsets, sb.length());
  }

  boolean isEmpty() {
    return sb.isEmpty();
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
