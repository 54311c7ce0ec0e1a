package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The link-list rule: three or more lines of the body in a row whose letters are all link text (a
 * list of related stories or a menu, one link a line, inside the story's own table cell) are not
 * the article's prose and are left out. A linked line inside a paragraph of prose (a talk's title
 * over its summary) is not link text here; the text's first line (the headline) is never in a list;
 * a lone linked line ("Related: ...", a source's address) is kept. Applied after the teaser rules,
 * for which such lines are evidence ({@link TextCleaner}).
 */
final class LinkLists {

  /** Lines of links in a row that make a list. */
  static final int MIN_RUN = 3;
  /** Chars outside links that make a paragraph prose. */
  private static final int MIN_PROSE = 30;

  private LinkLists() {}

  /** The positions, in the decoded page, of the chars of the text inside links ({@code a href}) under {@code roots}. */
  static BitSet linkedChars(List<Element> roots, PageStats stats) {
    BitSet linked = new BitSet();
    int[] depth = {0};
    NodeVisitor visitor = new NodeVisitor() {
      @Override
      public void head(Node node, int d) {
        if (node instanceof Element e && isLink(e)) {
          depth[0]++;
        } else if (node instanceof TextNode t && depth[0] > 0 && !inProse(t, stats)) {
          Range r = t.sourceRange();
          if (r.isTracked()) {
            linked.set(r.startPos(), r.endPos());
          }
        }
      }

      @Override
      public void tail(Node node, int d) {
        if (node instanceof Element e && isLink(e)) {
          depth[0]--;
        }
      }
    };
    for (Element root : roots) {
      depth[0] = 0;
      for (Element p = root.parent(); p != null; p = p.parent()) {
        depth[0] += isLink(p) ? 1 : 0;
      }
      NodeTraversor.traverse(visitor, root);
    }
    return linked;
  }

  /**
   * The text node's paragraph is a {@code p} with prose outside its links: a linked line in it (a
   * talk's title over its summary, "Vanessa Berlowitz: How to survive ...") is the author's.
   */
  private static boolean inProse(TextNode t, PageStats stats) {
    for (Element p = (Element) t.parent(); p != null; p = p.parent()) {
      if (PageStats.BLOCKS.contains(p.normalName())) {
        PageStats.Info i = stats.info(p);
        return p.normalName().equals("p") && i != null && i.text - i.link >= MIN_PROSE;
      }
    }
    return false;
  }

  private static boolean isLink(Element e) {
    return e.normalName().equals("a") && e.hasAttr("href");
  }

  /**
   * Drops the runs of {@link #MIN_RUN} or more live units in a row (units without letters between them
   * aside) whose letters are all at {@code linked} positions; the first unit is never one.
   */
  static void drop(List<Unit> all, BitSet linked) {
    if (linked == null || linked.isEmpty()) {
      return;
    }
    List<Unit> live = Units.live(all);
    List<Unit> run = new ArrayList<>();
    for (int k = 1; k <= live.size(); k++) {
      Unit u = k < live.size() ? live.get(k) : null;
      if (u != null && !hasLetter(u)) {
        continue;
      }
      if (u != null && linkOnly(u, linked)) {
        run.add(u);
        continue;
      }
      if (run.size() >= MIN_RUN) {
        run.forEach(x -> x.dropped = true);
      }
      run.clear();
    }
  }

  private static boolean hasLetter(Unit u) {
    return u.text.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean linkOnly(Unit u, BitSet linked) {
    int letters = 0;
    for (int i = 0; i < u.text.length(); i++) {
      if (!Character.isLetter(u.text.charAt(i))) {
        continue;
      }
      int at = u.offset(i);
      if (at < 0 || !linked.get(at)) {
        return false;
      }
      letters++;
    }
    return letters > 0;
  }
}
