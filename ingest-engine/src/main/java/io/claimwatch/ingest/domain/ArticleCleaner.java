package io.claimwatch.ingest.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.parser.Parser;

/**
 * Turns a fetched or uploaded article (plain text or HTML) into {@link CleanArticle}: the body text
 * without page furniture, teasers of other articles, donation appeals and repeated copies, plus its
 * title and publication date. Kept paragraphs are never rewritten, so quotes taken from the clean text
 * are also quotes of the source. Thread-safe.
 */
public final class ArticleCleaner {

  public static final int DEFAULT_MAX_CONTENT_BYTES = 5 * 1024 * 1024;
  /** Elements nested deeper than this are refused (HTML_TOO_DEEP): browsers' and parsers' usual bound; news pages nest 20 to 60 deep. */
  public static final int MAX_HTML_DEPTH = 512;
  /** Pages with more elements than this are refused (HTML_TOO_MANY_ELEMENTS); a large news page has 5,000 to 30,000. */
  public static final int MAX_HTML_ELEMENTS = 200_000;
  /** The service's CPU time for cleaning one article (a 1 MB page takes about 0.3 s once the JIT has compiled the cleaner). */
  public static final Duration DEFAULT_CLEAN_CPU_BUDGET = Duration.ofSeconds(2);
  /** The service's wall-clock time for cleaning one article: within the gateway's deadline of its call (4 s). */
  public static final Duration DEFAULT_CLEAN_WALL_BUDGET = Duration.ofSeconds(3);
  /** What offline tools and tests give a cleaning ({@link #withDefaults()}): time only the limits bound. */
  private static final Duration OFFLINE_BUDGET = Duration.ofMinutes(1);

  private static final String TEXT_PLAIN = "text/plain";
  private static final String TEXT_HTML = "text/html";
  private static final String XHTML = "application/xhtml+xml";

  private final int maxContentBytes;
  private final Duration cpuBudget;
  private final Duration wallBudget;
  private final TextCleaner textCleaner = new TextCleaner();

  public ArticleCleaner(int maxContentBytes) {
    this(maxContentBytes, DEFAULT_CLEAN_CPU_BUDGET, DEFAULT_CLEAN_WALL_BUDGET);
  }

