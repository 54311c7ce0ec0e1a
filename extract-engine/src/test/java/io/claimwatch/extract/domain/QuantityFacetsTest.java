package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A forecast's figure, a count of part of a running count's days, a rate for each unit and a side of a vote's tally, keyed
 * apart from the count beside them ({@link QuantityFacets}, keys/count-spans.txt); the reported count keeps its key.
 */
class QuantityFacetsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 24);

  @Test
  void everyRulesExampleKeysItsFigureApart() {
    for (QuantityFacets.Rule rule : QuantityFacets.Rule.values()) {
      List<ExtractedClaim> cs = all("Fever outbreak kills hundreds in Arland\n\n" + rule.example + "\n", PUBLISHED);
      assertThat(key(cs, rule.figure).place()).as(rule.id).contains(rule.scope);
    }
  }

  @Test
  void aForecastIsNotTheReportedCount() {
    List<ExtractedClaim> cs = all("Fever outbreak kills hundreds in Arland\n\nThe fever has killed 2,400 people in Arland, health officials said on "
        + "Tuesday. Researchers' projections show the country will see 50 to 120 deaths a day through August.\n", PUBLISHED);
    assertThat(key(cs, "120").place()).contains("#forecast");
    assertThat(key(cs, "2,400").place()).doesNotContain("#forecast");
  }

  @Test
  void aForecastWordInAnotherClauseOrBeforeAnotherFigureLeavesTheCount() {
    List<ExtractedClaim> cs = all("Fever outbreak kills hundreds in Arland\n\nDespite forecasts of a mild season, the fever has killed 2,400 "
        + "people in Arland. The model predicted 300 deaths and officials recorded 410 deaths by Monday.\n", PUBLISHED);
    assertThat(key(cs, "2,400").place()).doesNotContain("#forecast");
    assertThat(key(cs, "300").place()).contains("#forecast");
    assertThat(key(cs, "410").place()).doesNotContain("#forecast");
  }

  @Test
  void aFigureReportedAboveExpectationsIsTheReportedFigure() {
    // expected-figure: "more than expected" compares the reported figure; "the 120,000 analysts had expected" is the forecast
    List<ExtractedClaim> cs = all("Arland jobs report\n\nArland's factories added 135,000 jobs more than expected in May, above the 120,000 "
        + "analysts had expected.\n", PUBLISHED);
    assertThat(key(cs, "135,000").place()).doesNotContain("#forecast");
    assertThat(key(cs, "120,000").place()).contains("#forecast");
  }

  @Test
  void aSumOfMoneyAForecastGivesIsTheSum() {
    List<ExtractedClaim> cs = all("Parliament passes relief bill\n\nThe treasury forecasts the relief bill will cost $40 billion over two years.\n",
        PUBLISHED);
    assertThat(key(cs, "$40 billion").place()).doesNotContain("#forecast");
  }

  @Test
  void aSpanAloneIsAPartOfTheRunningCount() {
    List<ExtractedClaim> cs = all("Fever outbreak kills hundreds in Arland\n\nThe fever has killed 2,400 people in Arland since March. "
        + "More than 700 deaths were recorded in the country last month alone. So far this month the toll is 350.\n", PUBLISHED);
    assertThat(key(cs, "2,400").place()).doesNotContain("#period");
    assertThat(key(cs, "700").place()).contains("#period");
    assertThat(key(cs, "350").place()).contains("#period");
  }

  @Test
  void aRateForEachOneIsNotATotal() {
    List<ExtractedClaim> cs = all("Fever outbreak in Arland\n\nLabs in Arland ran 9,000 tests per day last week. The relief bill pays $400 "
        + "for each child and $900 to every adult, and costs $2 billion.\n", PUBLISHED);
    assertThat(key(cs, "9,000").place()).contains("#per-day");
    assertThat(key(cs, "$400").place()).contains("#per-child");
    assertThat(key(cs, "$2 billion").place()).doesNotContain("#per-");
  }

  @Test
  void aTallysTwoSidesAreApart() {
    List<ExtractedClaim> cs = all("Assembly passes relief bill\n\nThe assembly passed the bill on Friday. The vote, 230 to 190, fell largely "
        + "along party lines.\n", PUBLISHED);
    assertThat(key(cs, "230").place()).contains("#ayes");
    assertThat(key(cs, "190").place()).contains("#noes");
  }
}
