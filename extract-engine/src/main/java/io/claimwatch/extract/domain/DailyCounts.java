package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of a day ({@code keys/daily-counts.txt}): rule {@code daily-count}, a count of a kind the world counts day by
 * day (flights cancelled or delayed) whose own sentence dates it to one day is keyed to that day alone, with no slack:
 * "200 flights were canceled as of Thursday evening" and "150 flights have been canceled as of 1 p.m. on Friday" are
 * two days' counts, not one quantity updated. A running level (a toll, a share contained, homes without power) is not
 * such a kind: a later day's figure of it updates the earlier one, and its window stays the event's.
 */
final class DailyCounts {

  private static final ConceptLexicon DAILY = ConceptLexicon.load("/keys/daily-counts.txt");

  private DailyCounts() {}

  /**
   * The window of a count of {@code kind} dated by its own sentence ({@code start}, {@code end}, either may be null):
   * that one day, when the kind is counted by the day (seats, what an airline offers, not in an article whose event, {@code
   * cause}, is an election) and the dates give one and the same day; else null.
   */
  static LocalDate[] window(String kind, PartialDate start, PartialDate end, String cause) {
    String concept = kind.isEmpty() ? null : DAILY.first(List.of(kind));
    // an airline's seats of a day, not an assembly's seats in an article of an election
    if (!"daily".equals(concept) && !("offered".equals(concept) && !"assembly".equals(DAILY.first(List.of(cause == null ? "" : cause))))) return null;
    LocalDate a = start == null ? null : start.toLocalDate();
    LocalDate b = end == null ? null : end.toLocalDate();
    LocalDate day = a != null ? a : b;
    if (day == null || a != null && b != null && !a.equals(b) || start != null && a == null || end != null && b == null) return null;
    return new LocalDate[] {day, day};
  }
}
