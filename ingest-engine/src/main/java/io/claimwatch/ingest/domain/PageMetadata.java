package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a page says of itself in markup: meta tags, JSON-LD, time elements and byline elements. */
final class PageMetadata {

  private static final String DATE_METAS = "meta[property=article:published_time], meta[name=article:published_time],"
      + " meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate],"
      + " meta[name=publish-date], meta[name=dc.date.issued], meta[name=DC.date.issued]";
  private static final String AUTHOR_METAS =
      "meta[name=author], meta[property=author], meta[name=byl], meta[name=sailthru.author]";
  private static final String AUTHOR_ELEMENTS = "[rel=author], [itemprop=author], .byline, .author, .article-author";
  private static final String JSON_LD = "script[type=application/ld+json]";
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,64})\"");
  private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"|\"([^\"]{2,80})\")");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");
  /** A byline element longer than this is not a byline. */
  private static final int MAX_BYLINE = 80;

  private PageMetadata() {}

  /**
   * The publication date: a meta tag, else JSON-LD's datePublished, else a time element outside chrome;
   * null when none parses.
   */
  static DateEvidence date(Document doc, Element root, PageStats stats) {
    LocalDate d = Dates.parseMachine(meta(doc, DATE_METAS));
    if (d != null) {
      return DateEvidence.of(d, DateEvidence.Source.META);
    }
    for (Element script : doc.select(JSON_LD)) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find() && (d = Dates.parseMachine(m.group(1))) != null) {
        return DateEvidence.of(d, DateEvidence.Source.JSON_LD);
      }
    }
    d = timeDate(doc, root, stats);
    return d != null ? DateEvidence.of(d, DateEvidence.Source.TIME_ELEMENT) : null;
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

  /** The author: meta author, JSON-LD author, else a byline element; without a leading "By". */
  static String byline(Document doc, Element root, PageStats stats) {
    String b = meta(doc, AUTHOR_METAS);
    if (b == null) {
      for (Element script : doc.select(JSON_LD)) {
        Matcher m = JSON_LD_AUTHOR.matcher(script.data());
        if (m.find()) {
          b = m.group(1) != null ? m.group(1) : m.group(2);
          break;
        }
      }
    }
    if (b == null) {
      for (Element e : root.select(AUTHOR_ELEMENTS)) {
        PageStats.Info i = stats.info(e);
        if (i == null || i.text > MAX_BYLINE) {
          continue;
        }
        String t = e.text().strip();
        if (!t.isEmpty() && t.length() <= MAX_BYLINE) {
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

  /** The content of the first of the matching meta tags that has one; null when none. */
  static String meta(Document doc, String query) {
    for (Element e : doc.select(query)) {
      String c = e.attr("content").strip();
      if (!c.isEmpty()) {
        return c;
      }
    }
    return null;
  }
}
