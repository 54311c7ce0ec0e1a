package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** key.rate-span ({@link RateSpans}, keys/rate-spans.txt): a rate's span of time is part of what it measures. */
class RateSpansTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2011, 10, 30);

  @Test
  void theRulesExampleKeysItsFigureApart() {
    List<ExtractedClaim> cs = all("Lufthansa strike grounds flights\n\n" + RateSpans.EXAMPLE + "\n", PUBLISHED);
    assertThat(key(cs, RateSpans.EXAMPLE_FIGURE).place()).contains(RateSpans.EXAMPLE_FACET);
  }

  @Test
  void aDailyWeeklyAndWholeCostAreThreeQuantities() {
    // fresh-au's Qantas grounding: the cost a day (past its conversion in brackets), a week, and since September
    List<ExtractedClaim> cs = all("Qantas grounds fleet in strike dispute\n\nQantas chief executive Alan Joyce estimated the grounding would "
        + "cost the company A$20 million ($21.4 million) a day. The dispute was costing it A$15 million a week. Qantas said it had lost "
        + "about A$70 million since September.\n", PUBLISHED);
    assertThat(key(cs, "A$20 million").place()).contains("#per-day");
    assertThat(key(cs, "$21.4 million").place()).contains("#per-day");
    assertThat(key(cs, "A$15 million").place()).contains("#per-week");
    assertThat(key(cs, "about A$70 million").place()).doesNotContain("#per-");
  }

  @Test
  void everyDayEachDayAndDailyAreOneSpan() {
    assertThat(RateSpans.of("", " every day Iberia workers strike", "USD")).isEqualTo("#per-day");
    assertThat(RateSpans.of("", " each day", "USD")).isEqualTo("#per-day");
    assertThat(RateSpans.of("", " daily flights", "")).isEqualTo("#per-day");
    assertThat(RateSpans.of("", " people a day", "")).isEqualTo("#per-day");
    assertThat(RateSpans.of("", " in annual revenue", "USD")).isEmpty();
    assertThat(RateSpans.of("", " vehicle-per-year plant", "")).isEqualTo("#per-year");   // fresh-an's Maruti plant
    assertThat(RateSpans.of("", "-1,800 yuan ($249-$264) a month including overtime", "USD")).isEqualTo("#per-month");   // a range
    assertThat(RateSpans.of("", " hourly workers walked off the job", "")).isEmpty();   // paid by the hour, no rate
  }

  @Test
  void aSpanInTheNounBeforeTheFigureIsItsSpan() {
    // fresh-aq: "analyst Stefan Kick estimated the cost per day of strikes at around 10 million euros"
    assertThat(RateSpans.of("analyst Stefan Kick estimated the cost per day of strikes at ", "", "USD")).isEqualTo("#per-day");
    assertThat(RateSpans.of("Shell has shut in daily production of ", " barrels of oil", "bbl")).isEqualTo("#per-day");
    // fresh-au: the daily cost names how the weekend's loss was reckoned; the loss is a total
    assertThat(RateSpans.of("Qantas's estimates of the daily cost of a grounding suggests it lost another ", "", "USD")).isEmpty();
  }

  @Test
  void aFigureThatGoesOnWithAnotherEventKeepsItsOwnSpan() {
    assertThat(RateSpans.keptOn("#per-year @CA @CA.10", "#per-day murdochville")).isEqualTo("#per-year murdochville");
    assertThat(RateSpans.keptOn("@CA", "#per-day murdochville")).isEqualTo("murdochville");
  }

  @Test
  void aTimeATotalFellInARateAlreadyAndAShareAreNoSpan() {
    assertThat(RateSpans.of("", " a week earlier", "")).isEmpty();   // "down from 180 a week earlier"
    assertThat(RateSpans.of("", " a year ago", "USD")).isEmpty();
    assertThat(RateSpans.of("", " people in a day", "")).isEmpty();
    assertThat(RateSpans.of("", " a day-long strike", "")).isEmpty();
    assertThat(RateSpans.of("", " barrels per day", "barrel/day")).isEmpty();
    assertThat(RateSpans.of("", " a year", "%")).isEmpty();
  }
}
