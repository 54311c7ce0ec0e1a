package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The window of days a claim's key holds its event in ({@link ClaimKeys}): the article's event's days, unless the
 * claim's sentence dates its figure (a stated period, a year its event is given, a day of a daily count), and whether
 * that date sets the figure apart from the article's event (background). Stateless.
 */
final class KeyWindows {

  private KeyWindows() {}

  /**
   * A claim's window [earliest, latest] (either may be null: open), whether it is of another event than the
   * article's, whether its own date sets it apart, whether its stated period holds the whole event's days (a
   * statistic of the period), and the start of the date its sentence gives it (null if none).
   */
  record Dated(LocalDate earliest, LocalDate latest, boolean background, boolean datedApart, boolean periodTotal, PartialDate ownStart) {}

  /**
   * @param text the article, its sentence [ss, se)
   * @param own the event dates the claim's sentence gives (either may be null)
   * @param sentenceCauses the kinds of event the sentence names
   * @param span how long the claim's kind of event lasts
   * @param background whether the sentence already tells another event than the article's
   * @param kind what the figure counts, as keyed; "price" for a share's price or move (share-price-day, {@code keys/daily-counts.txt})
   * @param past whether the article reports a proceeding over its event ({@link Proceedings})
   * @param held whether the sentence tells output or capacity held off ({@link DayStates#held})
   * @param traded whether the claim's clause tells a market's price or move ({@link MarketKeyDays})
   */
  static Dated of(String text, int ss, int se, EventFrame frame, TimeResolver.EventDates own, LocalDate pub, List<String> sentenceCauses,
                  EventFrame.Span span, boolean background, String kind, boolean past, boolean held, boolean traded) {
    LocalDate[] window = {frame.earliest(), frame.latest()};
    boolean datedApart = false, periodTotal = false;
    PartialDate ownStart = own.start(), ownEnd = own.end();
    if (ownStart == null && ownEnd == null && !sentenceCauses.isEmpty()) {
      // "The 1960 Agadir earthquake killed about 12,000 people": a year the sentence gives its event
      Integer year = FigureSurroundings.yearBefore(text, ss, se, frame, pub);
      if (year != null) ownStart = ownEnd = PartialDate.year(year);
    }
    if ((ownStart != null || ownEnd != null) && frame.cause().isEmpty()) {
      // no event, a statistic: the period it is of is the quantity's ("jobs created in September" is
      // not August's figure)
      window = EventFrame.window(ownStart, ownEnd, EventFrame.Span.EXACT);
    } else if (ownStart != null || ownEnd != null) {
      // stated-period: "output last year", "in the first two months of 1987": a stated month or year is the period
      // the figure is of, with no slack around it and not widened to the event's days
      boolean period = PartialDate.period(ownStart) && PartialDate.period(ownEnd);
      LocalDate[] w = EventFrame.window(ownStart, ownEnd, period ? EventFrame.Span.EXACT : span);
      boolean apart = frame.earliest() != null && !EventFrame.overlap(w[0], w[1], frame.earliest(), frame.latest());
      if (apart || frame.date() == null || background || period) {
        window = w;
      } else if (span != EventFrame.Span.SUDDEN) {
        // an event that goes on: the days the claim counts ("between August 6 and May 25") with the article's
        window = new LocalDate[] {w[0].isBefore(window[0]) ? w[0] : window[0], w[1].isAfter(window[1]) ? w[1] : window[1]};
      }
      background = background || apart;
      datedApart = apart;
      // period-total: "150,000 acres have burned across the state so far in 2025" in a report of one fire: a stated
      // period that holds the whole event's days is a statistic of the period, another quantity than the event's count
      periodTotal = period && frame.earliest() != null && frame.latest() != null && w[0] != null && w[1] != null && !w[0].isAfter(frame.earliest())
          && !w[1].isBefore(frame.latest()) && w[1].toEpochDay() - w[0].toEpochDay() > frame.latest().toEpochDay() - frame.earliest().toEpochDay();
    } else if (frame.date() == null && pub != null) {
      window = EventFrame.windowBefore(pub, span);
      if (past) window[0] = null;   // proceeding-past-event: a trial's event is of any time before the report
    }
    LocalDate[] day = MarketKeyDays.window(traded, own, pub);   // key.market-day: a share price of its trading day
    if (day == null && !background) day = DailyCounts.window(kind, ownStart, ownEnd, frame.cause());   // daily-count: "flights canceled on Friday"
    if (day == null && !background) day = DayStates.window(held, own.start(), own.end());   // dating.day-state: a shut-in of the day
    if (day != null) window = day;
    // share-price-day: a price (a share's price or move) its sentence dates to no day is of the story's trading day or the day before
    if (day == null && !background && "price".equals(kind) && own.start() == null && own.end() == null && pub != null) {
      window = new LocalDate[] {pub.minusDays(1), pub};
    }
    return new Dated(window[0], window[1], background, datedApart, periodTotal, ownStart);
  }
}
