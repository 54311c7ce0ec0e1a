package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** key.market-day (MarketKeyDays): a market's price or move is keyed to its trading day, not the article's event's window. */
class MarketKeyDaysTest {

  // ax01 and ax02 of fresh-ax: Airbus's job cuts, then the unions' strike threat a week later
  private static final String CUTS = "Airbus cuts spark row\n\nPARIS (Reuters) - Airbus faced growing paralysis on Tuesday"
      + " over plans to cut 10,000 jobs. EADS shares eased 0.4 percent to 25.75 euros by 1354 GMT.\n";
  private static final String STRIKES = "Airbus unions threaten strikes\n\nPARIS (Reuters) - Airbus unions threatened on"
      + " Tuesday to strike over plans to cut 10,000 jobs. EADS shares closed down 1.8 percent at 25.45 euros.\n";

  @Test
  void aPriceTheSentenceDatesNotIsOfTheReportsTradingDay() {
    ClaimKey k = key(all(STRIKES, LocalDate.of(2007, 2, 27)), "25.45");
    assertThat(k.earliest()).isEqualTo(LocalDate.of(2007, 2, 26));
    assertThat(k.latest()).isEqualTo(LocalDate.of(2007, 2, 27));
  }

  @Test
  void twoWeeksPricesKeyApartThoughTheStrikesWindowHoldsBoth() {
    ClaimKey first = key(all(CUTS, LocalDate.of(2007, 2, 20)), "25.75");
    ClaimKey later = key(all(STRIKES, LocalDate.of(2007, 2, 27)), "25.45");
    assertThat(first.latest()).isBefore(later.earliest());
  }

  @Test
  void aFigureOfNoMarketKeepsTheEventsWindow() {
    ClaimKey jobs = key(all(STRIKES, LocalDate.of(2007, 2, 27)), "10,000");
    assertThat(jobs.earliest()).isBefore(LocalDate.of(2007, 2, 20));
  }

  @Test
  void aDayTheSentenceNamesIsThatDayAlone() {
    // av05 of fresh-av, filed the day after: "to finish at $91.50 on the Nasdaq market on Tuesday"
    String text = "BlackBerry outage hits RIM shares\n\nTORONTO (Reuters) - BlackBerry users in the Americas lost e-mail"
        + " service on Monday. RIM shares fell $2.97 to finish at $91.50 on the Nasdaq market on Tuesday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2008, 2, 13));
    ClaimKey k = key(cs, "91.50");
    assertThat(k.earliest()).isEqualTo(LocalDate.of(2008, 2, 12)).isEqualTo(k.latest());
  }
}
