package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stock's unit the words around it make a flow ({@link StockRates}, keys/rate-stocks.txt: rate-stock, rate-shared), and
 * the energy wires' units that carry their own scale (number.rate-unit-scale, lexicon/rate-unit-scales.txt).
 */
class StockRatesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2011, 7, 31);
  private static final String HEAD = "Storm shuts Gulf of Mexico output\n\n";

  @Test
  void theRulesExamplesKeyTheirStocksAsFlows() {
    assertThat(key(all(HEAD + StockRates.STOCK_EXAMPLE + "\n", PUBLISHED), "10,000").unit()).isEqualTo("barrel/day");
    List<ExtractedClaim> shared = all(HEAD + StockRates.SHARED_EXAMPLE + "\n", PUBLISHED);
    assertThat(key(shared, "8,000").unit()).isEqualTo("barrel/day");
    assertThat(key(shared, "50 million").unit()).isEqualTo("cubic-foot/day");
  }

  @Test
  void aSpanBeforeTheFigureMakesItsBarrelsADaysFlow() {
    // fresh-at's Dean and Don stories: "daily production of", "daily output is about" (past the hedge), both figures
    List<ExtractedClaim> cs = all(HEAD + "Shell has shut in daily production of 10,000 barrels of oil and 15 million cubic feet of "
        + "natural gas, the company said. The Gulf's daily output is about 1.4 million barrels of oil and 5.2 billion cubic feet of "
        + "natgas, according to BOEM data.\n", PUBLISHED);
    assertThat(key(cs, "10,000").unit()).isEqualTo("barrel/day");
    assertThat(key(cs, "10,000").place()).doesNotContain("#per-day");
    assertThat(key(cs, "15 million").unit()).isEqualTo("cubic-foot/day");
    assertThat(key(cs, "1.4 million").unit()).isEqualTo("barrel/day");
    assertThat(key(cs, "5.2 billion").unit()).isEqualTo("cubic-foot/day");
  }

  @Test
  void aRateWrittenAfterTheSecondFigureIsTheFirstsToo() {
    // fresh-at's Shell: the day's rate closes the pair; it meets "daily production of 10,000 barrels of oil"
    List<ExtractedClaim> cs = all(HEAD + "Shell has shut down production on approximately 10,000 barrels of oil and 15 million "
        + "cubic feet of natural gas per day in preparation for the storm.\n", PUBLISHED);
    assertThat(key(cs, "10,000").unit()).isEqualTo("barrel/day");
    assertThat(key(cs, "15 million").unit()).isEqualTo("cubic-foot/day");
  }

  @Test
  void stocksWithNoRateBesideThemStayStocks() {
    List<ExtractedClaim> cs = all(HEAD + "The refinery holds 2 million barrels of crude in storage and 3 million barrels of "
        + "gasoline. The spill released about 2,400 barrels of oil.\n", PUBLISHED);
    assertThat(key(cs, "2 million").unit()).isNotEqualTo("barrel/day");
    assertThat(key(cs, "3 million").unit()).isNotEqualTo("barrel/day");
    assertThat(key(cs, "2,400").unit()).isNotEqualTo("barrel/day");
  }

  @Test
  void aUnitThatCarriesItsScaleScalesTheFigureAndKeysTheRate() {
    // fresh-at's Bonnie factbox: "1,410 Mmcfd" is the "1.41 billion cubic feet per day (cfd)" of the story beside it
    List<ExtractedClaim> cs = all(HEAD + "Gas output: 1,410 Mmcfd (22.03%) Sunday vs 1,506 Mmcfd (23.53%) Saturday. Energy "
        + "companies reported 1.41 billion cubic feet per day (cfd) in gas output was shut. Norway's field pumps about 20 mcm per "
        + "day.\n", PUBLISHED);
    ExtractedClaim mmcfd = cs.stream().filter(c -> c.numberText().equals("1,410")).findFirst().orElseThrow();
    assertThat(mmcfd.low()).isEqualByComparingTo("1410000000");
    assertThat(mmcfd.key().unit()).isEqualTo("cubic-foot/day");
    assertThat(mmcfd.key().unit()).isEqualTo(key(cs, "1.41 billion").unit());
    assertThat(mmcfd.key().kind()).isEqualTo(key(cs, "1.41 billion").kind());
    assertThat(cs.stream().filter(c -> c.numberText().contains("20")).findFirst().orElseThrow().low()).isEqualByComparingTo("20000000");
  }
}
