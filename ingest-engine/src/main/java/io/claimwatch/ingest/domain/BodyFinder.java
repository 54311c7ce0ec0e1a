package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the elements that hold a page's body: the page's article container ({@code <article>},
 * {@code articleBody}, {@code <main>}) when it has one; else the element {@link BlockScorer} scores
 * highest, with its siblings that score near it or hold prose.
 */
final class BodyFinder {

  /** A container the page names must hold this many chars of text. */
  static final int MIN_CONTAINER_TEXT = 200;
  /** A sibling that scores this much, and a fifth of the top element's score, is body too. */
  private static final double MIN_SIBLING_SCORE = 10;
  private static final double SIBLING_SHARE = 0.2;
  /** A sentence's end (a short sibling paragraph that ends one is body). */
  static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]?\\s*$");

  private BodyFinder() {}

  /**
   * The article container: the largest article (of 200 chars or more), else articleBody, else main;
   * else the page's body, where {@link #bodyOf} scores; null when there is no body.
   */
  static Element root(Document doc, PageStats stats) {
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
    if (best != null && bestText >= MIN_CONTAINER_TEXT) {
      return best;
    }
    for (String q : List.of("[itemprop=articleBody]", "main", "[role=main]")) {
      Elements found = doc.select(q);
      // several (NYT marks each paragraph articleBody): the scoring finds their container
      Element e = found.size() == 1 ? found.get(0) : null;
      if (e != null && stats.info(e) != null && !stats.info(e).dropped && stats.info(e).text >= MIN_CONTAINER_TEXT) {
        return e;
      }
    }
    Element body = doc.body() != null ? doc.body() : doc;
    if (best != null && BlockScorer.top(stats) == null) {
      return best; // a short article, and no prose elsewhere
    }
    return body;
  }

  /**
   * A fifth of the top element's score for a sibling of the same class: the article's text split
   * into two containers by an ad or a share bar ("articleBody", then "articleBody" again), where the
   * first holds only the lead paragraph (Readability's sibling rule).
   */
  private static double sameClassBonus(Element top, Element sibling, PageStats stats) {
    String cls = top.className();
    return !cls.isEmpty() && cls.equals(sibling.className()) ? stats.info(top).score * SIBLING_SHARE : 0;
  }

  /**
   * The elements that hold the body, in document order: a container the page names is taken whole;
   * in a page that names none, the best-scoring parent of prose and its siblings that belong to it.
   */
  static List<Element> bodyOf(Element root, PageStats stats) {
    if (root != root.ownerDocument() && !root.normalName().equals("body")) {
      return List.of(root);
    }
    Element top = BlockScorer.top(stats);
    if (top == null) {
      return List.of(root);
    }
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(MIN_SIBLING_SCORE, stats.info(top).score * SIBLING_SHARE);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      PageStats.Info i = stats.info(sibling);
      if (sibling == top) {
        out.add(sibling);
      } else if (i == null || i.dropped || i.boilerplate || i.text == 0) {
        continue;
      } else if (i.candidate && i.score + sameClassBonus(top, sibling, stats) >= threshold) {
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
}
