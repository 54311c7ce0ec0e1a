package io.claimwatch.ingest.domain;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Chooses a page's headline element and cleans its titles: the first h1 of the body's container that
 * is not site chrome nor the site's name, else such an h1 anywhere, else an h2 or h3 that repeats the
 * page's title.
 */
final class HeadlineFinder {

  /** A path of at most one segment ("", "/", "/blog/"), no query: a site's or a section's home page. */
  private static final Pattern HOME_HREF = Pattern.compile("(?i)^(https?://[^/?#]+|//[^/?#]+)?/?[^/?#]*/?$");
  private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile("^(.{3,}?)\\s+\\|\\s+[^|]{1,60}$");
  /** A title with the site's name after a separator: "Headline « Blog", "Headline - Site", "Headline :: Site". */
  private static final Pattern TITLE_SITE_NAME =
      Pattern.compile("^(.{15,}?)\\s+(?:[|«»·•:\u2013\u2014-]{1,2})\\s+([^|«»·•:\u2013\u2014-]{1,60})$");
  /** A title shorter than this is not looked for among the page's h2 and h3. */
  private static final int MIN_TITLE_HEADING = 15;

  /** A standfirst holds this many chars at least (a sentence, not a label or a date) ... */
  private static final int MIN_STANDFIRST = 40;
  /** ... and at most this many (a summary, not the story). */
  private static final int MAX_STANDFIRST = 400;
  /** The tags a standfirst is written in. */
  private static final Set<String> STANDFIRST_TAGS = Set.of("h2", "h3", "h4", "p");

  private HeadlineFinder() {}

  /**
   * The standfirst: the heading or paragraph right after the headline that sums the story up in a
   * sentence ("Millions of Dollars Planned for Programs to Curb Pandemic ..."), in plain words
   * without links, never chrome or furniture; null when the headline is followed by anything else.
   */
  static Element standfirst(Element headline, PageStats stats) {
    Element next = headline == null ? null : headline.nextElementSibling();
    if (next == null || !STANDFIRST_TAGS.contains(next.normalName())) {
      return null;
    }
    PageStats.Info i = stats.info(next);
    if (i == null || i.chrome || i.furniture || i.furnitureAbove) {
      return null;
    }
    int text = i.text;
    if (i.dropped) {
      // inside the headline's own <header>, which is never body: the standfirst is dropped with its
      // headline (the page measured no text in it), and kept as the headline is
      if (!inHeader(headline, stats) || PageStats.selfDropped(next, next.normalName())
          || !next.select("a[href]").isEmpty()) {
        return null;
      }
      text = next.text().strip().length();
    } else if (i.link > 0) {
      return null;
    }
    return text >= MIN_STANDFIRST && text <= MAX_STANDFIRST ? next : null;
  }

  /** The headline's parent is a {@code <header>} that nothing above it drops (no hidden box, no nav). */
  private static boolean inHeader(Element headline, PageStats stats) {
    Element parent = headline.parent();
    PageStats.Info p = parent == null ? null : stats.info(parent);
    return p != null && parent.normalName().equals("header") && (p.parent == null || !p.parent.dropped);
  }

  /** The headline element; null when the page has none. */
  static Element headline(Document doc, Element root, PageStats stats, String title) {
    Element h1 = h1(root, stats);
    if (h1 == null) {
      h1 = h1(doc, stats);
    }
    return h1 != null ? h1 : titleHeading(doc, stats, title);
  }

  /**
   * The first h1 that is not a site logo, not inside navigation, footer or sidebar, and not the site's
   * name (an h1 that is all one link to the site's home page, as blogs print their name).
   */
  private static Element h1(Element scope, PageStats stats) {
    for (Element h1 : scope.select("h1")) {
      PageStats.Info i = stats.info(h1);
      if (i != null && !i.chrome && !homeLink(h1, i)) {
        return h1;
      }
    }
    return null;
  }

  /** All of the element's text is inside one link, and that link goes to a home page. */
  private static boolean homeLink(Element h, PageStats.Info i) {
    if (i.text == 0 || i.link < i.text) {
      return false;
    }
    Elements links = h.select("a[href]");
    return links.size() == 1 && HOME_HREF.matcher(links.get(0).attr("href").strip()).matches();
  }

  /**
   * A heading (h2, h3) outside chrome whose text is the page's title, or the title without the site's
   * name after a separator ("Headline « Blog", "Headline - Site"): a blog whose h1 is its name, with
   * each post's headline in an h2; null when none.
   */
  private static Element titleHeading(Document doc, PageStats stats, String title) {
    if (title == null || title.length() < MIN_TITLE_HEADING) {
      return null;
    }
    String whole = Units.matchKey(title);
    Matcher m = TITLE_SITE_NAME.matcher(whole);
    String bare = m.matches() ? m.group(1).strip() : whole;
    for (Element h : doc.select("h2, h3")) {
      PageStats.Info i = stats.info(h);
      if (i == null || i.chrome || i.dropped || i.text > whole.length() + 10) {
        continue;
      }
      String key = Units.matchKey(h.text());
      if (key.equals(whole) || key.equals(bare)) {
        return h;
      }
    }
    return null;
  }

  /** "Headline | Site" -> "Headline"; null for a blank or missing title. */
  static String stripSiteSuffix(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    Matcher m = TITLE_SITE_SUFFIX.matcher(title.strip());
    return m.matches() ? m.group(1).strip() : title.strip();
  }
}
