package io.claimwatch.ingest.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A date line left in the clean text: among its first lines, a short line or byline segment ("Wire
 * Staff | March 3, 2022", "Published 10:42 GMT, May 6, 2025") that holds a full date and nothing else
 * but date-line words ({@code cleaning/date-line-words.txt}), times, time zones and weekday names.
 */
final class DateLines {

  /** Date lines are looked for among the first lines, as cleaning looks for them among the first units. */
  private static final int MAX_LINES = TextCleaner.TOP_UNITS;
  private static final int MAX_CHARS = 3000;
  private static final int MAX_LINE_CHARS = 120;
  private static final int MAX_SEGMENT_CHARS = 60;

  /** Separators of a byline or date line: "Bloomberg Businessweek | August 30, 2011". */
  private static final Pattern SEPARATORS = Pattern.compile("\\s[|•·]\\s");
  private static final Pattern FULL_DATE = Pattern.compile(
      "\\b(?<m1>(?i:" + Dates.MONTH + "))\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})\\b"
          + "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>(?i:" + Dates.MONTH + ")),?\\s+(?<y2>\\d{4})\\b"
          + "|\\b(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})\\b");
  private static final Pattern WORDS = Lexicon.anywhere("date-line-words.txt");
  private static final Pattern OTHER = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\b[ap]m\\b|\\b[A-Z]{2,4}\\b|\\b(?:"
      + Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .collect(Collectors.joining("|")) + ")\\b|[,:|•·/()–—-]");

  private DateLines() {}

  /** The date of the first date line among the first lines of the text, or null. */
  static LocalDate firstIn(String text) {
    int lines = 0;
    for (int i = 0; i < text.length() && lines < MAX_LINES && i < MAX_CHARS; ) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(i, end).strip();
      i = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      lines++;
      if (line.length() > MAX_LINE_CHARS) {
        continue;
      }
      for (String segment : SEPARATORS.split(line)) {
        LocalDate d = segment.length() > MAX_SEGMENT_CHARS ? null : aloneIn(segment);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The full date of a segment that holds nothing else but date-line words, or null. */
  private static LocalDate aloneIn(String segment) {
    Matcher m = FULL_DATE.matcher(segment);
    if (!m.find()) {
      return null;
    }
    LocalDate d = m.group("iy") != null ? Dates.of(m.group("iy"), m.group("im"), m.group("id"))
        : m.group("m1") != null ? Dates.of(m.group("y1"), Dates.month(m.group("m1")), m.group("d1"))
        : Dates.of(m.group("y2"), Dates.month(m.group("m2")), m.group("d2"));
    if (d == null) {
      return null;
    }
    String rest = segment.substring(0, m.start()) + " " + segment.substring(m.end());
    rest = OTHER.matcher(WORDS.matcher(rest).replaceAll(" ")).replaceAll(" ");
    return rest.isBlank() ? d : null;
  }
}
