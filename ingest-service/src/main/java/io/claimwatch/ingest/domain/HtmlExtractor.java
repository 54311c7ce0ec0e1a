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

  record Extracted(String text, String title, String headline, LocalDate date, String dateSource) {}

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
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\f\\r]+");
  private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile("^(.{3,}?)\\s+\\|\\s+[^|]{1,60}$");

  private HtmlExtractor() {}

  static Extracted extract(Document doc) {
    Element root = chooseRoot(doc);
    String headline = firstText(headlineElement(root));
    if (headline == null) {
      headline = firstText(headlineElement(doc));
    }
    String ogTitle = stripSiteSuffix(meta(doc, "meta[property=og:title], meta[name=og:title]"));
    String docTitle = stripSiteSuffix(doc.title().isBlank() ? null : doc.title().strip());
    String title = ogTitle != null ? ogTitle : headline != null ? headline : docTitle;

    LocalDate date = null;
    String source = null;
    LocalDate d = Dates.parseMachine(meta(doc,
        "meta[property=article:published_time], meta[name=article:published_time],"
            + " meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate],"
            + " meta[name=publish-date], meta[name=dc.date.issued], meta[name=DC.date.issued]"));
    if (d != null) {
      date = d;
      source = "meta";
    }
    if (date == null) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        Matcher m = JSON_LD_DATE.matcher(script.data());
        if (m.find() && (d = Dates.parseMachine(m.group(1))) != null) {
          date = d;
          source = "json-ld";
          break;
        }
      }
    }
    if (date == null) {
      d = timeDate(doc, root);
      if (d != null) {
        date = d;
        source = "time";
      }
    }

    Element body = root.clone();
    body.select(DROP_TAGS).remove();
    removeFurniture(body, body.text().length());
    String text = toParagraphs(body);
    String lead = headline != null ? headline : ogTitle;
    if (lead != null) {
      text = lead + "\n\n" + text;
    }
    return new Extracted(text, title, lead, date, source);
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

  /** Block elements become paragraphs separated by blank lines; br becomes a line break. */
  private static String toParagraphs(Element body) {
    StringBuilder sb = new StringBuilder();
    body.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element p = t.parent();
          boolean pre = p != null && (p.normalName().equals("pre") || p.parents().is("pre"));
          sb.append(pre ? t.getWholeText() : SPACES.matcher(t.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) {
            sb.append('\n');
          } else if (BLOCKS.contains(e.normalName())) {
            sb.append("\n\n");
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          sb.append("\n\n");
        }
      }
    });
    // tidy: strip each line; TextCleaner splits on blank lines
    StringBuilder out = new StringBuilder();
    for (String line : sb.toString().split("\n", -1)) {
      out.append(line.strip()).append('\n');
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
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
