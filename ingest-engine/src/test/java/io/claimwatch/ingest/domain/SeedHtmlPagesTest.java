package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seeds go in as text and as HTML pages (src/test/resources/cleaning/seed-*.html: the seed's article
 * inside a realistic page with navigation, a cookie banner, figures, related links, a newsletter box, a
 * donation appeal and a footer, its paragraphs hard-wrapped, with character references and inline tags):
 * both give the same clean text, modulo whitespace, and the page's title, date and byline come out.
 */
class SeedHtmlPagesTest {

  private static final Path SEEDS = Path.of(System.getProperty("claimwatch.seeds", "/work/shared/seeds"));
  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  private CleanArticle html(String name) throws IOException {
    return cleaner.clean(ArticleCleanerFixturesTest.resource(name), "text/html");
  }

  private CleanArticle seed(String name) throws IOException {
    Path p = SEEDS.resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(p), "no seed " + p);
    return cleaner.clean(Files.readAllBytes(p), "text/plain; charset=utf-8");
  }

  private static String spaced(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void seed001AsAPageWithJsonLd() throws IOException {
    CleanArticle page = html("seed-001.html");
    CleanArticle text = seed("001_3cfe998d9931a718.txt");
    assertThat(spaced(page.text())).isEqualTo(spaced(text.text()));
    assertThat(page.title()).isEqualTo("Ukraine Captures 1,000 Russian Soldiers in Kursk Offensive");
    assertThat(page.byline()).isEqualTo("Olena Kovalenko");
    assertThat(page.dating().publication()).isEqualTo(new DateEvidence(LocalDate.of(2025, 5, 26),
        DateEvidence.Source.JSON_LD, DateEvidence.Confidence.HIGH));
    // the text alone has no date: its latest full date is a lower bound
    assertThat(text.dating().publication()).isNull();
    assertThat(text.dating().notBefore().date()).isEqualTo(LocalDate.of(2025, 5, 25));
    SourceMapTest.assertClaimsMapBack(page, new String(ArticleCleanerFixturesTest.resource("seed-001.html"), StandardCharsets.UTF_8));
  }

  @Test
  void seed003AsAPageWithATimeElementAndAByline() throws IOException {
    CleanArticle page = html("seed-003.html");
    CleanArticle text = seed("003_61f437f3e7882feb.txt");
    assertThat(spaced(page.text())).isEqualTo(spaced(text.text()));
    assertThat(page.title()).isEqualTo("Ukraine Says It Captured Nearly 1K Russian Soldiers Since Launching Kursk Offensive");
    assertThat(page.byline()).isEqualTo("AFP");
    assertThat(text.byline()).as("the text's 'By AFP' line").isEqualTo("AFP");
    assertThat(page.dating().publication()).isEqualTo(new DateEvidence(LocalDate.of(2025, 1, 9),
        DateEvidence.Source.TIME_ELEMENT, DateEvidence.Confidence.MEDIUM));
    SourceMapTest.assertClaimsMapBack(page, new String(ArticleCleanerFixturesTest.resource("seed-003.html"), StandardCharsets.UTF_8));
  }

  @Test
  void seed000AsAPageWithAContradictedDateline() throws IOException {
    CleanArticle page = html("seed-000.html");
    CleanArticle text = seed("000_6b311205ed4b5ad7.txt");
    // the text seed's headline has a section label glued to it ("NewspaperHundreds ..."); the bodies agree
    String pageBody = page.text().substring(page.text().indexOf("\n\n") + 2);
    String textBody = text.text().substring(text.text().indexOf("\n\n") + 2);
    assertThat(spaced(pageBody)).isEqualTo(spaced(textBody));
    assertThat(page.title()).isEqualTo("Hundreds of Russian prisoners after the Kursk offensive");
    assertThat(text.title()).isEqualTo(page.title());
    for (CleanArticle a : new CleanArticle[] {page, text}) {
      assertThat(a.dating().dateline().date()).isEqualTo(LocalDate.of(2025, 5, 6));
      assertThat(a.dating().datelineContradicted()).isTrue();
      assertThat(a.publicationDate()).isNull();
    }
  }
}
