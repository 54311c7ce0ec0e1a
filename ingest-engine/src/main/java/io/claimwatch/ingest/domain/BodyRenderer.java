package io.claimwatch.ingest.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders the body's elements as text: block elements become paragraphs separated by blank lines,
 * {@code br} a line break, whitespace runs one space (outside {@code pre}); every kept char remembers
 * its index in the decoded page. With the page's {@link PageStats}, what is not prose is left out:
 * dropped elements, furniture that does not hold most of the text, boxes made mostly of links.
 */
final class BodyRenderer {

  /** Elements that may be a box of links (a list of related stories, a tag cloud). */
  private static final Set<String> BOXES = Set.of("div", "section", "ul", "ol", "table", "dl", "aside", "center",
      "article");

  /** A paragraph with links is running text when this many chars of it are outside its links. */
  private static final int MIN_CHARS_OUTSIDE_LINKS = 30;

  private BodyRenderer() {}

  /**
   * The text of {@code roots}, in order; with {@code stats}, what {@link #skip} says is left out,
   * where {@code total} is the text of the whole body and {@code pageTotal} that of the page.
   *
   * @param source the document as parsed (decoded), for the offsets; null leaves the text unmapped
   */
  static MappedText render(List<Element> roots, PageStats stats, int total, int pageTotal, String source,
      CleaningBudget budget) {
    MappedText sb = new MappedText();
    int[] pre = {0};
    boolean[] commentsBegun = {false};
    boolean[] hasText = {false};
    NodeFilter filter = new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        budget.tick();
        if (commentsBegun[0]) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t) {
          appendText(sb, t, source, pre[0] > 0);
          hasText[0] |= !t.isBlank();
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
          if (stats != null && isCommentsAnchor(e, tag) && hasText[0]) {
            commentsBegun[0] = true; // the readers' comments start here and run to the end of the body
            return FilterResult.SKIP_ENTIRELY;
          }
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

  /**
   * An empty link target named for the comments ({@code <a name="comments">}, {@code <a id="respond">}):
   * where a page's comments begin, the article having ended.
   */
  private static boolean isCommentsAnchor(Element e, String tag) {
    if (!tag.equals("a") || e.hasAttr("href") || e.childNodeSize() > 0) {
      return false;
    }
    String target = e.hasAttr("name") ? e.attr("name") : e.id();
    return !target.isEmpty() && PageStats.kindOf(target) == PageStats.COMMENTS;
  }

  /** A text node's chars, whitespace runs as one space unless {@code pre}. */
  private static void appendText(MappedText sb, TextNode t, String source, boolean pre) {
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
  }

  /**
   * Skips what is not prose: dropped elements, furniture that does not hold most of the text (a
   * wrapper class like "has-comments" on the article itself), and boxes made mostly of links that
   * are not one sentence with links in it.
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
    return BOXES.contains(e.normalName()) && i.text * 2 < total && i.commas < 10 && i.linkDensity() > 0.33
        && !linkedSentence(e, i);
  }

  /**
   * One paragraph (no block inside) of running text with links in it: words outside the links, and a
   * sentence's end ("More instructions can be found here. You can download the file thru Fifobooks
   * (we've also linked to it from our home page)."), not a list of links.
   */
  private static boolean linkedSentence(Element e, PageStats.Info i) {
    return i.ownText == i.text && i.text - i.link >= MIN_CHARS_OUTSIDE_LINKS
        && BodyFinder.SENTENCE_END.matcher(e.text()).find();
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
    Arrays.fill(out, -1);
    Range r = t.sourceRange();
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
        String decoded = refEnd < 0 ? null : Parser.unescapeEntities(source.substring(p, refEnd), false);
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
}
