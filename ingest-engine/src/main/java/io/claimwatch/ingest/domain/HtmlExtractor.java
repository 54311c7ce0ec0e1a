package io.claimwatch.ingest.domain;

import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in an HTML document: its body as paragraphs separated by blank lines, its title
 * and its machine-readable publication date. Text-level cleaning happens afterwards, in
 * {@link TextCleaner}.
 *
 * <p>The body's elements come from {@link BodyFinder} (the page's article container, else the
 * best-scoring parent of prose paragraphs, {@link BlockScorer}); {@link BodyRenderer} turns them into
 * text, leaving out what is never prose (navigation, figures and their captions, forms, hidden
 * elements), elements whose class marks furniture (share bars, newsletter boxes, related stories) and
 * boxes made mostly of links. The headline ({@link HeadlineFinder}) goes in front of the body. Every
 * pass over the page is linear in its size ({@link PageStats}).
 */
final class HtmlExtractor {

  /**
   * What the page gives: the body text (with, for each char, its index in the decoded document or
   * -1), the title, the headline put in front of the body, the machine-readable date and the byline.
   */
  record Extracted(String text, int[] offsets, String title, String headline, DateEvidence date, String byline,
      BitSet linked) {}

  private HtmlExtractor() {}

  /**
   * @param source the document as parsed (decoded), for the offsets; null leaves the text unmapped
   */
  static Extracted extract(Document doc, String source, CleaningBudget budget) {
    PageStats stats = PageStats.of(doc, budget);
    Element root = BodyFinder.root(doc, stats);
    String ogTitle = HeadlineFinder.stripSiteSuffix(
        PageMetadata.meta(doc, "meta[property=og:title], meta[name=og:title]"));
    String docTitle = HeadlineFinder.stripSiteSuffix(doc.title());
    Element h1 = HeadlineFinder.headline(doc, root, stats, ogTitle != null ? ogTitle : docTitle);
    String headline = firstText(h1);
    String title = ogTitle != null ? ogTitle : headline != null ? headline : docTitle;
    DateEvidence date = PageMetadata.date(doc, root, stats);
    String byline = PageMetadata.byline(doc, root, stats);

    List<Element> body = BodyFinder.bodyOf(root, stats);
    int total = 0;
    for (Element e : body) {
      total += stats.info(e).text;
    }
    MappedText text = BodyRenderer.render(body, stats, Math.max(total, 1), stats.total, source, budget);
    if (total > 0 && text.toString().codePoints().noneMatch(Character::isLetterOrDigit)) {
      // everything in the body was furniture or link boxes: keep them rather than nothing (what is
      // never prose stays out)
      text = BodyRenderer.render(body, stats, 0, 0, source, budget);
    }
    if (PhotoCaptions.proseless(text.toString())) {
      // a photo page (a slideshow's slide): its caption is the only prose it has
      MappedText caption = PhotoCaptions.longest(stats, source, budget);
      if (caption != null) {
        text = text.isEmpty() ? caption : text.appendAdded("\n\n").append(caption);
      }
    }
    Element standfirst = HeadlineFinder.standfirst(h1, stats);
    if (standfirst != null && (outside(standfirst, body) || stats.info(standfirst).dropped)) {
      // outside the body, or in the headline's <header>, which the body leaves out
      text = BodyRenderer.render(List.of(standfirst), null, 1, 1, source, budget).appendAdded("\n\n").append(text);
    }
    String lead = headline != null ? headline : ogTitle;
    if (lead != null) {
      MappedText withLead = headline != null ? leadText(lead, h1, source, budget) : null;
      if (withLead == null) {
        withLead = new MappedText().appendAdded(lead);
      }
      text = withLead.appendAdded("\n\n").append(text);
    }
    return new Extracted(text.toString(), text.offsets(), title, lead, date, byline,
        source == null ? null : LinkLists.linkedChars(body, stats));
  }

  /** Whether {@code e} is neither inside one of the body's elements nor holds one. */
  private static boolean outside(Element e, List<Element> body) {
    for (Element b : body) {
      if (within(e, b) || within(b, e)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code e} is {@code ancestor} or inside it. */
  private static boolean within(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The headline mapped to its element's text when that renders to the same string; else null. */
  private static MappedText leadText(String lead, Element h1, String source, CleaningBudget budget) {
    MappedText t = BodyRenderer.render(List.of(h1), null, 1, 1, source, budget);
    return t.toString().equals(lead) ? t : null;
  }

  private static String firstText(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }
}
