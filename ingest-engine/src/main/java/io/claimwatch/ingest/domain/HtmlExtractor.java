package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in an HTML document: its body as paragraphs separated by blank lines, its title
 * and its machine-readable publication date. Text-level cleaning happens afterwards, in
 * {@link TextCleaner}.
 */
final class HtmlExtractor {

  /**
   * What the page gives: the body text (with, for each char, its index in the decoded document or
   * -1), the title, the headline put in front of the body, the machine-readable date and the byline.
   */
  record Extracted(String text, int[] offsets, String title, String headline, DateEvidence date, String byline) {}

  private static final Lexicon FURNITURE_TOKENS = Lexicon.load("html-furniture-tokens.txt");

  /** Removed wherever they are: never article prose. */
  private static final String DROP_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, iframe,"
          + " svg, button, select, input, textarea, label, dialog, object, embed, canvas, video, audio,"
          + " picture, img, [hidden], [aria-hidden=true], [role=navigation], [role=complementary],"
          + " [role=banner], [role=contentinfo], [role=dialog], [role=alertdialog]";

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
      "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "details",
      "summary", "center", "ul", "body", "html");

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,64})\"");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern SITE_CHROME =
      Pattern.compile("(?i)(^|[\\s_-])(logo|brand|branding|masthead|site-?title|site-?name)($|[\\s_-])");
  private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile("^(.{3,}?)\\s+\\|\\s+[^|]{1,60}$");
  private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"|\"([^\"]{2,80})\")");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");

  private HtmlExtractor() {}

  /**
   * @param source the document as parsed (decoded), for the offsets; null leaves the text unmapped
   */
  static Extracted extract(Document doc, String source) {
    Element root = chooseRoot(doc);
    String headline = firstText(headlineElement(root));
    if (headline == null) {
      headline = firstText(headlineElement(doc));
    }
    String ogTitle = stripSiteSuffix(meta(doc, "meta[property=og:title], meta[name=og:title]"));
    String docTitle = stripSiteSuffix(doc.title().isBlank() ? null : doc.title().strip());
    String title = ogTitle != null ? ogTitle : headline != null ? headline : docTitle;

    LocalDate date = null;
    DateEvidence.Source dateSource = null;
    LocalDate d = Dates.parseMachine(meta(doc,
        "meta[property=article:published_time], meta[name=article:published_time],"
            + " meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate],"
            + " meta[name=publish-date], meta[name=dc.date.issued], meta[name=DC.date.issued]"));
    if (d != null) {
      date = d;
      dateSource = DateEvidence.Source.META;
    }
    if (date == null) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        Matcher m = JSON_LD_DATE.matcher(script.data());
        if (m.find() && (d = Dates.parseMachine(m.group(1))) != null) {
          date = d;
          dateSource = DateEvidence.Source.JSON_LD;
          break;
        }
      }
    }
    if (date == null) {
      d = timeDate(doc, root);
      if (d != null) {
        date = d;
        dateSource = DateEvidence.Source.TIME_ELEMENT;
      }
    }

    String byline = byline(doc, root);

    Element body = root.clone();
    body.select(DROP_TAGS).remove();
    removeFurniture(body, body.text().length());
    MappedText text = toParagraphs(body, source);
    String lead = headline != null ? headline : ogTitle;
    if (lead != null) {
      MappedText withLead = leadText(lead, headline != null ? headlineElement(root) : null, source);
      if (withLead == null) {
        withLead = new MappedText().appendAdded(lead);
      }
      text = withLead.appendAdded("\n\n").append(text);
    }
    return new Extracted(text.toString(), text.offsets(), title, lead, DateEvidence.of(date, dateSource), byline);
  }

  /** The headline mapped to its element's text when that renders to the same string; else null. */
  private static MappedText leadText(String lead, Element h1, String source) {
    if (h1 == null) {
      return null;
    }
    MappedText t = toParagraphs(h1.clone(), source);
    return t.toString().equals(lead) ? t : null;
  }

  /** The author: meta author, JSON-LD author, else a byline element; without a leading "By". */
  private static String byline(Document doc, Element root) {
    String b = meta(doc, "meta[name=author], meta[property=author], meta[name=byl], meta[name=sailthru.author]");
    if (b == null) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        Matcher m = JSON_LD_AUTHOR.matcher(script.data());
        if (m.find()) {
          b = m.group(1) != null ? m.group(1) : m.group(2);
          break;
        }
      }
    }
    if (b == null) {
      for (Element e : root.select("[rel=author], [itemprop=author], .byline, .author, .article-author")) {
        String t = e.text().strip();
        if (!t.isEmpty() && t.length() <= 80) {
          b = t;
          break;
        }
      }
    }
    if (b == null || b.startsWith("http")) {
      return null;
    }
    b = BY_PREFIX.matcher(b.strip()).replaceFirst("").strip();
    return b.isEmpty() ? null : b;
  }

  /** The first h1 that is not a site logo or inside navigation, footer or sidebar. */
  private static Element headlineElement(Element scope) {
    for (Element h1 : scope.select("h1")) {
      boolean chrome = h1.parents().is("nav, footer, aside") || SITE_CHROME.matcher(h1.className() + " " + h1.id()).find();
      for (Element p : h1.parents()) {
        chrome |= SITE_CHROME.matcher(p.className() + " " + p.id()).find();
      }
      if (!chrome) {
        return h1;
      }
    }
    return null;
  }

  /** The article container: the largest article, else articleBody, else main, else body. */
  private static Element chooseRoot(Document doc) {
    Element best = null;
    for (Element a : doc.select("article")) {
      if (isFurniture(a) || hasFurnitureAncestor(a)) {
        continue;
      }
      if (best == null || a.text().length() > best.text().length()) {
        best = a;
      }
    }
    if (best != null && best.text().length() >= 200) {
      return best;
    }
    for (String q : List.of("[itemprop=articleBody]", "main", "[role=main]")) {
      Element e = doc.selectFirst(q);
      if (e != null && e.text().length() >= 200) {
        return e;
      }
    }
    if (best != null) {
      return best;
    }
    return doc.body() != null ? doc.body() : doc;
  }

  private static LocalDate timeDate(Document doc, Element root) {
    Element t = doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
    if (t == null) {
      for (Element e : root.select("time[datetime]")) {
        if (!hasFurnitureAncestor(e) && !e.parents().is("aside, nav, footer")) {
          t = e;
          break;
        }
      }
    }
    return t == null ? null : Dates.parseMachine(t.attr("datetime"));
  }

  /**
   * Removes elements whose class or id marks them as furniture, unless they hold most of the text
   * (a wrapper class like "has-comments" on the article itself).
   */
  private static void removeFurniture(Element body, int totalChars) {
    for (Element e : body.getAllElements()) {
      if (e == body || e.parent() == null) {
        continue;
      }
      boolean hidden = HIDDEN_STYLE.matcher(e.attr("style")).find();
      if (hidden || (isFurniture(e) && e.text().length() * 2 < Math.max(totalChars, 1))) {
        e.remove();
      }
    }
  }

  private static boolean hasFurnitureAncestor(Element e) {
    for (Element p : e.parents()) {
      if (isFurniture(p)) {
        return true;
      }
    }
    return false;
  }

  static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    for (String attr : List.of(e.className(), e.id())) {
      if (attr.isEmpty()) {
        continue;
      }
      for (String token : TOKEN_SPLIT.split(attr)) {
        if (!token.isEmpty() && FURNITURE_TOKENS.matches(token.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Block elements become paragraphs separated by blank lines; br becomes a line break; runs of
   * whitespace inside a text node become one space (outside pre); lines are stripped and at most one
   * blank line is kept. Every kept char remembers its index in {@code source}.
   */
  private static MappedText toParagraphs(Element body, String source) {
    MappedText sb = new MappedText();
    body.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element p = t.parent();
          boolean pre = p != null && (p.normalName().equals("pre") || p.parents().is("pre"));
          String whole = t.getWholeText();
          int[] offsets = offsets(t, whole, source);
          boolean inSpace = false;
          for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
            if (pre || !space) {
              sb.append(c, offsets[i]);
              inSpace = false;
            } else if (!inSpace) {
              sb.append(' ', offsets[i]);
              inSpace = true;
            }
          }
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) {
            sb.appendAdded("\n");
          } else if (BLOCKS.contains(e.normalName())) {
            sb.appendAdded("\n\n");
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          sb.appendAdded("\n\n");
        }
      }
    });
    // tidy: strip each line (as String.strip), keep at most one blank line, strip the whole
    String raw = sb.toString();
    MappedText lines = new MappedText();
    int start = 0;
    for (int i = 0; i <= raw.length(); i++) {
      if (i < raw.length() && raw.charAt(i) != '\n') {
        continue;
      }
      int s = start;
      int e = i;
      while (s < e && Character.isWhitespace(raw.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(raw.charAt(e - 1))) {
        e--;
      }
      for (int k = s; k < e; k++) {
        lines.append(raw.charAt(k), sb.offset(k));
      }
      lines.appendAdded("\n");
      start = i + 1;
    }
    MappedText out = new MappedText();
    int newlines = 0;
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      newlines = c == '\n' ? newlines + 1 : 0;
      if (newlines <= 2) {
        out.append(c, lines.offset(i));
      }
    }
    String s = out.toString();
    int from = 0;
    int to = s.length();
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return new MappedText().append(s, out.offsets(), from, to);
  }

  /**
   * For each char of a text node, its index in the source: the node's tracked range aligned with its
   * text, character references ("&amp;") mapping to their '&', CRs the parser dropped skipped; -1
   * throughout when untracked, and from the first char that does not align.
   */
  static int[] offsets(TextNode t, String text, String source) {
    int[] out = new int[text.length()];
    java.util.Arrays.fill(out, -1);
    org.jsoup.nodes.Range r = t.sourceRange();
    if (source == null || !r.isTracked()) {
      return out;
    }
    int p = r.startPos();
    int end = Math.min(r.endPos(), source.length());
    int i = 0;
    while (i < text.length() && p < end) {
      char c = text.charAt(i);
      char s = source.charAt(p);
      if (s == '&') { // a character reference, or a bare '&'
        int semi = source.indexOf(';', p);
        int refEnd = semi >= 0 && semi < end && semi - p <= 32 ? semi + 1 : -1;
        String decoded = refEnd < 0 ? null : org.jsoup.parser.Parser.unescapeEntities(source.substring(p, refEnd), false);
        if (decoded != null && !decoded.isEmpty() && !decoded.equals(source.substring(p, refEnd))
            && text.startsWith(decoded, i)) {
          for (int k = 0; k < decoded.length(); k++) {
            out[i++] = p;
          }
          p = refEnd;
          continue;
        }
      }
      if (s == c) {
        out[i++] = p++;
      } else if (s == '\r') {
        p++;
      } else {
        break;
      }
    }
    return out;
  }

  private static String meta(Document doc, String query) {
    for (Element e : doc.select(query)) {
      String c = e.attr("content").strip();
      if (!c.isEmpty()) {
        return c;
      }
    }
    return null;
  }

  private static String firstText(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  /** "Headline | Site" -> "Headline". */
  private static String stripSiteSuffix(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    Matcher m = TITLE_SITE_SUFFIX.matcher(title.strip());
    return m.matches() ? m.group(1).strip() : title.strip();
  }

}
