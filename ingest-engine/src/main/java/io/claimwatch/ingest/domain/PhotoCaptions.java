package io.claimwatch.ingest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The photo page's caption: a slideshow's slide or a photo page shows its headline, a one-line summary
 * and one picture, and the picture's caption is the only prose the page has. Captions are furniture
 * everywhere else (the body renders without them); when the body holds no prose, the page's longest
 * caption is its text.
 */
final class PhotoCaptions {

  /**
   * A body with fewer letters than this, none of its lines a caption's length, holds no prose (the
   * headline again, a slideshow's title, "Celebrity Monokini Madness").
   */
  static final int MAX_PROSELESS_LETTERS = 200;
  /** A caption must be a sentence or more: this many chars. */
  private static final int MIN_CAPTION = 80;
  /** ... and mostly outside links (not a teaser's thumbnail). */
  private static final double MAX_LINK_DENSITY = 0.25;

  private static final Lexicon CAPTION_TOKENS = Lexicon.load("html-caption-tokens.txt");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=\\p{Ll})(?=\\p{Lu})");

  private PhotoCaptions() {}

  /**
   * Whether a rendered body holds no prose: fewer than {@link #MAX_PROSELESS_LETTERS} letters, and no
   * line of {@link #MIN_CAPTION} chars or more.
   */
  static boolean proseless(String body) {
    int letters = 0;
    for (String line : body.split("\n")) {
      if (line.strip().length() >= MIN_CAPTION) {
        return false;
      }
      letters += (int) line.chars().filter(Character::isLetter).count();
    }
    return letters < MAX_PROSELESS_LETTERS;
  }

  /**
   * The page's longest caption of {@link #MIN_CAPTION} chars or more, mostly outside links, neither in
   * site chrome, comments or other furniture, nor hidden; its credit (a furniture child) left out.
   * Null when there is none.
   */
  static MappedText longest(PageStats stats, String source, CleaningBudget budget) {
    Element best = null;
    int bestText = MIN_CAPTION - 1;
    for (Map.Entry<Element, PageStats.Info> x : stats.all()) {
      PageStats.Info i = x.getValue();
      if (i.text <= bestText || i.dropped || i.chrome || i.comments || i.furnitureAbove || !i.furniture
          || i.linkDensity() > MAX_LINK_DENSITY || !namesCaption(x.getKey())) {
        continue;
      }
      best = x.getKey();
      bestText = i.text;
    }
    if (best == null) {
      return null;
    }
    MappedText t = BodyRenderer.render(List.of(best), stats, bestText, stats.total, source, budget);
    return proseless(t.toString()) ? null : t;
  }

  /** Whether the element's class or id has a caption token ("caption", "wp-caption-text", "photoCaption"). */
  static boolean namesCaption(Element e) {
    for (String attr : List.of(e.className(), e.id())) {
      for (String token : TOKEN_SPLIT.split(attr)) {
        if (!token.isEmpty() && CAPTION_TOKENS.matches(token.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
