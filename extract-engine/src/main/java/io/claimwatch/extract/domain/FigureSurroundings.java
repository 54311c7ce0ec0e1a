package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the text right around a figure says, read without tagging: a year, a name, a verb before it. */
final class FigureSurroundings {

  private FigureSurroundings() {}

  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+");
  /** A year, not a time of day written in four digits ("at 1850 GMT", "at 0400 local time", "1850 hours"). */
  private static final Pattern YEAR = Pattern.compile(
      "\\b(?<!\\bat\\s)(1[5-9]\\d\\d|20\\d\\d)\\b(?!\\s*(?:GMT|UTC|hrs|hours|local\\s+time|[ap]\\.?m\\b))");
  /** The word before a figure's hedge ("killed" in "killed almost 150"). */
  private static final Pattern WORD_BEFORE_FIGURE = Pattern.compile("(\\p{L}+)\\s+$");

  /** A year [ss, se) names that lies before the article's event (or its publication), or null. */
  static Integer yearBefore(String text, int ss, int se, EventFrame frame, LocalDate pub) {
    LocalDate now = frame.earliest() != null ? frame.latest() : pub;
    if (now == null) return null;
    Matcher m = YEAR.matcher(text).region(ss, se);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y < now.getYear() - 1 || (y < now.getYear() && frame.date() != null)) return y;
    }
    return null;
  }

  /** The capitalised word nearest before the figure in [from, figureStart), as written, that starts no sentence; null if none. */
  static String nameBefore(String text, int from, int figureStart) {
    Matcher m = CAPITALISED.matcher(text).region(from, figureStart);
    String last = null;
    while (m.find()) {
      int k = m.start() - 1;
      while (k >= 0 && text.charAt(k) == ' ') k--;
      boolean sentenceStart = k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0;
      if (!sentenceStart && figureStart - m.end() < 25) last = m.group();
    }
    return last;
  }

  /** The word right before a figure's hedge (at {@code hedgeStart}), lower-cased; null if none. */
  static String wordBefore(String text, int hedgeStart) {
    Matcher m = WORD_BEFORE_FIGURE.matcher(text.substring(Math.max(0, hedgeStart - 40), hedgeStart));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
