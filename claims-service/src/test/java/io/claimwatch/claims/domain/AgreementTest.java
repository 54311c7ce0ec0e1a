package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static Claim claim(String id, String origin, String low, String high, Hedge hedge, String eventEnd, String published) {
    return new Claim(id, "art-" + id, 0, "q", 0, 1, low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high), hedge, "", "", "soldiers captured", null, null, eventEnd, null,
        Modality.ASSERTED, published, "t", "g", origin, "", null, null);
  }

  private static Claim inUnit(String id, String value, Hedge hedge, String unit, String published) {
    return new Claim(id, "art-" + id, 0, "q", 0, 1, new BigDecimal(value), new BigDecimal(value), hedge, unit, "",
        "fees", null, null, null, null, Modality.ASSERTED, published, "t", "g", "o-" + id, "", null, null);
  }

  @Test
  void aSumAndItsConversionIntoAnotherCurrencyAgreeAtTheScalesRoughRates() {
    Claim rubles = inUnit("r", "6708", Hedge.EXACT, "RUB", "2024-07-20");
    Claim dollars = inUnit("d", "77", Hedge.EXACT, "USD", "2024-07-20");
    Agreement.Pair p = Agreement.judge(rubles, dollars);
    assertThat(p.verdict()).as("6,708 rubles is about $74 at the scale's rate; the article says $77").isEqualTo(Agreement.Verdict.CORROBORATES);
    assertThat(p.reason()).contains("RUB and USD compared in one scale");
    Claim tenfold = inUnit("t", "770", Hedge.EXACT, "USD", "2024-07-20");
    assertThat(Agreement.judge(rubles, tenfold).verdict()).isEqualTo(Agreement.Verdict.CONFLICTS);
  }

  @Test
  void anAreaInAcresAndInSquareMilesIsOneFigureWithoutTheCurrenciesSlack() {
    Claim acres = inUnit("a", "239000", Hedge.EXACT, "acre", "2024-07-20");
    Claim miles = inUnit("m", "373", Hedge.APPROXIMATE, "mi2", "2024-07-20");
    assertThat(Agreement.judge(acres, miles).verdict()).isEqualTo(Agreement.Verdict.CORROBORATES);
    Claim larger = inUnit("l", "450", Hedge.EXACT, "mi2", "2024-07-20");
    assertThat(Agreement.judge(acres, larger).verdict()).as("1,165 km2 is not 967").isEqualTo(Agreement.Verdict.CONFLICTS);
  }

  @Test
  void theEstimateIsInTheUnitOfTheClaimItRestsOnAndLeavesItsConversionOut() {
    Claim euros = inUnit("e", "17250", Hedge.EXACT, "EUR", "2024-07-16");
    Claim dollars = inUnit("d", "18500", Hedge.APPROXIMATE, "USD", "2024-07-16");
    Agreement.Estimate e = Agreement.estimate(List.of(euros, dollars));
    assertThat(e.unit()).isEqualTo("EUR");
    assertThat(e.low()).isEqualByComparingTo("17250");
    assertThat(e.high()).isEqualByComparingTo("17250");
    assertThat(e.basis()).contains("in EUR");
    assertThat(Agreement.estimate(List.of(dollars)).unit()).isEqualTo("USD");
  }

  @Test
  void aLaterHigherCumulativeFigureIsAnUpdate() {
    Claim earlier = claim("a", "o1", "909", "909", Hedge.EXACT, null, "2025-01-16");
    Claim later = claim("b", "o2", "971", "971", Hedge.EXACT, "2025-05-25", "2025-05-26");
    Agreement.Pair p = Agreement.judge(earlier, later);
    assertThat(p.verdict()).isEqualTo(Agreement.Verdict.UPDATES);
    assertThat(p.reason()).contains("2025-05-25");
  }

  @Test
  void aLaterFigureWithinTheEarlierOpenIntervalIsAnUpdateAndTheSameFigureRestatedCorroborates() {
    Claim atLeast = claim("a", "o1", "120", null, Hedge.AT_LEAST, null, "2025-03-03");
    Claim exact = claim("b", "o2", "286", "286", Hedge.EXACT, null, "2025-03-04");
    Claim again = claim("c", "o3", "286", "286", Hedge.EXACT, null, "2025-03-05");
    assertThat(Agreement.judge(atLeast, exact).verdict()).isEqualTo(Agreement.Verdict.UPDATES);
    assertThat(Agreement.judge(exact, again).verdict()).isEqualTo(Agreement.Verdict.CORROBORATES);
  }

  @Test
  void aCumulativeCountThatFallsIsAConflict() {
    Claim talk = claim("a", "o1", "1000", null, Hedge.MORE_THAN, null, "2024-08-20");
    Claim count = claim("b", "o2", "971", "971", Hedge.EXACT, "2025-05-25", null);
    assertThat(Agreement.judge(talk, count).verdict()).isEqualTo(Agreement.Verdict.CONFLICTS);
    assertThat(Agreement.judge(talk, count).reason()).contains("falls");
  }

  @Test
  void compatibleIntervalsForTheSamePeriodCorroborateAndIncompatibleOnesConflict() {
    Claim about = claim("a", "o1", "100", "100", Hedge.APPROXIMATE, "2024-08-14", null);
    Claim exact = claim("b", "o2", "102", "102", Hedge.EXACT, "2024-08-14", null);
    Claim over = claim("c", "o3", "100", null, Hedge.MORE_THAN, "2024-08-14", null);
    Claim fifty = claim("d", "o4", "50", "50", Hedge.EXACT, "2024-08-14", null);
    assertThat(Agreement.judge(about, exact).verdict()).isEqualTo(Agreement.Verdict.CORROBORATES);
    assertThat(Agreement.judge(exact, over).verdict()).isEqualTo(Agreement.Verdict.CORROBORATES);
    assertThat(Agreement.judge(exact, fifty).verdict()).isEqualTo(Agreement.Verdict.CONFLICTS);
    assertThat(Agreement.judge(exact, fifty).reason()).contains("same period");
  }

  @Test
  void theTimelineOrdersByWhenClaimsHoldAndTheEstimateRestsOnTheLatest() {
    Claim talk = claim("a", "o1", "1000", null, Hedge.MORE_THAN, null, "2024-08-20");
    Claim nearly = claim("b", "o2", null, "1000", Hedge.NEARLY, null, "2025-01-16");
    Claim count = claim("c", "o3", "971", "971", Hedge.EXACT, "2025-05-25", null);
    Claim undated = claim("d", "o3", "200", "999", Hedge.VAGUE, null, null);
    Agreement.Assessment a = Agreement.assess(List.of(count, undated, talk, nearly));
    assertThat(a.timeline()).extracting(Claim::id).containsExactly("a", "b", "c", "d");
    assertThat(a.estimate().low()).isEqualByComparingTo("971");
    assertThat(a.estimate().high()).isEqualByComparingTo("971");
    assertThat(a.pairs()).hasSize(6);
    assertThat(a.originCount()).as("claims of one origin count once").isEqualTo(3);
  }

  @Test
  void aRoundHeadlineFigureCorroboratesThePreciseCountItRoundsAndTheEstimateIsThePreciseOne() {
    Claim headline = claim("a", "o1", "1000", "1000", Hedge.EXACT, null, "2025-05-26");
    Claim count = claim("b", "o1", "971", "971", Hedge.EXACT, null, "2025-05-26");
    Claim vague = claim("c", "o1", "200", "999", Hedge.VAGUE, null, "2025-05-26");
    assertThat(Agreement.judge(headline, count).verdict()).isEqualTo(Agreement.Verdict.CORROBORATES);
    Agreement.Estimate e = Agreement.assess(List.of(headline, count, vague)).estimate();
    assertThat(e.low()).isEqualByComparingTo("971");
    assertThat(e.high()).isEqualByComparingTo("971");
  }

  @Test
  void aPreciseFigureIsNotWidenedAndARoundOneOnlyByFivePercent() {
    Claim precise = claim("a", "o1", "1002", "1002", Hedge.EXACT, null, "2025-05-26");
    Claim other = claim("b", "o2", "971", "971", Hedge.EXACT, null, "2025-05-26");
    Claim round = claim("c", "o3", "1000", "1000", Hedge.EXACT, null, "2025-05-26");
    Claim far = claim("d", "o4", "940", "940", Hedge.EXACT, null, "2025-05-26");
    assertThat(Agreement.judge(precise, other).verdict()).isEqualTo(Agreement.Verdict.CONFLICTS);
    assertThat(Agreement.judge(round, far).verdict()).isEqualTo(Agreement.Verdict.CONFLICTS);
  }

  @Test
  void aPageIsJudgedStepByStepAndAgainstTheMostPreciseOfTheLatestClaims() {
    Claim military = claim("m", "om", "909", "909", Hedge.EXACT, null, "2025-02-06");
    Claim talk = claim("t", "ot", "1000", null, Hedge.MORE_THAN, null, "2024-08-16");
    Claim headline = claim("h", "oh", "1000", "1000", Hedge.EXACT, null, "2025-05-26");
    Claim staff = claim("s", "os", "971", "971", Hedge.EXACT, null, "2025-05-26");
    Claim current = Agreement.current(List.of(headline, staff));
    assertThat(current).as("971 states three digits, the headline's 1,000 one").isEqualTo(staff);

    Agreement.PageVerdicts v = Agreement.judgePage(talk, List.of(military, headline, staff), current);
    assertThat(v.steps()).extracting(p -> p.earlier() + ">" + p.later() + " " + p.verdict())
        .containsExactly("t>m CONFLICTS", "m>h UPDATES", "h>s CORROBORATES");
    assertThat(v.againstCurrent()).extracting(p -> p.earlier() + ">" + p.later() + " " + p.verdict())
        .containsExactly("m>s UPDATES", "h>s CORROBORATES");
    assertThat(Agreement.judgePage(null, List.of(talk), current).againstCurrent())
        .extracting(p -> p.earlier() + ">" + p.later() + " " + p.verdict()).containsExactly("t>s CONFLICTS");
  }
}
