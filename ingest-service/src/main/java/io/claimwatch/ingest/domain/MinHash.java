package io.claimwatch.ingest.domain;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
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
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(norm);
    java.util.List<String> words = new java.util.ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    if (words.size() < SHINGLE_WORDS) {
      return new long[0];
    }
    long[] out = new long[words.size() - SHINGLE_WORDS + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a 64 over the shingle's words, space-separated
      for (int w = i; w < i + SHINGLE_WORDS; w++) {
        String word = words.get(w);
        for (int c = 0; c < word.length(); c++) {
          h = (h ^ word.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = mix(h);
    }
    return Arrays.stream(out).distinct().toArray();
  }

  /** The splitmix64 finaliser: a good 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
