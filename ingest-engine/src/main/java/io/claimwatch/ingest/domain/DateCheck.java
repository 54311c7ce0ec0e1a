package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a visible date against the dates the article's own text mentions, and infers a lower bound
 * of the publication date when there is no trusted one.
 *
 * <p><b>The rule.</b> The text's date mentions are found (English month names, capitalised; ISO
 * dates) and those in a sentence about the future ("will", "is due", "scheduled", "next", ...) are set
 * aside. Each remaining mention is resolved against the candidate date D and sorted:
 *
 * <ul>
 *   <li>a <i>month-day without a year</i> ("On August 14", "14 August"): news omits the year only for
 *       recent dates, so it resolves to its latest occurrence no later than D + 7 days; within
 *       {@value #RECENT_DAYS} days before D it is <b>near</b>, else <b>far</b>;
 *   <li>a <i>full date</i> ("August 6, 2024", "2024-08-06"): more than a day after D is <b>far</b> (the
 *       text reports something after its supposed date); within {@value #RECENT_DAYS} days before D it
 *       is <b>near</b>; longer before it is background ("since February 24, 2022") and counts for
 *       neither;
 *   <li>a <i>month and year</i> ("in August 2025"): starting after D is <b>far</b>; ending within
 *       {@value #RECENT_DAYS} days before D is <b>near</b>; else background.
 * </ul>
 *
 * D is <b>contradicted</b> when there is at least one far mention and more far than near ones.
 * Weekday references ("on Wednesday", "yesterday") fit any date and are not used.
 *
 * <p>Only the first {@value #MAX_CHARS} characters are searched.
 *
 * <p>{@link PublicationDating} decides with it which date is the publication date.
 *
 * <p><b>Lower bound.</b> Without a trusted date, the text was written no earlier than the latest date
 * it mentions as past: the latest full date, or the first day of the latest month-and-year, outside
 * future sentences.
 */
final class DateCheck {

  /** How far before the date a mention still counts as recent news. */
  static final int RECENT_DAYS = 45;
  /** How far after the date a yearless mention may still lie (the next days' schedule). */
  private static final int AHEAD_DAYS = 7;

  // A word boundary where a month name (every one starts with one of these initials) or a day can begin. The
  // one-char lookahead comes first: the matcher tries a pattern at every position, and the boundary test
  // and the 24 names cost far more than looking at one char.
  private static final String MONTH_START = "(?=[ADFJMNOS])\\b";
  private static final String DAY_START = "(?=\\d)\\b";
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern FULL_MDY =
      Pattern.compile(MONTH_START + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b");
  private static final Pattern FULL_DMY =
      Pattern.compile(DAY_START + "(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + MONTH + ",?\\s(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("(?=\\d)(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern MONTH_DAY =
      Pattern.compile(MONTH_START + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile(DAY_START + "(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + MONTH + "\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_START + MONTH + "\\s(?:of\\s)?(\\d{4})\\b");
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(will|won't|shall|'ll|is due|are due|due to|scheduled|planned|plans to|set to|expected to"
          + "|upcoming|next|forthcoming)\\b");

  enum Kind { FULL, MONTH_DAY, MONTH_YEAR }

  /** A date the text mentions; {@code year} is 0 for a month-day, {@code day} 0 for a month-year. */
  record Mention(Kind kind, int year, int month, int day, boolean future, int start) {}

  /** The outcome of checking one date against the text. */
  record Verdict(boolean contradicted, int near, int far) {}

  private DateCheck() {}

  /** Only the first chars are searched for mentions: any article's dates, at a bounded cost. */
  static final int MAX_CHARS = 100_000;

  static List<Mention> mentions(String fullText) {
    return mentions(fullText, true);
  }

  /**
   * With {@code shortcuts} false, the slow path the tests compare with: month patterns tried at every capitalised
   * month initial, {@link Character#isLetterOrDigit} for every char, the sentence copied for the future test.
   */
  static List<Mention> mentions(String fullText, boolean shortcuts) {
    String text = fullText.length() > MAX_CHARS ? fullText.substring(0, MAX_CHARS) : fullText;
    List<Mention> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    Starts starts = Starts.of(text, shortcuts);
    scan(text, starts.months(), FULL_MDY, Kind.FULL, 3, 1, 2, taken, out, shortcuts);
    scan(text, starts.days(), FULL_DMY, Kind.FULL, 3, 2, 1, taken, out, shortcuts);
    scan(text, starts.iso(), ISO, Kind.FULL, 1, 2, 3, taken, out, shortcuts);
    scan(text, starts.months(), MONTH_YEAR, Kind.MONTH_YEAR, 2, 1, 0, taken, out, shortcuts);
    scan(text, starts.months(), MONTH_DAY, Kind.MONTH_DAY, 0, 1, 2, taken, out, shortcuts);
    scan(text, starts.days(), DAY_MONTH, Kind.MONTH_DAY, 0, 2, 1, taken, out, shortcuts);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * The positions where the patterns can begin, found in one pass: a month name's initial ({@code months})
   * or a digit ({@code days}) after no letter or digit, as their leading lookahead and word boundary
   * ask; a digit after no digit ({@code iso}), as the ISO pattern's lookbehind asks (which also
   * refuses a '-' before it). Supersets: each pattern checks its own start.
   */
  private record Starts(int[] months, int[] days, int[] iso) {

    static Starts of(String text, boolean shortcuts) {
      Positions months = new Positions(), days = new Positions(), iso = new Positions();
      boolean afterDigit = false, afterLetterOrDigit = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean digit = c >= '0' && c <= '9';
        if (digit) {
          if (!afterDigit) {
            iso.add(i);
          }
          if (!afterLetterOrDigit) {
            days.add(i);
          }
        } else if (!afterLetterOrDigit && isMonthInitial(c) && (!shortcuts || monthPrefixAt(text, i))) {
          months.add(i);
        }
        afterDigit = digit;
        // ASCII fast path: a letter or digit below 128 is [A-Za-z0-9]; Character.isLetterOrDigit only beyond
        afterLetterOrDigit = shortcuts && c < 128 ? digit || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Character.isLetterOrDigit(c);
      }
      return new Starts(months.toArray(), days.toArray(), iso.toArray());
    }

    /** Every month name (English, capitalised) starts with one of these. */
    private static boolean isMonthInitial(char c) {
      return c == 'A' || c == 'D' || c == 'F' || c == 'J' || c == 'M' || c == 'N' || c == 'O' || c == 'S';
    }

    /**
     * Whether a month name can start at {@code i}: each of the pattern's names, full or short ("Sept"), begins
     * with its month's three letters ("Jan" ... "Dec"), so a capitalised word that does not ("Minister",
     * "Officials") is no start and the three month patterns are not tried there.
     */
    static boolean monthPrefixAt(String text, int i) {
      if (i + 3 > text.length()) {
        return false;
      }
      char a = text.charAt(i), b = text.charAt(i + 1), c = text.charAt(i + 2);
      return switch (a) {
        case 'J' -> b == 'a' && c == 'n' || b == 'u' && (c == 'n' || c == 'l');
        case 'F' -> b == 'e' && c == 'b';
        case 'M' -> b == 'a' && (c == 'r' || c == 'y');
        case 'A' -> b == 'p' && c == 'r' || b == 'u' && c == 'g';
        case 'S' -> b == 'e' && c == 'p';
        case 'O' -> b == 'c' && c == 't';
        case 'N' -> b == 'o' && c == 'v';
        case 'D' -> b == 'e' && c == 'c';
        default -> false;
      };
    }
  }

  /** A growing list of ints. */
  private static final class Positions {
    private int[] at = new int[16];
    private int size;

    void add(int i) {
      if (size == at.length) {
        at = java.util.Arrays.copyOf(at, size * 2);
      }
      at[size++] = i;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(at, size);
    }
  }

  /**
   * What {@code p.matcher(text)}'s {@code find()} loop finds, tried only at {@code starts} (every
   * pattern begins with a lookahead for one of those chars and a word boundary): each match is
   * looked for from the end of the one before. Groups: the group index of year, month and day (0: none).
   */
  private static void scan(String text, int[] starts, Pattern p, Kind kind, int yearGroup, int monthGroup, int dayGroup,
      boolean[] taken, List<Mention> out, boolean shortcuts) {
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    for (int start : starts) {
      if (start < from || !m.region(start, text.length()).lookingAt()) {
        continue;
      }
      from = m.end();
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      String monthText = m.group(monthGroup);
      String monthNumber = Character.isDigit(monthText.charAt(0)) ? monthText : Dates.month(monthText);
      if (monthNumber == null) {
        continue;
      }
      int month = Integer.parseInt(monthNumber);
      int year = yearGroup == 0 ? 2000 : Integer.parseInt(m.group(yearGroup)); // 2000: a leap year, for Feb 29
      int day = dayGroup == 0 ? 1 : Integer.parseInt(m.group(dayGroup));
      LocalDate valid = Dates.of(String.valueOf(year), String.valueOf(month), String.valueOf(day));
      if (valid == null) {
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        taken[i] = true;
      }
      out.add(new Mention(kind, yearGroup == 0 ? 0 : year, month, dayGroup == 0 ? 0 : day,
          inFutureSentence(text, m.start(), m.end(), shortcuts), m.start()));
    }
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean inFutureSentence(String text, int start, int end, boolean shortcuts) {
    int from = start;
    while (from > 0 && !sentenceBreak(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !sentenceBreak(text.charAt(to))) {
      to++;
    }
    // the sentence as a region with opaque bounds: what the pattern finds in text.substring(from, to), without the copy
    return shortcuts ? FUTURE.matcher(text).region(from, to).find() : FUTURE.matcher(text.substring(from, to)).find();
  }

  /** The end of a sentence: . ! ? or a line break. */
  private static boolean sentenceBreak(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
  }

  /** Checks {@code date} against the mentions (see the class comment for the rule). */
  static Verdict check(LocalDate date, List<Mention> mentions) {
    int near = 0;
    int far = 0;
    for (Mention m : mentions) {
      if (m.future()) {
        continue;
      }
      switch (m.kind()) {
        case MONTH_DAY -> {
          LocalDate r = resolveYearless(m, date);
          if (r == null) {
            continue;
          }
          if (ChronoUnit.DAYS.between(r, date) <= RECENT_DAYS) {
            near++;
          } else {
            far++;
          }
        }
        case FULL -> {
          LocalDate r = LocalDate.of(m.year(), m.month(), m.day());
          long before = ChronoUnit.DAYS.between(r, date);
          if (before < -1) {
            far++;
          } else if (before <= RECENT_DAYS) {
            near++;
          }
        }
        case MONTH_YEAR -> {
          LocalDate first = LocalDate.of(m.year(), m.month(), 1);
          LocalDate last = first.plusMonths(1).minusDays(1);
          if (first.isAfter(date)) {
            far++;
          } else if (ChronoUnit.DAYS.between(last, date) <= RECENT_DAYS) {
            near++;
          }
        }
      }
    }
    return new Verdict(far > 0 && far > near, near, far);
  }

  /** The latest occurrence of the month-day no later than {@code date} + 7 days. */
  static LocalDate resolveYearless(Mention m, LocalDate date) {
    LocalDate limit = date.plusDays(AHEAD_DAYS);
    for (int y = limit.getYear(); y >= limit.getYear() - 4; y--) {
      LocalDate d = Dates.of(String.valueOf(y), String.valueOf(m.month()), String.valueOf(m.day()));
      if (d != null && !d.isAfter(limit)) {
        return d;
      }
    }
    return null;
  }

  /** The latest full date or month start the text mentions as past; null when none. */
  static LocalDate latestMentioned(List<Mention> mentions) {
    LocalDate latest = null;
    for (Mention m : mentions) {
      if (m.future() || m.kind() == Kind.MONTH_DAY) {
        continue;
      }
      LocalDate d = LocalDate.of(m.year(), m.month(), m.kind() == Kind.FULL ? m.day() : 1);
      if (latest == null || d.isAfter(latest)) {
        latest = d;
      }
    }
    return latest;
  }
}
