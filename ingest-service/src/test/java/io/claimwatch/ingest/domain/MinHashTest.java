package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sketch's estimate against exact Jaccard, and its banding. */
class MinHashTest {

  private static final String[] VOCABULARY = ("the of and to in a said on for with was that by soldiers officials "
      + "region border talks prisoners exchange army forces statement ministry report town city police river "
      + "council vote budget flood homes people killed injured agency week month year days government president "
      + "minister court ruling strike port workers union company shares market price oil gas power plant water")
      .split(" ");

  private static List<String> words(Random r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(VOCABULARY[r.nextInt(VOCABULARY.length)] + (r.nextInt(4) == 0 ? r.nextInt(100) : ""));
    }
    return out;
  }

  private static double exactJaccard(String a, String b) {
    Set<Long> x = Arrays.stream(MinHash.shingleHashes(a)).boxed().collect(Collectors.toSet());
    Set<Long> y = Arrays.stream(MinHash.shingleHashes(b)).boxed().collect(Collectors.toSet());
    long inter = x.stream().filter(y::contains).count();
    return (double) inter / (x.size() + y.size() - inter);
  }

  /** The shingling as first written (regex words, boxed distinct): the faster one must give the same set. */
  private static Set<Long> referenceShingles(String text) {
    String norm = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(norm);
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    Set<Long> out = new java.util.HashSet<>();
    for (int i = 0; i + MinHash.SHINGLE_WORDS <= words.size(); i++) {
      long h = 0xcbf29ce484222325L;
      for (int w = i; w < i + MinHash.SHINGLE_WORDS; w++) {
        for (char c : words.get(w).toCharArray()) {
          h = (h ^ c) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out.add(MinHash.mix(h));
    }
    return out;
  }

  @Test
  void theShinglesAreTheSameSetAsTheRegexShinglingGave() {
    // ASCII, Latin-1 and beyond (NBSP, ligatures, full-width digits, Cyrillic, Arabic, letter and other numbers,
    // a supplementary letter, combining marks, a dotted capital I whose lower case is longer).
    String[] alphabet = {"the", "Flood", "said", "2025", "\u00a0", "caf\u00e9", "\ufb01nal", "\uff11\uff12", "\u0434\u043e\u043c",
        "\u0645\u062f\u064a\u0646\u0629", "\u2167", "\u00bd", "\ud801\udc00x", "e\u0301t\u00e9", "\u0130stanbul", "--", ", ", ".\n",
        "don't", "U.S.", "\t", "\u2014", "50%", "$1.2bn"};
    Random r = new Random(7);
    for (int t = 0; t < 300; t++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(alphabet[r.nextInt(alphabet.length)]).append(r.nextInt(3) == 0 ? "" : " ");
      }
      String text = b.toString();
      long[] fast = MinHash.shingleHashes(text);
      assertThat(Arrays.stream(fast).boxed().collect(Collectors.toSet())).as(text).isEqualTo(referenceShingles(text));
      assertThat(fast).as("distinct").doesNotHaveDuplicates();
    }
  }

  @Test
  void theEstimateFollowsExactJaccard() {
    Random r = new Random(42);
    double sumError = 0;
    double maxError = 0;
    int pairs = 0;
    StringBuilder report = new StringBuilder();
    // a shared core with different amounts of text of its own on each side: J from about 0.1 to 1
    for (int own : new int[] {0, 10, 25, 50, 100, 200, 400, 800}) {
      for (int trial = 0; trial < 5; trial++) {
        List<String> core = words(r, 400);
        List<String> a = new ArrayList<>(core);
        a.addAll(words(r, own));
        List<String> b = new ArrayList<>(words(r, own));
        b.addAll(core);
        String ta = String.join(" ", a);
        String tb = String.join(" ", b);
        double exact = exactJaccard(ta, tb);
        double estimate = MinHash.of(ta).similarity(MinHash.of(tb));
        double error = Math.abs(exact - estimate);
        sumError += error;
        maxError = Math.max(maxError, error);
        pairs++;
        if (trial == 0) {
          report.append(String.format("J=%.3f est=%.3f; ", exact, estimate));
        }
      }
    }
    System.out.printf("minhash: %d pairs, mean |error| %.3f, max %.3f: %s%n", pairs, sumError / pairs, maxError, report);
    assertThat(sumError / pairs).isLessThan(0.04);
    assertThat(maxError).isLessThan(0.14); // about 3 standard errors at J = 0.5
  }

  @Test
  void formattingDoesNotMatterAndShortTextsGetNoSignature() {
    String a = "Ukraine said Thursday that its armed forces had captured nearly 1,000 Russian soldiers in the region.";
    String b = "UKRAINE said  Thursday that its armed forces had captured\nnearly 1,000 Russian soldiers in the region!";
    assertThat(MinHash.of(a)).isEqualTo(MinHash.of(b));
    assertThat(MinHash.of(a).similarity(MinHash.of(b))).isEqualTo(1.0);
    assertThat(MinHash.of("Some 20 homes burned.")).isNull();
  }

  @Test
  void similarTextsShareABandAndBytesRoundTrip() {
    Random r = new Random(7);
    List<String> core = words(r, 300);
    List<String> more = new ArrayList<>(core);
    more.addAll(words(r, 30));
    MinHash.Signature x = MinHash.of(String.join(" ", core));
    MinHash.Signature y = MinHash.of(String.join(" ", more));
    long[] bx = x.bandHashes();
    long[] by = y.bandHashes();
    int shared = 0;
    for (int i = 0; i < MinHash.BANDS; i++) {
      shared += bx[i] == by[i] ? 1 : 0;
    }
    assertThat(shared).isPositive();
    assertThat(MinHash.Signature.fromBytes(x.toBytes())).isEqualTo(x);
    assertThat(x.toBytes()).hasSize(512);
  }
}
