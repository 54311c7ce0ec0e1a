package io.claimwatch.ingest.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Conservative date parsing for publication dates (English month names and ISO dates only). */
final class Dates {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));

  static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final String TIME =
      "(?:\\s*(?:,|at|-|–|—|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
          + "(?:\\s*\\(?(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?)?";
  private static final String PREFIX =
      "(?:(published|posted|updated|last updated|first published|date)\\s*(?:on|at)?\\s*:?\\s*)?";

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** "May 6, 2025", "Tuesday, May 6 2025". */
  private static final Pattern MDY = Pattern.compile(
      "(?i)" + PREFIX + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
  /** "6 May 2025", "Tuesday 6 May, 2025". */
  private static final Pattern DMY = Pattern.compile(
      "(?i)" + PREFIX + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
  /** "2025-05-06", "2025-05-06T10:00:00Z", "Published: 2025-05-06 10:00". */
  private static final Pattern ISO_LINE = Pattern.compile(
      "(?i)" + PREFIX + "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
          + "(?:Z|[+-]\\d{2}:?\\d{2})?)?" + TIME);

  private Dates() {}

  /** A date from machine-readable metadata: an ISO date(-time) prefix, else an English date. */
  static LocalDate parseMachine(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    Matcher m = ISO.matcher(v);
    if (m.lookingAt()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    DateLine line = parseLine(v);
    return line == null ? null : line.date();
  }

  /** A visible dateline: the whole (short) line must be a date, optionally with a prefix and a time. */
  record DateLine(LocalDate date, boolean updated) {}

  static DateLine parseLine(String line) {
    if (line == null || line.length() > 80) {
      return null;
    }
    String s = line.strip();
    Matcher m = MDY.matcher(s);
    if (m.matches()) {
      return line(m.group(1), of(m.group(4), month(m.group(2)), m.group(3)));
    }
    m = DMY.matcher(s);
    if (m.matches()) {
      return line(m.group(1), of(m.group(4), month(m.group(3)), m.group(2)));
    }
    m = ISO_LINE.matcher(s);
    if (m.matches()) {
      return line(m.group(1), of(m.group(2), m.group(3), m.group(4)));
    }
    return null;
  }

  private static DateLine line(String prefix, LocalDate date) {
    if (date == null) {
      return null;
    }
    boolean updated = prefix != null && prefix.toLowerCase(Locale.ROOT).contains("updated");
    return new DateLine(date, updated);
  }

  static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer n = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
    return n == null ? null : String.valueOf(n);
  }

  static LocalDate of(String year, String month, String day) {
    if (year == null || month == null || day == null) {
      return null;
    }
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2200) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
