package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The clean text maps back to the document as submitted. */
class SourceMapTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*\\d[^.!?\\n]*[.!?]?");

  /** Sentences with a number: what claims quote. */
  static List<int[]> claimLikeSpans(String clean) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = SENTENCE.matcher(clean);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (s < e && Character.isWhitespace(clean.charAt(s))) {
        s++;
      }
      if (e - s >= 10) {
        spans.add(new int[] {s, e});
      }
    }
    return spans;
  }

  /**
   * Every claim-like span of the clean text maps back (start, and end via its last char) to a slice of
   * the document whose visible text is the span.
   */
  static void assertClaimsMapBack(CleanArticle a, String document) {
    String clean = a.text();
    List<int[]> spans = claimLikeSpans(clean);
    assertThat(spans).isNotEmpty();
    int[] docCp = document.codePoints().toArray();
    for (int[] span : spans) {
      int startCp = clean.codePointCount(0, span[0]);
      int lastCp = clean.codePointCount(0, span[1]) - 1;
      int from = a.sourceMap().toSource(startCp);
      int to = a.sourceMap().toSource(lastCp);
      String quote = clean.substring(span[0], span[1]);
      assertThat(from).as("start of '%s' is mapped", quote).isNotNegative();
      assertThat(to).as("end of '%s' is mapped", quote).isGreaterThanOrEqualTo(from);
      String slice = new String(docCp, from, to - from + 1);
      assertThat(Jsoup.parse(slice).text().replaceAll("\\s+", " ").strip())
          .as("the document at the offsets of '%s'", quote)
          .isEqualTo(quote.replaceAll("\\s+", " ").replace('\u00A0', ' ').strip());
    }
  }

  @Test
  void claimsOfAnHtmlPageMapBackThroughTagsEntitiesAndWrappedLines() throws IOException {
    byte[] bytes = ArticleCleanerFixturesTest.resource("source-map.html");
    String document = new String(bytes, StandardCharsets.UTF_8);
    CleanArticle a = cleaner.clean(bytes, "text/html");
    assertThat(a.text()).contains("Maïdan & nearby villages").contains("\uD83D\uDEA8").doesNotContain("Floods kill");
    assertClaimsMapBack(a, document);

    // runs: plain text copied char for char
    SourceMap map = a.sourceMap();
    int[] docCp = document.codePoints().toArray();
    int[] cleanCp = a.text().codePoints().toArray();
    int mapped = 0;
    for (int r = 0; r < map.size(); r++) {
      for (int k = 0; k < map.length(r); k++) {
        int c = cleanCp[map.cleanStart(r) + k];
        int d = docCp[map.sourceStart(r) + k];
        if (c != d) { // a character reference (the run points at its '&') or collapsed whitespace
          assertThat(d == '&' || (c == ' ' && Character.isWhitespace(d))).as("%c from %c", c, d).isTrue();
        }
        mapped++;
      }
    }
    assertThat(mapped).isGreaterThan(cleanCp.length * 9 / 10);
    // the headline maps too
    assertThat(new String(docCp, map.toSource(0), 5)).isEqualTo("Quake");
  }

  @Test
  void plainTextMapsToTheKeptLines() {
    String doc = "\uFEFFFlood toll rises\r\n\r\nMarch 3, 2025\r\n\r\n  At least 40 people died in the floods,\r\n"
        + "officials said, and some 300 homes were lost in the two valleys\r\nover the weekend, they added.\r\n";
    CleanArticle a = cleaner.clean(doc.getBytes(StandardCharsets.UTF_8), "text/plain");
    String original = doc.substring(1); // the byte-order mark is not counted
    for (int[] span : claimLikeSpans(a.text())) {
      int from = a.sourceMap().toSource(a.text().codePointCount(0, span[0]));
      String quote = a.text().substring(span[0], span[1]);
      assertThat(original.substring(from, from + quote.length())).isEqualTo(quote);
    }
    assertThat(a.sourceMap().toSource(0)).isZero();
  }

  @Test
  void runsAreSearchedByCleanOffset() {
    SourceMap m = new SourceMap(new int[] {0, 10, 5, 7, 40, 3});
    assertThat(m.toSource(0)).isEqualTo(10);
    assertThat(m.toSource(4)).isEqualTo(14);
    assertThat(m.toSource(5)).isEqualTo(-1);
    assertThat(m.toSource(8)).isEqualTo(41);
    assertThat(m.toSource(10)).isEqualTo(-1);
  }
}
