package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Rule {@code key.market-day}: a market's price or move is of one trading day, so its key holds that day, not the
 * article's event's window. "EADS shares eased 0.4 percent to 25.75 euros" in a story of 20 February and "EADS shares
 * closed down 1.8 percent at 25.45 euros" in one of 27 February about strikes that may last months are two days'
 * prices; so are "RIM shares fell to $93.25" on Monday and "to finish at $91.50 on the Nasdaq market on Tuesday" of one
 * outage. A day its sentence names is the day alone; the day of publication that {@link DatingRule#MARKET_DAY},
 * {@link DatingRule#MARKET_PRICE} or {@link DatingRule#MARKET_RUN} gave (no day named) is that day or the one before it,
 * the trading day a report filed the morning after tells. Stateless.
 */
final class MarketKeyDays {

  static final String RULE = "key.market-day";

  private MarketKeyDays() {}

  /**
   * Whether a figure tells a market's price or move: its clause [clause[0], clause[1]) does ({@link TimeResolver#marketMove}),
   * or it is a price or a percentage (a currency of {@code currencies}, "%") whose sentence up to its clause does ("RIM's
   * volatile shares fell $2.97, or 3.14 percent, to finish at $91.50 on the Nasdaq market on Tuesday").
   */
  static boolean traded(TimeResolver time, TimeResolver.Context ctx, int sentenceStart, int[] clause, String unit, Set<String> currencies) {
    if (time.marketMove(ctx, clause)) return true;
    return ("%".equals(unit) || currencies.contains(unit)) && sentenceStart < clause[0] && time.marketMove(ctx, new int[] {sentenceStart, clause[1]});
  }

  /**
   * The window of a claim's key: {@code own}, the dates its sentence gave it, when a market rule gave them or, with
   * {@code traded} (its clause tells a market's price or move: {@link TimeResolver#marketMove}), its sentence names one
   * day; else null. {@code pub}, the day of publication.
   */
  static LocalDate[] window(boolean traded, TimeResolver.EventDates own, LocalDate pub) {
    LocalDate a = own.start() == null ? null : own.start().toLocalDate();
    LocalDate b = own.end() == null ? null : own.end().toLocalDate();
    if (a == null || !a.equals(b) || PartialDate.period(own.start())) return null;
    if (TimeResolver.tradingDay(own)) return new LocalDate[] {a.equals(pub) ? a.minusDays(1) : a, a};
    return traded && own.startFrom() != null ? new LocalDate[] {a, a} : null;
  }
}
