package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArticleCleanerErrorsTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void assertReason(byte[] content, String contentType, String reason) {
    assertThatThrownBy(() -> cleaner.clean(content, contentType))
        .isInstanceOf(DomainException.InvalidInput.class)
        .satisfies(e -> {
          assertThat(((DomainException) e).reason()).isEqualTo(reason);
          assertThat(e.getMessage()).isNotBlank();
        });
  }

  @Test
  void textsWithoutLettersAreRefused() {
    assertReason(utf8("\u200b\u200b\u200d\u2060\ufeff\u200c"), "text/plain", "ARTICLE_NO_WORDS");
    assertReason(utf8("123 456 -- !!! 789 ... 2025"), "text/plain", "ARTICLE_NO_WORDS");
    assertReason(utf8("<html><body><p>12 345 %%% 678</p><p>90 &amp; 12 -- 34.</p></body></html>"), "text/html", "ARTICLE_NO_WORDS");
    assertThat(cleaner.clean(utf8("Погибли не менее 40 человек."), "text/plain").text()).contains("40");
  }

  @Test
  void pagesThatDoNotDecodeInTheirCharsetAreRefused() {
    byte[] bad = "<html><body><p>At least 40 people died \u00ff\u00fe in the floods.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertReason(bad, "text/html; charset=utf-8", "ARTICLE_NOT_TEXT");
    byte[] lyingMeta = ("<html><head><meta charset=\"utf-8\"></head><body><p>At least 40 people died in Caf\u00e9 floods.</p>"
        + "</body></html>").getBytes(StandardCharsets.ISO_8859_1);
    assertReason(lyingMeta, "text/html", "ARTICLE_NOT_TEXT");
    // The same bytes under the charset they are in decode.
    assertThat(cleaner.clean(bad, "text/html; charset=iso-8859-1").text()).contains("At least 40 people died");
    assertReason("At least 40 people died.".getBytes(StandardCharsets.UTF_8), "text/plain; charset=x-bogus-99",
        "UNSUPPORTED_CONTENT_TYPE");
    assertReason("At least 40 people \u00ff died.".getBytes(StandardCharsets.ISO_8859_1), "text/plain", "ARTICLE_NOT_TEXT");
  }

  /** html-default-windows-1252: a page that declares no encoding and is not UTF-8 is read as browsers read it. */
  @Test
  void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252() {
    byte[] page = ("<html><head><title>Floods</title></head><body><p>At least 40 people died in the floods near the Caf\u00e9"
        + " du Port, officials said on Tuesday.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
    CleanArticle a = cleaner.clean(page, "text/html");
    assertThat(a.text()).contains("near the Caf\u00e9 du Port");
    int clean = a.text().indexOf("du Port");
    assertThat(new String(page, StandardCharsets.ISO_8859_1).substring(a.sourceMap().toSource(clean))).startsWith("du Port");
    // a declaration is taken at its word, and a page with UTF-8 characters and a stray byte is mixed: both still refused
    byte[] declared = ("<html><head><meta charset=\"utf-8\"></head><body><p>At least 40 people died near the Caf\u00e9."
        + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
    assertReason(declared, "text/html", "ARTICLE_NOT_TEXT");
    java.io.ByteArrayOutputStream mixed = new java.io.ByteArrayOutputStream();
    mixed.writeBytes(utf8("<html><body><p>At least 40 people died \u2014 officials said \u2014 near the Caf"));
    mixed.write(0xE9);
    mixed.writeBytes(utf8(".</p></body></html>"));
    assertReason(mixed.toByteArray(), "text/html", "ARTICLE_NOT_TEXT");
    // plain text has no such default
    assertReason("At least 40 people died near the Caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1), "text/plain",
        "ARTICLE_NOT_TEXT");
  }

  /** The stray-punctuation rule: windows-1252 quotes pasted into a UTF-8 page (Washington Post blogs, 2013). */
  @Test
  void strayWindows1252QuotesInUtf8AreReadAsTheQuotesTheyAre() throws Exception {
    java.io.ByteArrayOutputStream page = new java.io.ByteArrayOutputStream();
    page.write(utf8("<html><body><h1>Senate deal</h1><p>The draft under discussion in the House is a "));
    page.write(0x91);
    page.write(utf8("slap in the face,"));
    page.write(0x92);
    page.write(utf8(" after 15 senators \u2014 and the White House \u2014 agreed to it, aides said.</p></body></html>"));
    byte[] bytes = page.toByteArray();
    CleanArticle a = cleaner.clean(bytes, "text/html");
    assertThat(a.text()).contains("is a \u2018slap in the face,\u2019 after 15 senators \u2014 and the White House");
    String source = new String(bytes, StandardCharsets.UTF_8); // one replacement char a stray byte: the same indexes
    int clean = a.text().indexOf("15 senators");
    assertThat(source.substring(a.sourceMap().toSource(clean))).startsWith("15 senators");
    // declared UTF-8 is taken at its word; a byte windows-1252 leaves undefined, or one of 0xA0 and more, is not punctuation
    assertReason(bytes, "text/html; charset=utf-8", "ARTICLE_NOT_TEXT");
    byte[] undefined = bytes.clone();
    undefined[indexOf(bytes, (byte) 0x91)] = (byte) 0x81;
    assertReason(undefined, "text/html", "ARTICLE_NOT_TEXT");
    undefined[indexOf(bytes, (byte) 0x91)] = (byte) 0xE9;
    assertReason(undefined, "text/html", "ARTICLE_NOT_TEXT");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void utf8BytesUnderAnotherMetaCharsetAreReadAsUtf8() {
    byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>"
        + "<p>At least 22 police officers were killed in Lahore \u2014 officials said \u201cthe attack\u201d was a suicide"
        + " bombing.</p></body></html>").getBytes(StandardCharsets.UTF_8);
    assertThat(cleaner.clean(page, "text/html").text()).contains("Lahore \u2014 officials said \u201cthe attack\u201d");
    // bytes that are the declared charset's stay so
    byte[] big5 = ("<html><head><meta charset=\"big5\"></head><body><p>At least 22 police officers were killed in"
        + " Lahore, \u8b66\u5bdf officials said.</p></body></html>").getBytes(Charset.forName("Big5"));
    assertThat(cleaner.clean(big5, "text/html").text()).contains("Lahore, \u8b66\u5bdf officials said");
  }

  @Test
  void emptyContent() {
    assertReason(new byte[0], "text/plain", "ARTICLE_EMPTY");
    assertReason(null, "text/plain", "ARTICLE_EMPTY");
  }

  @Test
  void whitespaceOnly() {
    assertReason(utf8(" \n\t\r\n  \u00a0 "), "text/plain", "ARTICLE_EMPTY");
    assertReason(utf8("<html><body>  </body></html>"), "text/html", "ARTICLE_EMPTY");
  }

  @Test
  void onlyFurnitureLeavesNothing() {
    assertReason(utf8("Newsletter\n\nSubscribe to our newsletter\n\n3 min read\n"), "text/plain", "ARTICLE_EMPTY");
    assertReason(utf8("<html><body><nav>Home News</nav><footer>Contact</footer></body></html>"),
        "text/html", "ARTICLE_EMPTY");
  }

  @Test
  void binaryContent() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertReason(png, "text/plain", "ARTICLE_NOT_TEXT");
    assertReason(png, "text/html", "ARTICLE_NOT_TEXT");
    assertReason(utf8("abc\u0001\u0002\u0003\u0004def\u0005\u0006"), "text/plain", "ARTICLE_NOT_TEXT");
  }

  @Test
  void invalidUtf8InPlainText() {
    byte[] latin1 = "Caf\u00e9 prices rose by 5 percent.".getBytes(StandardCharsets.ISO_8859_1);
    assertReason(latin1, "text/plain", "ARTICLE_NOT_TEXT");
    // ...but the same bytes are fine once their charset is declared
    assertThat(cleaner.clean(latin1, "text/plain; charset=ISO-8859-1").text())
        .isEqualTo("Caf\u00e9 prices rose by 5 percent.");
  }

  @Test
  void oversized() {
    ArticleCleaner small = new ArticleCleaner(100);
    byte[] big = utf8("x".repeat(101));
    assertThatThrownBy(() -> small.clean(big, "text/plain"))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class,
            e -> assertThat(e.reason()).isEqualTo("ARTICLE_TOO_LARGE"));
    assertThat(small.clean(utf8("Exactly within the limit."), "text/plain").text())
        .isEqualTo("Exactly within the limit.");
  }

  @Test
  void largeInputsFinishWithoutPathologicalSlowdown() {
    String para = "The council approved the budget on Monday, with 31 votes in favour and 9 against.\n\n";
    byte[] manyParagraphs = utf8(para.repeat((5 * 1024 * 1024 - 1000) / para.length()));
    byte[] oneLine = utf8("newsletter you ".repeat((5 * 1024 * 1024 - 1000) / 15));
    CpuBound.within(Duration.ofSeconds(60), () -> {
      assertThat(cleaner.clean(manyParagraphs, "text/plain").text()).isEqualTo(para.strip());
      assertThat(cleaner.clean(oneLine, "text/plain").text()).isNotEmpty();
      StringBuilder distinct = new StringBuilder();
      for (int i = 0; distinct.length() < 5 * 1024 * 1024 - 1000; i++) {
        distinct.append("Paragraph ").append(i).append(" says the council approved a budget of ").append(i * 7)
            .append(" million after a long debate.\n\n");
      }
      assertThat(cleaner.clean(utf8(distinct.toString()), "text/plain").text()).endsWith("long debate.");
      String html = "<html><body><article>" + "<p>" + para.strip() + " " + "</p>".repeat(1) + "</article></body></html>";
      assertThat(cleaner.clean(utf8(html.repeat(20_000)), "text/html").text()).contains("31 votes");
    });
  }

  @Test
  void unsupportedContentType() {
    assertReason(utf8("{\"a\":1}"), "application/json", "UNSUPPORTED_CONTENT_TYPE");
    assertReason(utf8("%PDF-1.7"), "application/pdf", "UNSUPPORTED_CONTENT_TYPE");
    assertReason(utf8("Some text."), "text/plain; charset=no-such-charset", "UNSUPPORTED_CONTENT_TYPE");
  }

  @Test
  void acceptedContentTypes() {
    assertThat(cleaner.clean(utf8("A sentence."), "").text()).isEqualTo("A sentence.");
    assertThat(cleaner.clean(utf8("A sentence."), "TEXT/PLAIN; Charset=\"utf-8\"").text()).isEqualTo("A sentence.");
    assertThat(cleaner.clean(utf8("<html><body><p>A sentence.</p></body></html>"), "application/xhtml+xml").text())
        .isEqualTo("A sentence.");
    byte[] utf16 = "A sentence.".getBytes(StandardCharsets.UTF_16);
    assertThat(cleaner.clean(utf16, "text/plain; charset=UTF-16").text()).isEqualTo("A sentence.");
  }
}
