package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in an HTML document: its body as paragraphs separated by blank lines, its title
 * and its machine-readable publication date. Text-level cleaning happens afterwards, in
 * {@link TextCleaner}.
 *
 * <p>The body: the page's article container ({@code <article>}, {@code articleBody}, {@code <main>})
 * when it has one; else the element that scores highest as the parent of prose paragraphs (each
 * paragraph of 25 chars or more adds 1 + its commas + a point per 100 chars, up to 3, to its parent in
 * full, its grandparent in half, and less to three more ancestors; an element's class or id weighs 25
 * for or against; the sum is scaled by the share of text outside links), with its siblings that score
 * near it or hold prose. Inside the body, elements that are never prose (navigation, figures and
 * their captions, forms, hidden ones), elements whose class marks furniture (share bars, newsletter
 * boxes, related stories) and lists or boxes made mostly of links are skipped. Every pass over the page
 * is linear in its size ({@link PageStats}).
 */
final class HtmlExtractor {

  /**
   * What the page gives: the body text (with, for each char, its index in the decoded document or
   * -1), the title, the headline put in front of the body, the machine-readable date and the byline.
   */
  record Extracted(String text, int[] offsets, String title, String headline, DateEvidence date, String byline) {}

  /** A body found by scoring must hold at least this many chars of text, else the whole page body is kept. */
  private static final int MIN_SCORED_TEXT = 250;
  /** ... unless it scores this much (a short post in a page marked up as one). */
  private static final double MIN_SCORE = 25;
  /** A paragraph shorter than this adds nothing to its ancestors' score. */
  private static final int MIN_PARAGRAPH = 25;
  private static final java.util.Set<String> PARAGRAPH_TAGS = java.util.Set.of("p", "pre", "td", "blockquote", "div",
      "section", "li", "dd");
  private static final java.util.Set<String> BOXES = java.util.Set.of("div", "section", "ul", "ol", "table", "dl",
      "aside", "center", "article");

  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,64})\"");
  private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile("^(.{3,}?)\\s+\\|\\s+[^|]{1,60}$");
  private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"|\"([^\"]{2,80})\")");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]?\\s*$");

  private HtmlExtractor() {}

  /**
   * @param source the document as parsed (decoded), for the offsets; null leaves the text unmapped
   */
  static Extracted extract(Document doc, String source, CleaningBudget budget) {
    PageStats stats = PageStats.of(doc, budget);
    Element root = chooseRoot(doc, stats);
    Element h1 = headlineElement(root, stats);
    if (h1 == null) {
      h1 = headlineElement(doc, stats);
    }
    String ogTitle = stripSiteSuffix(meta(doc, "meta[property=og:title], meta[name=og:title]"));
    String docTitle = stripSiteSuffix(doc.title().isBlank() ? null : doc.title().strip());
    if (h1 == null) {
      h1 = titleHeading(doc, stats, ogTitle != null ? ogTitle : docTitle);
    }
    String headline = firstText(h1);
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
      d = timeDate(doc, root, stats);
      if (d != null) {
        date = d;
        dateSource = DateEvidence.Source.TIME_ELEMENT;
      }
    }

    String byline = byline(doc, root, stats);

    List<Element> body = bodyOf(root, stats);
    int total = 0;
    for (Element e : body) {
      total += stats.info(e).text;
    }
    MappedText text = toParagraphs(body, stats, Math.max(total, 1), stats.total, source, budget);
    if (total > 0 && text.toString().codePoints().noneMatch(Character::isLetterOrDigit)) {
      // everything in the body was furniture or link boxes: keep them rather than nothing (what is
      // never prose stays out)
      text = toParagraphs(body, stats, 0, 0, source, budget);
    }
    String lead = headline != null ? headline : ogTitle;
    if (lead != null) {
      MappedText withLead = headline != null ? leadText(lead, h1, source, budget) : null;
      if (withLead == null) {
        withLead = new MappedText().appendAdded(lead);
      }
      text = withLead.appendAdded("\n\n").append(text);
    }
    return new Extracted(text.toString(), text.offsets(), title, lead, DateEvidence.of(date, dateSource), byline);
  }

  /** The headline mapped to its element's text when that renders to the same string; else null. */
  private static MappedText leadText(String lead, Element h1, String source, CleaningBudget budget) {
    MappedText t = toParagraphs(List.of(h1), null, 1, 1, source, budget);
    return t.toString().equals(lead) ? t : null;
  }

  /** The author: meta author, JSON-LD author, else a byline element; without a leading "By". */
  private static String byline(Document doc, Element root, PageStats stats) {
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
        PageStats.Info i = stats.info(e);
        if (i == null || i.text > 80) {
          continue;
        }
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

  /**
   * The first h1 that is not a site logo, not inside navigation, footer or sidebar, and not the site's
   * name (an h1 that is all one link to the site's home page, as blogs print their name).
   */
  private static Element headlineElement(Element scope, PageStats stats) {
    for (Element h1 : scope.select("h1")) {
      PageStats.Info i = stats.info(h1);
      if (i != null && !i.chrome && !homeLink(h1, i)) {
        return h1;
      }
    }
    return null;
  }

  /** A path of at most one segment ("", "/", "/blog/"), no query: a site's or a section's home page. */
  private static final Pattern HOME_HREF = Pattern.compile("(?i)^(https?://[^/?#]+|//[^/?#]+)?/?[^/?#]*/?$");

  /** All of the element's text is inside one link, and that link goes to a home page. */
  private static boolean homeLink(Element h, PageStats.Info i) {
    if (i.text == 0 || i.link < i.text) {
      return false;
    }
    org.jsoup.select.Elements links = h.select("a[href]");
    return links.size() == 1 && HOME_HREF.matcher(links.get(0).attr("href").strip()).matches();
  }

  /** A heading (h2, h3) outside chrome whose text is the page's title; null when none. */
  private static Element titleHeading(Document doc, PageStats stats, String title) {
    if (title == null || title.length() < 15) {
      return null;
    }
    String want = TextCleaner.matchKey(title);
    for (Element h : doc.select("h2, h3")) {
      PageStats.Info i = stats.info(h);
      if (i != null && !i.chrome && !i.dropped && i.text <= want.length() + 10 && TextCleaner.matchKey(h.text()).equals(want)) {
        return h;
      }
    }
    return null;
  }

  /**
   * The article container: the largest article (of 200 chars or more), else articleBody, else main;
   * else the page's body, where {@link #bodyOf} scores; null when there is no body.
   */
  private static Element chooseRoot(Document doc, PageStats stats) {
    Element best = null;
    int bestText = -1;
    for (Element a : doc.select("article")) {
      PageStats.Info i = stats.info(a);
      if (i == null || i.dropped || i.furniture || i.furnitureAbove) {
        continue;
      }
      if (best == null || i.text > bestText) {
        best = a;
        bestText = i.text;
      }
    }
    if (best != null && bestText >= 200) {
      return best;
    }
    for (String q : List.of("[itemprop=articleBody]", "main", "[role=main]")) {
      org.jsoup.select.Elements found = doc.select(q);
      // several (NYT marks each paragraph articleBody): the scoring finds their container
      Element e = found.size() == 1 ? found.get(0) : null;
      if (e != null && stats.info(e) != null && !stats.info(e).dropped && stats.info(e).text >= 200) {
        return e;
      }
    }
    Element body = doc.body() != null ? doc.body() : doc;
    if (best != null && topCandidate(body, stats) == null) {
      return best; // a short article, and no prose elsewhere
    }
    return body;
  }

  /**
   * The elements that hold the body, in document order: a container the page names is taken whole;
   * in a page that names none, the best-scoring parent of prose and its siblings that belong to it.
   */
  private static List<Element> bodyOf(Element root, PageStats stats) {
    if (root != root.ownerDocument() && !root.normalName().equals("body")) {
      return List.of(root);
    }
    Element top = topCandidate(root, stats);
    if (top == null) {
      return List.of(root);
    }
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, stats.info(top).score * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      PageStats.Info i = stats.info(sibling);
      if (sibling == top) {
        out.add(sibling);
      } else if (i == null || i.dropped || i.boilerplate || i.text == 0) {
        continue;
      } else if (i.candidate && i.score >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p") || sibling.normalName().equals("blockquote")) {
        double ld = i.linkDensity();
        if ((i.text > 80 && ld < 0.25)
            || (i.text <= 80 && ld == 0 && SENTENCE_END.matcher(sibling.text()).find())) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  /**
   * The element with the highest content score in the page (scored once); null when no paragraph
   * scored or the best holds less than {@link #MIN_SCORED_TEXT} chars and scores below {@link #MIN_SCORE}.
   */
  private static Element topCandidate(Element root, PageStats stats) {
    if (stats.scored) {
      return stats.top;
    }
    stats.scored = true;
    List<Map.Entry<Element, PageStats.Info>> candidates = new ArrayList<>();
    for (Map.Entry<Element, PageStats.Info> x : stats.all()) {
      PageStats.Info i = x.getValue();
      Element e = x.getKey();
      if (i.dropped || i.boilerplate || i.ownText < MIN_PARAGRAPH
          || !PARAGRAPH_TAGS.contains(e.normalName())) {
        continue;
      }
      double points = 1 + i.ownCommas + Math.min(i.ownText / 100, 3);
      PageStats.Info a = i.parent;
      Element ae = e.parent();
      for (int level = 0; level < 5 && a != null && ae != null; level++, a = a.parent, ae = ae.parent()) {
        if (!a.candidate) {
          a.candidate = true;
          a.score = initialScore(ae) + a.weight;
          candidates.add(Map.entry(ae, a));
        }
        a.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, PageStats.Info> c : candidates) {
      PageStats.Info i = c.getValue();
      i.score *= 1 - i.linkDensity();
      String tag = c.getKey().normalName();
      if (i.score > best && !tag.equals("html") && !tag.equals("#root") && !i.dropped) {
        best = i.score;
        top = c.getKey();
      }
    }
    stats.top = top != null && (stats.info(top).text >= MIN_SCORED_TEXT || best >= MIN_SCORE) ? top : null;
    return stats.top;
  }

  private static double initialScore(Element e) {
    return switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  private static LocalDate timeDate(Document doc, Element root, PageStats stats) {
    Element t = doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
    if (t == null) {
      for (Element e : root.select("time[datetime]")) {
        PageStats.Info i = stats.info(e);
        if (i != null && !i.furnitureAbove && !i.chrome) {
          t = e;
          break;
        }
      }
    }
    return t == null ? null : Dates.parseMachine(t.attr("datetime"));
  }

  /**
   * Skips what is not prose: dropped elements, furniture that does not hold most of the text (a
   * wrapper class like "has-comments" on the article itself), and boxes made mostly of links.
   */
  private static boolean skip(Element e, PageStats.Info i, int total, int pageTotal) {
    if (i.dropped) {
      return true;
    }
    if (i.comments && i.text * 2 < pageTotal) {
      return true; // the comments under a short post hold most of the post's container, not of the page
    }
    if ((i.furniture || e.normalName().equals("form")) && i.text * 2 < total) {
      return true; // a form that holds the whole page (ASP.NET's) is not a search box
    }
    return BOXES.contains(e.normalName()) && i.text * 2 < total && i.commas < 10 && i.linkDensity() > 0.33;
  }

  /**
   * Block elements become paragraphs separated by blank lines; br becomes a line break; runs of
   * whitespace inside a text node become one space (outside pre); lines are stripped and at most one
   * blank line is kept. Every kept char remembers its index in {@code source}. With {@code stats},
   * what {@link #skip} says is left out.
   */
  private static MappedText toParagraphs(List<Element> roots, PageStats stats, int total, int pageTotal, String source,
      CleaningBudget budget) {
    MappedText sb = new MappedText();
    int[] pre = {0};
    NodeFilter filter = new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        budget.tick();
        if (node instanceof TextNode t) {
          String whole = t.getWholeText();
          int[] offsets = offsets(t, whole, source);
          boolean inSpace = false;
          for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
            if (pre[0] > 0 || !space) {
              sb.append(c, offsets[i]);
              inSpace = false;
            } else if (!inSpace) {
              sb.append(' ', offsets[i]);
              inSpace = true;
            }
          }
        } else if (node instanceof Element e) {
          if (stats != null) {
            PageStats.Info i = stats.info(e);
            if (i != null && depth > 0 && skip(e, i, total, pageTotal)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (i != null && depth == 0 && i.dropped) {
              return FilterResult.SKIP_ENTIRELY;
            }
          }
          String tag = e.normalName();
          if (tag.equals("pre")) {
            pre[0]++;
          }
          if (tag.equals("br")) {
            sb.appendAdded("\n");
          } else if (PageStats.BLOCKS.contains(tag)) {
            sb.appendAdded("\n\n");
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("pre")) {
            pre[0]--;
          }
          if (PageStats.BLOCKS.contains(tag)) {
            sb.appendAdded("\n\n");
          }
        }
        return FilterResult.CONTINUE;
      }
    };
    for (Element root : roots) {
      for (Element p = root.parent(); p != null; p = p.parent()) { // once per root: the body's own ancestors
        if (p.normalName().equals("pre")) {
          pre[0]++;
        }
      }
      NodeTraversor.filter(filter, root);
      pre[0] = 0;
      sb.appendAdded("\n\n");
    }
    return tidy(sb);
  }

  /** Strips each line (as String.strip), keeps at most one blank line, strips the whole. */
  private static MappedText tidy(MappedText sb) {
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
