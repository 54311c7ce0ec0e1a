package io.claimwatch.ingest.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dateline that opens a story: where, and often when, it was filed ("KYIV, Aug 6 (Reuters) -",
 * "LAHORE, Pakistan (AP) —", "Kyiv, Ukraine, August 15, 2024 (Reuters) —"). Offsets are UTF-16 chars of
 * the clean text, [start, end).
 *
 * @param place the place as written ("LAHORE, Pakistan")
 * @param date the day it names; null when it names none, or names a month and day whose year the text
 *     does not tell (see {@link #read})
 * @param dateStart where its date phrase starts; -1 when it has none
 * @param dateEnd where its date phrase ends; -1 when it has none
 */
public record StoryDateline(String place, int placeStart, int placeEnd, LocalDate date, int dateStart, int dateEnd) {

  /** A dateline is looked for among the first lines of the text. */
  private static final int MAX_LINES = 15;
  private static final int MAX_CHARS = 3000;

  /** A place's words; desks that file one story together are one place ("NEW YORK/LONDON", "OTTAWA/WILMINGTON"). */
  private static final String PLACE_WORDS = "\\p{Lu}[\\p{L}.'’ -]{0,40}?(?:/\\p{Lu}[\\p{L}.'’ -]{0,40}?){0,3}";
  private static final String MONTH_FIRST =
      "(?<m1>(?i:" + Dates.MONTH + "))\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y1>(?:19|20)\\d{2}))?";
  private static final String DAY_FIRST =
      "(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>(?i:" + Dates.MONTH + "))(?:,?\\s+(?<y2>(?:19|20)\\d{2}))?";
  /**
   * The place (a name, then up to two more: "ZEEBRUGGE, Belgium"), its date ("Aug 6", "6 August",
   * "Jan 19, 2023"), the agency in brackets, and the dash that ends it ("WASHINGTON —", "WASHINGTON—The").
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(?<place>" + PLACE_WORDS + "(?:,\\s*" + PLACE_WORDS + "){0,2}?)"
          + "(?:,\\s*(?<date>" + MONTH_FIRST + "|" + DAY_FIRST + "))?"
          + "\\s*(?<agency>\\([^()\\n]{1,40}\\))?\\s*(?:[-—–]{1,2}(?=\\s|$)|[—–](?=\\p{Lu}))");
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}");
  private static final Pattern YEARS = Pattern.compile("(?<![\\d,.$£€-])(?:19|20)\\d{2}(?![\\d,.]\\d)");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(" + Arrays.stream(DayOfWeek.values())
      .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining("|")) + ")\\b(?!['’]s)");

  /** Whether [from, to) of the text holds one of the dashes that end a {@link #DATELINE}. */
  private static boolean hasDash(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '—' || c == '–') {
        return true;
      }
    }
    return false;
  }

  /**
   * The dateline of the first of the text's first lines that opens with one, or null. A place is
   * taken with no date and no agency only in capitals ("WASHINGTON —"); otherwise one of them must
   * follow it ("Kyiv (Reuters) -"). A month and day without a year take the year in which that day
   * falls on the weekday the lead names ("SEVILLE, Aug 12 (Reuters) - ... on Tuesday"), else in
   * which the lead's weekday is the day before (a story filed the morning after), among the years the
   * text names and the year after each; the latest such year.
   */
  public static StoryDateline read(String text) {
    int lines = 0;
    for (int i = 0; i < text.length() && lines < MAX_LINES && i < MAX_CHARS; ) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? text.length() : nl;
      int start = i;
      i = end + 1;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start == end) {
        continue;
      }
      lines++;
      int regionEnd = Math.min(end, start + 160);
      // every dateline ends with a dash: a line with none is none (the pattern backtracks long on it)
      if (!hasDash(text, start, regionEnd)) {
        continue;
      }
      Matcher m = DATELINE.matcher(text).region(start, regionEnd);
      if (!m.lookingAt()) {
        continue;
      }
      boolean dated = m.group("date") != null;
      if (!dated && m.group("agency") == null && !CAPITALS.matcher(firstPart(m.group("place"))).matches()) {
        continue;
      }
      String place = m.group("place").strip();
      int placeStart = m.start("place");
      if (!dated) {
        return new StoryDateline(place, placeStart, placeStart + place.length(), null, -1, -1);
      }
      LocalDate date = dateOf(m, text, end);
      return new StoryDateline(place, placeStart, placeStart + place.length(), date, m.start("date"), m.end("date"));
    }
    return null;
  }

  private static String firstPart(String place) {
    int comma = place.indexOf(',');
    return (comma < 0 ? place : place.substring(0, comma)).strip();
  }

  /** The day of the date phrase; a yearless one's year from the lead's weekday, or null. */
  private static LocalDate dateOf(Matcher m, String text, int lineEnd) {
    boolean monthFirst = m.group("m1") != null;
    String month = Dates.month(m.group(monthFirst ? "m1" : "m2"));
    String day = m.group(monthFirst ? "d1" : "d2");
    String year = m.group(monthFirst ? "y1" : "y2");
    if (year != null) {
      return Dates.of(year, month, day);
    }
    if (month == null || Dates.of("2000", month, day) == null) {
      return null;
    }
    String rest = text.substring(m.end(), lineEnd);
    int stop = rest.indexOf(". ");
    Matcher w = WEEKDAY.matcher(stop < 0 ? rest : rest.substring(0, stop));
    if (!w.find()) {
      return null;
    }
    DayOfWeek named = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
    TreeSet<Integer> years = new TreeSet<>();
    for (Matcher y = YEARS.matcher(text); y.find(); ) {
      int v = Integer.parseInt(y.group());
      years.add(v);
      years.add(v + 1);
    }
    for (int before = 0; before <= 1; before++) {
      for (int y : years.descendingSet()) {
        LocalDate d = Dates.of(String.valueOf(y), month, day);
        if (d != null && d.minusDays(before).getDayOfWeek() == named) {
          return d;
        }
      }
    }
    return null;
  }
}
