package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Small realistic pages under src/test/resources/cleaning/, each compared with its expected text. */
class ArticleCleanerFixturesTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  @Test
  void htmlInWindows1252WithJsonLdDate() throws IOException {
    byte[] html = resource("jsonld-windows-1252.html");
    // no charset parameter: the <meta charset> must be honoured
    CleanArticle a = cleaner.clean(html, "text/html");
    assertThat(a.text()).isEqualTo(expected("jsonld-windows-1252.expected.txt"));
    assertThat(a.title()).isEqualTo("Flood waters reach record level in river port");
    assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2023, 11, 4));
    assertThat(a.publicationDateSource()).isEqualTo("json-ld");
  }

  @Test
  void charsetParameterOverridesNothingWhenItAgrees() throws IOException {
    CleanArticle a = cleaner.clean(resource("jsonld-windows-1252.html"), "text/html; charset=windows-1252");
    assertThat(a.text()).isEqualTo(expected("jsonld-windows-1252.expected.txt"));
  }

  @Test
  void htmlWithRelatedAsideAndCookieBanner() throws IOException {
    CleanArticle a = cleaner.clean(resource("related-and-cookie-banner.html"), "text/html; charset=UTF-8");
    assertThat(a.text()).isEqualTo(expected("related-and-cookie-banner.expected.txt"));
    assertThat(a.title()).isEqualTo("Strike halts port for a second day");
    assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(a.publicationDateSource()).isEqualTo("time");
  }

  /**
   * A page that names no article container: the body is found by scoring, without the share bar, the
   * photo caption and credit, the newsletter box, the reporting credit, the related links, the sidebar
   * and the footer; every figure maps back to the page.
   */
  @Test
  void pageWithoutArticleContainerLosesItsFurniture() throws IOException {
    byte[] html = resource("scored-body-furniture.html");
    CleanArticle a = cleaner.clean(html, "text/html");
    assertThat(a.text()).isEqualTo(expected("scored-body-furniture.expected.txt"));
    assertThat(a.title()).isEqualTo("Dam breach floods 12 villages");
    SourceMapTest.assertClaimsMapBack(a, new String(html, StandardCharsets.UTF_8));
  }

  /**
   * A blog prints its name as the h1 (one link to its home page) and each post's headline as an h2;
   * the page's title carries the blog's name after a separator: the h2 is the headline, mapped back.
   */
  @Test
  void postHeadlineInAnH2WhenTheTitleEndsWithTheSiteName() {
    String page = "<html><head><title>Floods close the coast road &laquo; The River Blog</title></head><body>"
        + "<h1><a href=\"http://example.org/blog\">The River Blog</a></h1>"
        + "<div class=\"post\"><h2><a href=\"/blog/42/floods\">Floods close the coast road</a></h2>"
        + "<p>At least 40 people were moved from their homes on Monday, officials said, as the river rose.</p>"
        + "<p>The coast road will stay closed until the water falls, the council said in a statement.</p>"
        + "<p>Engineers will inspect the bridge at the harbour, which was last repaired in 2019, this week.</p>"
        + "</div></body></html>";
    CleanArticle a = cleaner.clean(page.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(a.title()).isEqualTo("Floods close the coast road");
    assertThat(a.text()).startsWith("Floods close the coast road\n\nAt least 40 people");
    assertThat(page.substring(a.sourceMap().toSource(0))).startsWith("Floods close the coast road</a></h2>");
  }

  @Test
  void scrapedTextPage() throws IOException {
    CleanArticle a = cleaner.clean(resource("scraped-page.txt"), null);
    assertThat(a.text()).isEqualTo(expected("scraped-page.expected.txt"));
    assertThat(a.title()).isEqualTo("Wildfire forces evacuation of hill villages");
    assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2022, 7, 21));
    assertThat(a.publicationDateSource()).isEqualTo("dateline");
  }

  @Test
  void crlfLineEndingsGiveTheSameText() throws IOException {
    String lf = new String(resource("scraped-page.txt"), StandardCharsets.UTF_8);
    byte[] crlf = lf.replace("\n", "  \r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(cleaner.clean(crlf, "text/plain").text()).isEqualTo(expected("scraped-page.expected.txt"));
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ArticleCleanerFixturesTest.class.getResourceAsStream("/cleaning/" + name)) {
      assertThat(in).as("test resource /cleaning/%s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  static String expected(String name) throws IOException {
    return new String(resource(name), StandardCharsets.UTF_8).strip();
  }
}
