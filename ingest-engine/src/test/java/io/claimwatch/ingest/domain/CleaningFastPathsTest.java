package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The cleaning's fast paths (ingest-big-r36: linear, fewer copies) give what the code they replaced gave: match keys,
 * the shingles' word hashes, the source map's code points, offsets handed out uncopied, the one-pass UTF-8 decode.
 */
class CleaningFastPathsTest {

  private static final String ALPHABET = "ab A.,;:!?\t\n\u00A0\u2018\u2019\u201C\u201D\u2028\u0085\u001F\u200B"
      + "\u0301e\u212B\u00E9\uD83D\uDE00\u2014İ";

  private static String random(SplittableRandom random, int max) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(max);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** The match key as it was made before: NFC, four replaces, the whitespace collapse, strip. */
  private static String oldMatchKey(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
        .replace('\u00A0', ' ');
    return Whitespace.collapse(s).strip();
  }

  @Test
  void matchKeyIsTheOldOne() {
    assertThat(Units.matchKey("\u201CWe\u2019re  here,\u201D\u00A0she said. ")).isEqualTo("\"We're here,\" she said.");
    SplittableRandom random = new SplittableRandom(36);
    for (int k = 0; k < 50_000; k++) {
      String s = random(random, 14);
      assertThat(Units.matchKey(s)).as("%s", s.chars().mapToObj(c -> String.format("%04X", c)).toList())
          .isEqualTo(oldMatchKey(s));
    }
  }

  @Test
  void wordHashesAreTheHashesOfSplitWords() {
    SplittableRandom random = new SplittableRandom(37);
    List<String> cases = new ArrayList<>(List.of("", " ", "  ", "a", "a b", " a  b ", "a b  ", "the 40 people died"));
    for (int k = 0; k < 20_000; k++) {
      cases.add(random(random, 12).replace('\t', ' ').replace('a', ' '));
    }
    for (String s : cases) {
      String[] words = s.split(" ");
      int[] expected = new int[words.length];
      for (int i = 0; i < words.length; i++) {
        expected[i] = words[i].hashCode();
      }
      assertThat(Repeats.wordHashes(s)).as("'%s'", s).containsExactly(expected);
    }
  }

  @Test
  void sourceMapCountsCodePointsAsBefore() {
    SplittableRandom random = new SplittableRandom(38);
    for (int k = 0; k < 2_000; k++) {
      String source = random(random, 40);
      int n = random.nextInt(30);
      StringBuilder clean = new StringBuilder();
      int[] offsets = new int[n];
      for (int i = 0; i < n; i++) {
        // mostly ascending runs, with jumps back and added chars
        int off = random.nextInt(10) == 0 ? -1 : random.nextInt(Math.max(1, source.length() + 1));
        offsets[i] = off;
        clean.append(off >= 0 && off < source.length() ? source.charAt(off) : '\n');
      }
      // the former per-char table
      int[] cpOf = new int[source.length() + 1];
      for (int i = 0, cp = 0; i <= source.length(); i++) {
        cpOf[i] = cp;
        if (i < source.length() && !Character.isLowSurrogate(source.charAt(i))) {
          cp++;
        }
      }
      SourceMap map = SourceMap.of(clean.toString(), offsets, source);
      int cleanCp = 0;
      for (int i = 0; i < n; i++) {
        if (Character.isLowSurrogate(clean.charAt(i)) && i > 0) {
          continue;
        }
        int off = offsets[i];
        int expected = off >= 0 && off < source.length() ? cpOf[off] : -1;
        assertThat(map.toSource(cleanCp)).as("source %s, offsets %s", source, java.util.Arrays.toString(offsets))
            .isEqualTo(expected);
        cleanCp++;
      }
    }
  }

  @Test
  void offsetsHandedOutStayAsTheyWere() {
    MappedText t = new MappedText(4);
    t.append("abcd", null, 10);
    int[] full = t.offsets();
    assertThat(full).containsExactly(10, 11, 12, 13);
    t.appendAdded("\n");
    t.append("xy", new int[] {5, 6, 7}, 1);
    assertThat(full).containsExactly(10, 11, 12, 13);
    assertThat(t.offsets()).containsExactly(10, 11, 12, 13, -1, 6, 7);
    assertThat(t.toString()).isEqualTo("abcd\nxy");
  }

  @Test
  void utf8IsDecodedAsTheStrictDecoderDid() {
    ArticleCleaner cleaner = ArticleCleaner.withDefaults();
    String text = "Some 40 people died in the flood on Monday, officials said.\n\nA caf\u00E9 \uD83D\uDE00 \uFFFD stayed open.";
    assertThat(cleaner.clean(text.getBytes(StandardCharsets.UTF_8), "text/plain").text()).isEqualTo(text);
    byte[] bad = "Some 40 people died in the flood on Monday.".getBytes(StandardCharsets.UTF_8);
    bad[5] = (byte) 0xFF;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cleaner.clean(bad, "text/plain"))
        .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("not valid UTF-8");
  }
}
