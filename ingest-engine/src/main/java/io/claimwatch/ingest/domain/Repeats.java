package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops units that repeat earlier kept text (first occurrence wins): exact repeats (of units with two
 * words and 12 characters or more; case and whitespace aside), and long units contained in one
 * earlier kept unit. A whole article printed twice loses its second copy unit by unit.
 */
final class Repeats {

  /** Units shorter than this are not checked for being contained in earlier text. */
  private static final int MIN_CONTAINED = 80;
  /** Past this many chars of kept long units, later units are checked for exact repeats only. */
  private static final int MAX_CONTAINMENT_CHARS = 400_000;
  /** Shorter units ("Yes.", "* * *") may legitimately repeat and are not de-duplicated. */
  private static final int MIN_DEDUP_CHARS = 12;
  /** Words in a shingle: a unit contained in an earlier one has its first shingle inside it. */
  private static final int SHINGLE = 5;

  private Repeats() {}

  static void drop(List<Unit> all) {
    Set<String> seen = new HashSet<>();
    List<String> keptLong = new ArrayList<>();
    ShingleIndex shingles = new ShingleIndex(); // shingle hash -> indexes in keptLong
    int keptChars = 0;
    for (Unit u : all) {
      if (u.dropped) {
        continue;
      }
      String k = u.key.toLowerCase(Locale.ROOT);
      if (k.length() < MIN_DEDUP_CHARS || k.indexOf(' ') < 0) {
        continue;
      }
      if (!seen.add(k)) {
        u.dropped = true;
        continue;
      }
      if (k.length() < MIN_CONTAINED) {
        continue;
      }
      int[] words = wordHashes(k);
      if (words.length >= SHINGLE) {
        for (int e = shingles.first(shingle(words, 0)); e != 0; e = shingles.next(e)) {
          String earlier = keptLong.get(shingles.unit(e));
          if (earlier.length() > k.length() && earlier.contains(k)) {
            u.dropped = true;
            break;
          }
        }
      }
      if (!u.dropped && keptChars <= MAX_CONTAINMENT_CHARS) {
        int idx = keptLong.size();
        keptLong.add(k);
        keptChars += k.length();
        for (int w = 0; w + SHINGLE <= words.length; w++) {
          shingles.add(shingle(words, w), idx);
        }
      }
    }
  }

  /**
   * Shingle hash -> the kept units holding it, without boxing: open addressing over the hashes, each hash's units a
   * list threaded through two int arrays, newest first (whether a unit is contained does not depend on the order).
   * Bounded as its caller bounds it: by the chars of kept long units ({@link #MAX_CONTAINMENT_CHARS}).
   */
  private static final class ShingleIndex {
    private int[] keys = new int[256];
    private int[] heads = new int[256]; // entry number of the newest unit (0: an empty slot)
    private int[] units = new int[256]; // by entry number (from 1)
    private int[] nexts = new int[256];
    private int entries;
    private int slotsUsed;

    /** The newest entry of the hash, 0 when none. */
    int first(int hash) {
      return heads[slot(hash)];
    }

    int next(int entry) {
      return nexts[entry];
    }

    int unit(int entry) {
      return units[entry];
    }

    /** Adds the unit to the hash's list, unless it is the last one added there. */
    void add(int hash, int unit) {
      int s = slot(hash);
      int head = heads[s];
      if (head != 0 && units[head] == unit) {
        return;
      }
      if (++entries == units.length) {
        units = Arrays.copyOf(units, 2 * units.length);
        nexts = Arrays.copyOf(nexts, 2 * nexts.length);
      }
      units[entries] = unit;
      nexts[entries] = head;
      heads[s] = entries;
      if (head == 0) {
        keys[s] = hash;
        if (++slotsUsed * 2 > keys.length) {
          grow();
        }
      }
    }

    private int slot(int hash) {
      int mask = keys.length - 1;
      int s = (hash ^ (hash >>> 16)) * 0x9E3779B9 & mask;
      while (heads[s] != 0 && keys[s] != hash) {
        s = (s + 1) & mask;
      }
      return s;
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldHeads = heads;
      keys = new int[2 * oldKeys.length];
      heads = new int[2 * oldHeads.length];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldHeads[i] != 0) {
          int s = slot(oldKeys[i]);
          keys[s] = oldKeys[i];
          heads[s] = oldHeads[i];
        }
      }
    }
  }

  /** A shingle's hash: of the hashes of its words. */
  private static int shingle(int[] words, int from) {
    int h = 1;
    for (int i = from; i < from + SHINGLE; i++) {
      h = 31 * h + words[i];
    }
    return h;
  }

  /**
   * The {@link String#hashCode} of each word of {@code k.split(" ")}, without making the words: what the shingles
   * hash (empty words between two spaces included, trailing empty ones left out, as {@code split} does).
   */
  static int[] wordHashes(String k) {
    int end = k.length();
    while (end > 0 && k.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return k.isEmpty() ? new int[] {0} : new int[0]; // split keeps a lone empty string, drops only trailing ones
    }
    int n = 1;
    for (int i = 0; i < end; i++) {
      if (k.charAt(i) == ' ') {
        n++;
      }
    }
    int[] out = new int[n];
    int w = 0;
    int h = 0;
    for (int i = 0; i < end; i++) {
      char c = k.charAt(i);
      if (c == ' ') {
        out[w++] = h;
        h = 0;
      } else {
        h = 31 * h + c;
      }
    }
    out[w] = h;
    return out;
  }
}