  /**
   * @param cpuBudget the CPU time cleaning one article may take; past it the article is refused
   *     (INVALID_ARGUMENT ARTICLE_TOO_COMPLEX) instead of holding the thread
   * @param wallBudget the time it may take on the clock; past it the client is told to retry
   *     (RESOURCE_EXHAUSTED INGEST_BUSY)
   */
  public ArticleCleaner(int maxContentBytes, Duration cpuBudget, Duration wallBudget) {
    if (maxContentBytes <= 0) {
      throw new IllegalArgumentException("maxContentBytes must be positive, was " + maxContentBytes);
    }
    for (Duration d : new Duration[] {cpuBudget, wallBudget}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("cleaning budgets must be positive, was " + d);
      }
    }
    this.maxContentBytes = maxContentBytes;
    this.cpuBudget = cpuBudget;
    this.wallBudget = wallBudget;
  }

  /**
   * A cleaner accepting articles up to 5 MiB, for offline tools and tests: depth and element limits
   * as in the service, but time budgets of a minute (a cold JVM on a busy machine is slow).
   */
  public static ArticleCleaner withDefaults() {
    return new ArticleCleaner(DEFAULT_MAX_CONTENT_BYTES, OFFLINE_BUDGET, OFFLINE_BUDGET);
  }

  /**
   * Cleans one article.
   *
   * @param content the raw bytes
   * @param contentType {@code text/plain} (the default when null or blank), {@code text/html} or
   *     {@code application/xhtml+xml}, optionally with a {@code charset} parameter
   * @throws DomainException.InvalidInput with reason ARTICLE_EMPTY, ARTICLE_NOT_TEXT,
   *     ARTICLE_TOO_LARGE, UNSUPPORTED_CONTENT_TYPE, HTML_TOO_DEEP, HTML_TOO_MANY_ELEMENTS or
   *     ARTICLE_TOO_COMPLEX (cleaning needs more CPU than its budget)
   * @throws DomainException.Exhausted with reason INGEST_BUSY when cleaning took longer than its
   *     wall-clock budget
   */
  public CleanArticle clean(byte[] content, String contentType) {
    if (content == null || content.length == 0) {
      throw empty("the article content is empty; send the article's text or HTML");
    }
    if (content.length > maxContentBytes) {
      throw new DomainException.InvalidInput("ARTICLE_TOO_LARGE",
          "the article is " + content.length + " bytes; the limit is " + maxContentBytes
              + " bytes: send only the article, not a whole site or archive");
    }
    MediaType type = MediaType.parse(contentType);
    return switch (type.mime()) {
      case TEXT_PLAIN -> cleanText(content, type.charset());
      case TEXT_HTML, XHTML -> cleanHtml(content, type.charset());
      default -> throw new DomainException.InvalidInput("UNSUPPORTED_CONTENT_TYPE",
          "content type '" + type.mime() + "' is not supported; send text/plain or text/html"
              + " (application/xhtml+xml is accepted too)");
    };
  }

  private CleanArticle cleanText(byte[] content, Charset declared) {
    Charset charset = declared != null ? declared : StandardCharsets.UTF_8;
    String text = charset.equals(StandardCharsets.UTF_8) ? validUtf8(content) : null;
    try {
      text = text != null ? text : charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw notText("the content is not valid " + charset.name()
          + " text; send UTF-8 text, or declare its charset in the content type (text/plain; charset=...)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    checkNotBinary(text);
    if (text.isBlank()) {
      throw empty("the article contains only whitespace; send the article's text");
    }
    TextCleaner.Result r = textCleaner.clean(text);
    if (r.text().isBlank()) {
      throw emptyAfterCleaning();
    }
    checkHasWords(r.text());
    Dating dating = PublicationDating.decide(null, r.dateline(), r.text());
    return new CleanArticle(r.title(), r.text(), dating, r.byline(), SourceMap.of(r.text(), r.offsets(), text));
  }

  /**
   * The bytes as UTF-8 in one pass when they are valid, else null (then the strict decoder tells): the lenient decode
   * replaces each malformed sequence with U+FFFD, so a text without U+FFFD came from valid bytes, and valid bytes
   * decode the same either way. Saves the strict decoder's char buffer and its copy (a fifth of a large text's
   * allocation).
   */
  private static String validUtf8(byte[] content) {
    String s = new String(content, StandardCharsets.UTF_8);
    return s.indexOf('\uFFFD') < 0 ? s : null;
  }

  private CleanArticle cleanHtml(byte[] content, Charset declared) {
    CleaningBudget budget = new CleaningBudget(cpuBudget, wallBudget);
    if (hasNul(content) && !wideCharset(declared, content)) {
      throw notText("the content has NUL bytes, so it is binary, not HTML; send the page's HTML");
    }
    if (!wideCharset(declared, content) && NestingScan.deeperThan(content, 2 * MAX_HTML_DEPTH)) {
      throw tooDeep();  // refused before the parse, which would take seconds on such a page
    }
    Document doc = parse(content, declared == null ? null : declared.name());
    if (declared == null && !doc.charset().equals(StandardCharsets.UTF_8) && !decodes(content, doc.charset())
        && decodes(content, StandardCharsets.UTF_8)) {
      // a <meta charset> that the bytes are not in, while they are valid UTF-8 (a page saved or
      // re-encoded as UTF-8 that kept its old declaration): UTF-8 is what they are
      doc = parse(content, StandardCharsets.UTF_8.name());
    }
    Charset charset = doc.charset();
    String source = decoded(content, charset);
    boolean valid = decodes(content, charset);
    boolean undeclared = !valid && declared == null && charset.equals(StandardCharsets.UTF_8);   // UTF-8, by default or the page's own word
    String mended = undeclared ? StrayPunctuation.decode(content) : null;
    if (mended == null && undeclared) mended = DefaultEncoding.decode(content);   // html-default-windows-1252
    if (mended != null) { // UTF-8 with windows-1252 quotes pasted in, or an undeclared windows-1252 page
      source = mended;
      doc = Jsoup.parse(mended, "", Parser.htmlParser().setTrackPosition(true));
    }
    if (source != null && UNCLOSED_TITLE.matcher(source).find() && !CLOSED_TITLE.matcher(source).find()) {
      // a <title> never closed holds the rest of the page as its text (a browser shows a blank page):
      // the page is read as if it were any other element, so that its body is the body again; the
      // tag keeps its length, and so every offset into the page
      doc = Jsoup.parse(UNCLOSED_TITLE.matcher(source).replaceAll("<cw-tt$1"), "",
          Parser.htmlParser().setTrackPosition(true));
    }
    checkShape(doc);
    budget.check();
    String all = doc.text();
    checkNotBinary(all);
    if (all.isBlank()) {
      throw empty("the HTML has no visible text; send the article page itself");
    }
    if (!valid && mended == null) {
      throw notText("the page is not valid " + charset.name() + " (the charset " + (declared != null ? "declared in the"
          + " content type" : "of its <meta charset>, byte-order mark or the default UTF-8") + "); send the page in the charset"
          + " it declares, or declare the one it is in (text/html; charset=...)");
    }
    HtmlExtractor.Extracted x = HtmlExtractor.extract(doc, source, budget);
    TextCleaner.Result r = textCleaner.clean(x.text(), x.offsets(), x.linked());
    budget.check();
    if (r.text().isBlank() || (x.headline() != null && r.text().strip().equals(x.headline().strip()))) {
      throw emptyAfterCleaning();
    }
    checkHasWords(r.text());
    String title = x.title() != null ? x.title() : r.title();
    Dating dating = PublicationDating.decide(x.date(), r.dateline(), r.text());
    String byline = x.byline() != null ? x.byline() : r.byline();
    return new CleanArticle(title, r.text(), dating, byline,
        source == null ? SourceMap.EMPTY : SourceMap.of(r.text(), r.offsets(), source));
  }

  /** The start tag of a title element, and the char after its name. */
  private static final Pattern UNCLOSED_TITLE = Pattern.compile("(?i)<title([\\s>])");
  /** The end tag of a title element. */
  private static final Pattern CLOSED_TITLE = Pattern.compile("(?i)</title[\\s>]");

  private static Document parse(byte[] content, String charset) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(content), charset, "", Parser.htmlParser().setTrackPosition(true));
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory array cannot fail", e);
    }
  }

  /**
   * The document as the parser read it (the charset it settled on, a byte-order mark skipped), which
   * the parser's positions index; null when it cannot be decoded the same way.
   */
  private static String decoded(byte[] content, Charset charset) {
    int skip = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
    try {
      String s = new String(content, skip, content.length - skip, charset);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (RuntimeException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- checks

  /** Depth and element count, in one pass that stops at the first limit passed. */
  private static void checkShape(Document doc) {
    int[] elements = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element)) {
          return FilterResult.CONTINUE;
        }
        if (depth > MAX_HTML_DEPTH) {
          throw tooDeep();
        }
        if (++elements[0] > MAX_HTML_ELEMENTS) {
          throw new DomainException.InvalidInput("HTML_TOO_MANY_ELEMENTS", "the HTML has more than " + MAX_HTML_ELEMENTS
              + " elements; send one article's page, not a whole site or archive, or its text as text/plain");
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  /** Whether the bytes decode in {@code charset} without a malformed or unmappable sequence (a BOM skipped). */
  private static boolean decodes(byte[] content, Charset charset) {
    int skip = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, skip, content.length - skip));
      return true;
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * A text with no letter at all (only digits, punctuation, symbols or invisible characters such as
   * zero-width spaces) is no article: nothing in it can be a claim.
   */
  private static void checkHasWords(String text) {
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new DomainException.InvalidInput("ARTICLE_NO_WORDS", "the article has no letters (only digits, punctuation,"
          + " symbols or invisible characters); send the article's text");
    }
  }

  /** NUL characters, or more than 2% control characters (other than tab, newline, CR, form feed). */
  private static void checkNotBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw notText("the content has NUL characters, so it is binary, not text; send the article's text");
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
        controls++;
      }
    }
    if (controls > 0 && controls * 50L > text.length()) {
      throw notText("the content is mostly control characters (" + controls + " of " + text.length()
          + "), so it is binary, not text; send the article's text");
    }
  }

  private static boolean hasNul(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** UTF-16/32 legitimately contain NUL bytes: declared, or announced by a byte-order mark. */
  private static boolean wideCharset(Charset declared, byte[] content) {
    if (declared != null) {
      String n = declared.name().toUpperCase(Locale.ROOT);
      if (n.startsWith("UTF-16") || n.startsWith("UTF-32")) {
        return true;
      }
    }
    return content.length >= 2
        && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
            || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
  }

  private static DomainException.InvalidInput tooDeep() {
    return new DomainException.InvalidInput("HTML_TOO_DEEP", "the HTML nests elements more than " + MAX_HTML_DEPTH
        + " deep; send the article page as published (news pages nest a few dozen deep), or its text as text/plain");
  }

  private static DomainException.InvalidInput empty(String message) {
    return new DomainException.InvalidInput("ARTICLE_EMPTY", message);
  }

  private static DomainException.InvalidInput emptyAfterCleaning() {
    return empty("nothing is left after removing page furniture (navigation, newsletter and donation"
        + " prompts, teasers of other articles); send the article's body text");
  }

  private static DomainException.InvalidInput notText(String message) {
    return new DomainException.InvalidInput("ARTICLE_NOT_TEXT", message);
  }

  // ---------------------------------------------------------------- content type

  /** A parsed content type: lower-case mime type and the charset parameter (null when absent). */
  record MediaType(String mime, Charset charset) {

    static MediaType parse(String contentType) {
      if (contentType == null || contentType.isBlank()) {
        return new MediaType(TEXT_PLAIN, null);
      }
      String[] parts = contentType.split(";");
      String mime = parts[0].strip().toLowerCase(Locale.ROOT);
      if (mime.isEmpty()) {
        mime = TEXT_PLAIN;
      }
      Charset charset = null;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        int eq = p.indexOf('=');
        if (eq < 0 || !p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
          continue;
        }
        String name = p.substring(eq + 1).strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
          name = name.substring(1, name.length() - 1).strip();
        }
        if (name.isEmpty()) {
          continue;
        }
        try {
          charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new DomainException.InvalidInput("UNSUPPORTED_CONTENT_TYPE",
              "charset '" + name + "' is not supported; send UTF-8 or declare a standard charset"
                  + " (e.g. text/html; charset=windows-1252)");
        }
      }
      return new MediaType(mime, charset);
    }
  }
}
