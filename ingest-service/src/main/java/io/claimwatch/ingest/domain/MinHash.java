package io.claimwatch.ingest.domain;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A similarity sketch of a text, for finding near-duplicates and reprints without comparing with
 * every stored article: MinHash over word shingles, banded for locality-sensitive hashing.
 *
 * <p>The text is normalised (NFKC, lower case, words = runs of letters and digits, so punctuation,
 * quotes and line breaks do not matter) and cut into {@value #SHINGLE_WORDS}-word shingles. Each of
 * {@value #HASHES} seeded hash functions keeps its minimum over the shingles; the share of equal
 * minima of two signatures estimates the Jaccard similarity of their shingle sets (standard error
 * about sqrt(J(1-J)/128), so ±0.04 at J = 0.7). The signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} rows; two texts become candidates when one band is equal, which happens with
 * probability 1-(1-J^4)^32: 0.9998 at J = 0.7, 0.93 at 0.5, 0.23 at 0.3.
 *
 * <p>Texts with fewer than {@value #MIN_SHINGLES} shingles get no signature: too short to tell a
 * reprint from a similar announcement.
 */
public final class MinHash {

  public static final int SHINGLE_WORDS = 5;
  public static final int HASHES = 128;
  public static final int BANDS = 32;
  public static final int ROWS = HASHES / BANDS;
  public static final int MIN_SHINGLES = 10;

  private static final long[] SEEDS = new SplittableRandom(0x5EEDC1A1L).longs(HASHES).toArray();

  private MinHash() {}

  /** A text's signature: the {@value #HASHES} minima. */
  public record Signature(int[] minima) {

    public Signature {
      if (minima.length != HASHES) {
        throw new IllegalArgumentException("a signature has " + HASHES + " minima, not " + minima.length);
      }
      minima = minima.clone();
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets. */
    public double similarity(Signature other) {
      int equal = 0;
      for (int i = 0; i < HASHES; i++) {
        if (minima[i] == other.minima[i]) {
          equal++;
        }
      }
      return (double) equal / HASHES;
    }

    /** One hash per band (band i covers minima [i*ROWS, (i+1)*ROWS)); equal bands make candidates. */
    public long[] bandHashes() {
      long[] out = new long[BANDS];
      for (int b = 0; b < BANDS; b++) {
        long h = mix(b + 1L);
        for (int r = 0; r < ROWS; r++) {
          h = mix(h ^ (minima[b * ROWS + r] & 0xFFFFFFFFL));
        }
        out[b] = h;
      }
      return out;
    }

    /** 512 bytes, big-endian. */
    public byte[] toBytes() {
      ByteBuffer buf = ByteBuffer.allocate(HASHES * 4);
      for (int m : minima) {
        buf.putInt(m);
      }
      return buf.array();
    }

    public static Signature fromBytes(byte[] bytes) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      int[] minima = new int[HASHES];
      for (int i = 0; i < HASHES; i++) {
        minima[i] = buf.getInt();
      }
      return new Signature(minima);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && Arrays.equals(minima, s.minima);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
      return "Signature[" + minima[0] + ", ...]";
    }
  }

  /** The signature of a text; null when it has fewer than {@value #MIN_SHINGLES} shingles. */
  public static Signature of(String text) {
    long[] shingles = shingleHashes(text);
    if (shingles.length < MIN_SHINGLES) {
      return null;
    }
    int[] minima = new int[HASHES];
    Arrays.fill(minima, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) (mix(s ^ SEEDS[i]) >>> 32);
        if (h < minima[i]) {
          minima[i] = h;
        }
      }
    }
    return new Signature(minima);
  }

  /** The distinct 64-bit hashes of the text's shingles (exposed for tests: exact Jaccard). */
  static long[] shingleHashes(String text) {
    String norm = (nfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    // The words: runs of letters and digits (\p{L} and \p{N}, by code point), as start and end offsets.
    int[] bounds = new int[64];
    int n = 0;
    for (int i = 0; i < norm.length(); ) {
      int cp = norm.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < norm.length() && wordChar(cp = norm.codePointAt(i)));
      if (2 * n + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * n] = start;
      bounds[2 * n + 1] = i;
      n++;
    }
    if (n < SHINGLE_WORDS) {
      return new long[0];
    }
    long[] out = new long[n - SHINGLE_WORDS + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a 64 over the shingle's words, space-separated
      for (int w = i; w < i + SHINGLE_WORDS; w++) {
        for (int c = bounds[2 * w]; c < bounds[2 * w + 1]; c++) {
          h = (h ^ norm.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = mix(h);
    }
    // Distinct values (their order does not matter to the minima): sorted, duplicates dropped, no boxing.
    Arrays.sort(out);
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[k++] = out[i];
      }
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  /** Whether NFKC leaves the text as it is for certain: only characters below U+00A0 (NBSP is the first that changes). */
  private static boolean nfkcStable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0xA0) {
        return false;
      }
    }
    return true;
  }

  /** \p{L} or \p{N}: a letter, or a number of any kind (decimal digit, letter number, other number). */
  private static boolean wordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The splitmix64 finaliser: a good 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
