package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Teasers of other articles: a teaser heading ("Read more", "Most read", {@code teaser-markers.txt})
 * and the items after it, each a headline, an optional one-paragraph summary and an optional reading
 * time ({@code reading-time.txt}).
 */
final class Teasers {

  private static final Lexicon MARKERS = Lexicon.load("teaser-markers.txt");
  private static final Lexicon READING_TIME = Lexicon.load("reading-time.txt");
  /** A teaser summary is one short paragraph. */
  private static final int MAX_SUMMARY = 400;
  private static final int MAX_HEADLINE = 160;
  private static final Pattern TITLE_END = Pattern.compile("[.:;,…]$");

  private Teasers() {}

  static boolean isMarker(Unit u) {
    return MARKERS.matches(u);
  }

  static boolean isReadingTime(Unit u) {
    return READING_TIME.matches(u);
  }

  /**
   * After a teaser heading, drop the teaser items that follow. Items are dropped while each carries
   * evidence of being a teaser (a reading time or a summary cut with an ellipsis, or a run of bare
   * headlines); when the items run to the end of the document they are all dropped. A heading
   * followed directly by body prose (a scraped widget whose contents are missing) loses only itself.
   */
  static void drop(List<Unit> all) {
    List<Unit> live = Units.live(all);
    for (int m = 0; m < live.size(); m++) {
      if (!isMarker(live.get(m))) {
        continue;
      }
      live.get(m).dropped = true;
      List<int[]> items = new ArrayList<>(); // {from, toExclusive, evidence}
      int i = m + 1;
      while (i < live.size()) {
        Unit u = live.get(i);
        if (isReadingTime(u) || isMarker(u)) {
          break; // a further marker starts its own block
        }
        if (!headlineLike(u.key)) {
          break;
        }
        int j = i + 1;
        boolean ellipsis = false;
        if (j < live.size() && !headlineLike(live.get(j).key) && !isReadingTime(live.get(j))
            && !isMarker(live.get(j)) && live.get(j).key.length() <= MAX_SUMMARY) {
          ellipsis = live.get(j).key.endsWith("...") || live.get(j).key.endsWith("…");
          j++;
        }
        boolean readingTime = false;
        if (j < live.size() && isReadingTime(live.get(j))) {
          readingTime = true;
          j++;
        }
        boolean bareRun = j == i + 1 && j < live.size() && headlineLike(live.get(j).key);
        items.add(new int[] {i, j, (readingTime || ellipsis || bareRun) ? 1 : 0});
        i = j;
      }
      boolean toEnd = i >= live.size();
      int dropUntil = m + 1;
      for (int[] item : items) {
        if (item[2] == 1 || toEnd) {
          dropUntil = item[1];
        } else {
          break;
        }
      }
      for (int k = m + 1; k < dropUntil; k++) {
        live.get(k).dropped = true;
      }
      m = Math.max(m, dropUntil - 1);
    }
  }

  /** A short line that reads as a headline: starts with a capital, digit or quote; no sentence end. */
  private static boolean headlineLike(String key) {
    if (key.isEmpty() || key.length() > MAX_HEADLINE || TITLE_END.matcher(key).find() || key.endsWith("...")) {
      return false;
    }
    if (key.split(" ").length < 2) {
      return false;
    }
    int c = key.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '«';
  }
}
