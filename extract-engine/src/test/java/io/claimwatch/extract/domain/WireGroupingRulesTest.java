package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key rules that keep apart, in wire copy, the quantities of one long story (a war's offensives, a drought's
 * seasons, a strike's trades): stated-period ({@link ClaimKeys}), money-no-measure ({@link ClaimKeys},
 * {@link MoneyMeasures}), a war's offensive dated within weeks ({@code keys/durations.txt}), strikers counted as
 * people whatever their trade ({@code keys/kinds.txt}) and a walkout as a strike ({@code keys/events.txt}).
 */
class WireGroupingRulesTest {

  @Test
  void statedPeriodIsTheWindowOfTheFigure() {
    // stated-period: last year's output and this year's forecast of one drought are two years' quantities
    String text = "SRI LANKA DROUGHT CUTS RICE CROP\n\nCOLOMBO, March 30 - A drought in Sri Lanka has cut the main rice"
        + " crop, officials said.\n    Last year's paddy output was 124 mln bushels, the officials said.\n"
        + "    Total estimated paddy output for 1987 would be between 90 and 110 mln bushels, they said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 30));
    ClaimKey lastYear = key(cs, "124"), thisYear = key(cs, "90");
    assertThat(lastYear.earliest()).isEqualTo(LocalDate.of(1986, 1, 1));
    assertThat(lastYear.latest()).isEqualTo(LocalDate.of(1986, 12, 31));
    assertThat(thisYear.earliest()).isEqualTo(LocalDate.of(1987, 1, 1));
    assertThat(thisYear.latest()).isEqualTo(LocalDate.of(1987, 12, 31));
  }

  @Test
  void moneyNoMeasureIsNotGrouped() {
    // money-no-measure: "equal to 363 mln dlrs" says nothing of what the sum is: keyed as nothing, it joins no group
    String text = "ECUADOR SUSPENDS PAYMENTS\n\nQUITO, March 19 - Ecuador will save 54.45 billion sucres by suspending"
        + " payments to private banks, the minister said.\n    This amount is equal to 363 mln dlrs at the free rate.\n"
        + "    The earthquake caused an estimated one billion dlrs in damage.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 19));
    assertThat(key(cs, "363").kind()).isEmpty();
    assertThat(key(cs, "363").event()).isEmpty();
    assertThat(key(cs, "one billion").kind()).isEqualTo("money");
    assertThat(key(cs, "one billion").event()).isEqualTo("loss");
  }

  @Test
  void strikersAreCountedAsPeopleWhateverTheirTrade() {
    // keys/kinds.txt: seamen, seafarers, bankworkers and dockworkers are people, as workers are
    String seamen = "BRAZIL SEAMEN'S STRIKE ENTERS SECOND WEEK\n\nRIO DE JANEIRO, March 9 - A strike by Brazil's 40,000"
        + " seafarers entered its second week, union officials said.\n";
    String seafarers = "BRAZIL SEAMEN STAY ON STRIKE\n\nRIO DE JANEIRO, March 19 - Up to 30,000 of Brazil's 40,000 seamen"
        + " were still on strike today, union officials said.\n";
    String banks = "BRAZIL BANKWORKERS STRIKE\n\nSAO PAULO, March 24 - Most of Brazil's 700,000 bankworkers began an"
        + " indefinite national strike today, union leaders said.\n";
    assertThat(key(all(seamen, LocalDate.of(1987, 3, 9)), "40,000").kind()).isEqualTo("person");
    assertThat(key(all(seafarers, LocalDate.of(1987, 3, 19)), "40,000").kind()).isEqualTo("person");
    assertThat(key(all(banks, LocalDate.of(1987, 3, 24)), "700,000").kind()).isEqualTo("person");
  }

  @Test
  void workersWhoWalkOutAreStriking() {
    // keys/events.txt: "walk out", "walk off the job", "downed tools" say the people counted strike
    String text = "UAW SETS STRIKE AT GM PONTIAC PLANT\n\nDETROIT, March 19 - The United Auto Workers said the 9,000"
        + " workers at the Pontiac facility will walk out on Monday unless an agreement is reached.\n";
    Extraction e = EXTRACTOR.extract(text, LocalDate.of(1987, 3, 19));
    assertThat(key(e.claims(), "9,000").event()).isEqualTo("strike");
  }

  @Test
  void aClockTimesZoneIsNoPlace() {
    // keys/not-place-names.txt: "at noon (EST)" in a lead with no dateline is not Burkina Faso's Est region
    String text = "UAW SETS STRIKE DATE AT GM TRUCK PLANT\n\nThe United Auto Workers has set a strike"
        + " deadline at General Motors Corp's Pontiac, Mich., truck plant.\n    The 9,000 workers at the facility will walk"
        + " off the job at noon (EST) next Thursday, a spokesman said.\n";
    ClaimKey workers = key(all(text, LocalDate.of(1987, 3, 19)), "9,000");
    assertThat(workers.place()).doesNotContain("@BF");
  }

  @Test
  void aStrikeIsDatedWithinMonths() {
    // keys/durations.txt "months": a strike dated to its first day keeps a window of 90 days either side, so one company's
    // walkouts a year apart are two strikes (under a war's year either side they met)
    String text = "WORKERS STRIKE AT MOTORCYCLE MAKER\n\nNearly 2,800 workers went on strike on Friday at the company's"
        + " assembly plant, the union said.\n";
    ClaimKey strikers = key(all(text, LocalDate.of(2007, 2, 3)), "Nearly 2,800");
    assertThat(strikers.event()).isEqualTo("strike");
    assertThat(strikers.earliest()).isEqualTo(LocalDate.of(2006, 11, 4));
    assertThat(strikers.latest()).isEqualTo(LocalDate.of(2007, 5, 3));
  }
}
