package io.claimwatch.ingest.domain;

import java.util.Arrays;

/** A string under construction that remembers, for each char, its index in the original document (-1: added). */
final class MappedText {

  private final StringBuilder sb;
  private int[] offsets;

  MappedText() {
    this(64);
  }

  /** An empty text with room for {@code capacity} chars before it grows. */
  MappedText(int capacity) {
    sb = new StringBuilder(Math.max(capacity, 16));
    offsets = new int[Math.max(capacity, 16)];
  }

  MappedText append(char c, int offset) {
    if (sb.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[sb.length()] = offset;
    sb.append(c);
    return this;
  }

  /** Room for {@code more} chars beyond the current length. */
  private void reserve(int more) {
    int need = sb.length() + more;
    if (need > offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(need, offsets.length * 2));
    }
  }

  /** Appends an added string (mapped to nothing). */
  MappedText appendAdded(String s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), -1);
    }
    return this;
  }

  /** Appends {@code text[start, end)} with its offsets {@code map[start, end)} (null: each char's own index). */
  MappedText append(String text, int[] map, int start, int end) {
    if (end <= start) {
      return this;
    }
    reserve(end - start);
    int at = sb.length();
    if (map == null) {
      for (int i = start; i < end; i++) {
        offsets[at + i - start] = i;
      }
    } else {
      System.arraycopy(map, start, offsets, at, end - start);
    }
    sb.append(text, start, end);
    return this;
  }

  /**
   * Appends the whole of {@code text}, whose char {@code i} came from the document's {@code map[mapFrom + i]} (null
   * map: from the document's {@code mapFrom + i}).
   */
  MappedText append(String text, int[] map, int mapFrom) {
    int n = text.length();
    if (n == 0) {
      return this;
    }
    reserve(n);
    int at = sb.length();
    if (map == null) {
      for (int i = 0; i < n; i++) {
        offsets[at + i] = mapFrom + i;
      }
    } else {
      System.arraycopy(map, mapFrom, offsets, at, n);
    }
    sb.append(text);
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

  /**
   * Each char's offset. The array itself when it is exactly full (a text built to its capacity is not copied): a
   * further append then grows into a new array, so what was returned never changes.
   */
  int[] offsets() {
    return offsets.length == sb.length() ? offsets : Arrays.copyOf(offsets, sb.length());
  }

  boolean isEmpty() {
    return sb.isEmpty();
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
