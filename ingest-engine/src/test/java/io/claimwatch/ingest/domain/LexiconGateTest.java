package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The literal gate in front of the lexicons' slow patterns ({@link RequiredLiterals}, {@link Lexicon#matches}) turns
 * down only keys the patterns would not match: the same answer as the one alternation, on real text and on furniture.
 */
class LexiconGateTest {

  private static final List<String> LEXICONS = List.of("furniture-lines.txt", "appeal-start.txt", "appeal-end.txt",
      "image-credits.txt", "teaser-markers.txt", "reading-time.txt", "html-furniture-tokens.txt", "html-comment-tokens.txt",
      "html-content-tokens.txt", "html-class-modifiers.txt", "html-taxonomy-classes.txt");

  @Test
  void literalsAreWhatEveryMatchContains() {
    assertThat(RequiredLiterals.of(".{0,200}\\ball rights reserved\\b.{0,300}")).containsExactly("all rights reserved");
    assertThat(RequiredLiterals.of("(?=.{0,500}$)(?=.*\\bcookies?\\b).*\\b(we use|accept)\\b.*")).containsExactly("cookie");
    assertThat(RequiredLiterals.of(".{1,400}\\((photo|image)s?( by|:) [^()]{1,80}\\)\\.?")).containsExactly("(", " ", ")");
    assertThat(RequiredLiterals.of("[^.]{1,80} can be reached (at|by|on) .{1,200}")).containsExactly(" can be reached ", " ");
    assertThat(RequiredLiterals.of("(?-i)[Bb]y [\\p{Lu}][\\p{L}.'-]*")).containsExactly("y ");
    assertThat(RequiredLiterals.of("Newsletters?")).containsExactly("newsletter");
    assertThat(RequiredLiterals.of("ab+c{2,}d{0,3}e")).containsExactly("ab", "c", "e");
    // nothing is required of an alternation, an optional group, a look-behind, or escapes this reader does not know
    assertThat(RequiredLiterals.of("advertisement|sponsored( content)?|ad")).isEmpty();
    assertThat(RequiredLiterals.of("(posted by x\\. )?this entry")).containsExactly("this entry");
    assertThat(RequiredLiterals.of("(?<!not )read\\x41")).isEmpty();
    assertThat(RequiredLiterals.of("(?x) a b")).isEmpty();
  }

  @Test
  void foldsAsTheRegexEngineComparesCase() {
    // KELVIN SIGN and the long s match k and s under CASE_INSENSITIVE | UNICODE_CASE; the fold keeps them so
    Pattern p = Pattern.compile(".*cookies.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String odd = "COO\u212AIE\u017F we use";
    assertThat(p.matcher(odd).matches()).isTrue();
    assertThat(RequiredLiterals.fold(odd)).contains("cookies");
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate(c)) {
        char f = RequiredLiterals.fold(c);
        assertThat(f).as("U+%04X", (int) c).isEqualTo(Character.toLowerCase(Character.toUpperCase(c)));
      }
    }
  }

  @Test
  void gatedLexiconAnswersAsTheOneAlternation() throws IOException {
    List<String> keys = keys();
    SplittableRandom random = new SplittableRandom(14);
    for (String name : LEXICONS) {
      Lexicon lexicon = Lexicon.load(name);
      List<String> lines = Lexicon.lines(name);
      StringBuilder sb = new StringBuilder();
      for (String l : lines) {
        sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(l).append(')');
      }
      Pattern one = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      List<String> probes = new ArrayList<>(keys);
      // furniture-like keys too: the lines' own words, cut and joined
      for (int k = 0; k < 3000; k++) {
        String a = lines.get(random.nextInt(lines.size())).replaceAll("[^\\p{L} ()/:@©]", " ");
        String b = keys.get(random.nextInt(keys.size()));
        probes.add(random.nextBoolean() ? a : b.substring(0, Math.min(b.length(), 60)) + " " + a);
      }
      int matched = 0;
      for (String key : probes) {
        boolean expected = key.length() <= Lexicon.MAX_KEY_CHARS && one.matcher(key).matches();
        assertThat(lexicon.matches(key)).as("%s: %s", name, key).isEqualTo(expected);
        matched += expected ? 1 : 0;
      }
      if (name.equals("furniture-lines.txt")) {
        assertThat(matched).as(name).isGreaterThan(100);
      }
    }
    assertThat(Lexicon.load("furniture-lines.txt").gatedForTest()).hasSizeGreaterThan(8)
        .anyMatch(g -> g.endsWith("<- all rights reserved")).anyMatch(g -> g.endsWith("<- cookie"));
  }

  /** Every line and paragraph of the seeds and the cleaning fixtures, as match keys. */
  private static List<String> keys() throws IOException {
    List<String> keys = new ArrayList<>();
    List<String> files = new ArrayList<>(List.of("/cleaning/scored-body-furniture.html", "/cleaning/related-and-cookie-banner.html",
        "/cleaning/scraped-page.txt", "/cleaning/scored-body-furniture.expected.txt", "/cleaning/related-and-cookie-banner.expected.txt"));
    for (String f : files) {
      try (InputStream in = LexiconGateTest.class.getResourceAsStream(f)) {
        if (in == null) {
          continue;
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", "\n");
        for (Unit u : Units.split(text, null)) {
          keys.add(u.key);
        }
      }
    }
    // the repository's seeds (real news text), when the tests run in the module's folder
    java.nio.file.Path seeds = java.nio.file.Path.of("..", "seeds");
    if (java.nio.file.Files.isDirectory(seeds)) {
      try (var paths = java.nio.file.Files.list(seeds)) {
        for (java.nio.file.Path p : paths.filter(p -> p.toString().endsWith(".txt")).toList()) {
          for (Unit u : Units.split(java.nio.file.Files.readString(p), null)) {
            keys.add(u.key);
          }
        }
      }
    }
    return keys;
  }
}
