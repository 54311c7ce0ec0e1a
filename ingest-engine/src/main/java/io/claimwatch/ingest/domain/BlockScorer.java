package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Scores elements as parents of prose paragraphs (Readability's idea): each paragraph of
 * {@link #MIN_PARAGRAPH} chars or more adds 1 + its commas + a point per 100 chars, up to 3, to its
 * parent in full, its grandparent in half, and less to three more ancestors; an element starts from a
 * score of its tag, and its class or id weighs 25 for or against ({@link PageStats.Info#weight}); the
 * sum is scaled by the share of its text outside links ({@link #weight} says where a class or id
 * weighs nothing). The page is scored once; the scores stay in its {@link PageStats}.
 */
final class BlockScorer {

  /** A paragraph shorter than this adds nothing to its ancestors' score. */
  private static final int MIN_PARAGRAPH = 25;
  /** Elements whose own text counts as a paragraph. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "div", "section", "li",
      "dd");
  /** How many ancestors of a paragraph share its points. */
  private static final int LEVELS = 5;

  /** A sentence's end after a word: the text of a cell holds a sentence. */
  private static final Pattern SENTENCE = Pattern.compile("\\p{Ll}[.!?][\"'\u201d\u2019)]?(\\s|$)");

  private BlockScorer() {}

  /**
   * The element with the highest content score in the page (scored once); null when no paragraph
   * scored or none scores above 0. A short post's container is the top element however little text it
   * holds: the whole page body, its menus and link lists, is a worse guess.
   */
  static Element top(PageStats stats) {
    if (stats.scored) {
      return stats.top;
    }
    stats.scored = true;
    List<Map.Entry<Element, PageStats.Info>> candidates = new ArrayList<>();
    for (Map.Entry<Element, PageStats.Info> x : stats.all()) {
      PageStats.Info i = x.getValue();
      Element e = x.getKey();
      if (i.dropped || i.boilerplate || i.ownText < MIN_PARAGRAPH || !PARAGRAPH_TAGS.contains(e.normalName())) {
        continue;
      }
      double points = 1 + i.ownCommas + Math.min(i.ownText / 100, 3);
      PageStats.Info a = i.parent;
      Element ae = e.parent();
      for (int level = 0; level < LEVELS && a != null && ae != null; level++, a = a.parent, ae = ae.parent()) {
        if (!a.candidate) {
          a.candidate = true;
          a.score = initialScore(ae) + weight(ae, a, stats);
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
    stats.top = top != null && best > 0 ? top : null;
    return stats.top;
  }

  /**
   * The weight of the element's class and id where it says something. Not on a wrapper of the whole
   * page (nine tenths of its text or more: an "obj_main" round the menus, the story and the footer
   * says nothing of where the story is): the page-wrapper rule. Nor, for a class that names content,
   * on a table cell of less than a container's worth of text ({@link BodyFinder#MIN_CONTAINER_TEXT})
   * without a sentence: in a table layout a cell's class is its font ("txt_content_small" round a
   * date line), not its role: the styled-cell rule.
   */
  static int weight(Element e, PageStats.Info i, PageStats stats) {
    if ((long) i.text * 10 >= (long) stats.total * 9) {
      return 0;
    }
    boolean styledCell = i.weight > 0 && e.normalName().equals("td") && i.text < BodyFinder.MIN_CONTAINER_TEXT
        && !SENTENCE.matcher(e.text()).find();
    return styledCell ? 0 : i.weight;
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
}
