package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** dating.market-day and dating.market-run (MarketDays): the trading day of a market's prices and of the moves told after them. */
class MarketRunsTest {

    private static final LocalDate THURSDAY = LocalDate.of(2024, 2, 22);

    @Test
    void movesAfterASentenceOfSharePricesAreOfItsTradingDay() {
        String text = "Shares in the carrier fell 2% to 310 pence. Its main rival was 4% lower at 98 pence. "
                + "A smaller airline shed 7% to 41 pence.";
        assertThat(datesOf(text, THURSDAY, 4, "")).isEqualTo("2024-02-22..2024-02-22");
        assertThat(datesOf(text, THURSDAY, 7, "")).isEqualTo("2024-02-22..2024-02-22");
    }

    @Test
    void theRunTakesTheDayItsHeadNames() {
        String text = "Shares of the three carmakers fell in heavy trading on Tuesday. "
                + "The largest lost 1.7%, the second 3.2% and the third 3.6% respectively.";
        assertThat(datesOf(text, THURSDAY, 3, "")).isEqualTo("2024-02-20..2024-02-20");
    }

    @Test
    void aMoveWithUpAndAMarketWordIsOfTheDayOfPublication() {
        // "up" reads as a move (time-words.txt TRADED) in a clause naming a market
        String text = "Shares of the miner were up marginally at $46.25 in early trade.";
        assertThat(datesOf(text, THURSDAY, 46, "")).isEqualTo("2024-02-22..2024-02-22");
    }

    @Test
    void aMoveToldWithItsPriceIsOfTheDayOfPublication() {
        // dating.market-price: a traded price after "at" (market-prices.txt) stands for the market no word names
        assertThat(datesOf("EADS was down 2.9 percent at 18.465 euros, traders said.", THURSDAY, 2, ""))
                .isEqualTo("2024-02-22..2024-02-22");
        assertThat(datesOf("Units of the fund closed down 0.4 percent at NZ$6.90.", THURSDAY, 0, ""))
                .isEqualTo("2024-02-22..2024-02-22");
        assertThat(datesOf("Its revenue was up 5% at $3.2 billion.", THURSDAY, 5, "")).as("a sum, no price").isEqualTo("null..null");
        // in a run, the day its head names
        assertThat(datesOf("Shares of the three carmakers fell in heavy trading on Tuesday. The largest was 1.7% lower at 310 pence.",
                THURSDAY, 1, "")).isEqualTo("2024-02-20..2024-02-20");
    }

    @Test
    void noRunWithoutAMarketSentenceBefore() {
        String text = "The company reported its results for the year. Sales rose 5% to $1.2 billion.";
        assertThat(datesOf(text, THURSDAY, 5, "")).isEqualTo("null..null");
    }

    @Test
    void aHeadOfAMonthDatesNoRun() {
        // no trading day: the run stops, and the sentence before dates the move by its month (dating.previous-sentence)
        String text = "Shares in the carrier fell 12% in January. Its main rival lost 8%.";
        assertThat(datesOf(text, THURSDAY, 8, "")).isEqualTo("2024-01..2024-01");
    }
}
