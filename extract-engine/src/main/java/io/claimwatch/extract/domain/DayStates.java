package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * States of a day ({@code keys/day-states.txt}): rule {@code dating.day-state}. Output or capacity an event that goes
 * on holds off, told with the day it held on ("746,338 barrels per day (bpd) of crude production ... shut as of
 * Sunday"), is the figure of that day: dated that day alone, not from the event's first day, and keyed to that day, so
 * that Saturday's and Sunday's shut-ins of one storm are two quantities. Stateless.
 */
final class DayStates {

  static final String RULE = "dating.day-state";

  private static final ConceptLexicon STATES = ConceptLexicon.load("/keys/day-states.txt");

  private DayStates() {}

  /**
   * Whether the sentence [from, to) tells output or capacity held off: a word of the state and a word of what is held.
   * Read once a sentence ({@link ClaimKeys.Position#heldOff}), for the claim's dates and its key's window alike.
   */
  static boolean held(String text, int from, int to) {
    List<String> words = FrameReader.words(text, from, to);
    boolean state = false, what = false;
    for (int i = 0; i < words.size() && !(state && what); i++) {
      ConceptLexicon.Match m = STATES.matchOrForm(words, i);
      if (m == null) continue;
      state |= "state".equals(m.concept());
      what |= "held".equals(m.concept());
    }
    return state && what;
  }

  /**
   * The one day a sentence that tells a state of the day ({@code held}: {@link #held}) gives it ({@code start}, {@code end}:
   * the dates its own words give, either may be null; the day a statement is dated, "said on Saturday that ... was shut
   * in", when they give none), or null: no such state, or no single day.
   */
  static PartialDate day(boolean held, PartialDate start, PartialDate end) {
    PartialDate day = end != null ? end : start;
    if (day == null || day.toLocalDate() == null || start != null && end != null && !start.equals(end)) return null;
    return held ? day : null;
  }

  /** {@link #day} as a key's window [day, day], or null. */
  static LocalDate[] window(boolean held, PartialDate start, PartialDate end) {
    PartialDate day = day(held, start, end);
    return day == null ? null : new LocalDate[] {day.toLocalDate(), day.toLocalDate()};
  }
}
