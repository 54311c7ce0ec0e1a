package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of {@link EconomicFigures}, each on a sentence written for it, and the measures they key. */
class EconomicFiguresRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    @ParameterizedTest
    @EnumSource(EconomicFigures.Rule.class)
    void theExampleGivesThePhraseByThatRule(EconomicFigures.Rule rule) {
        assertThat(CountedRuleCatalogueTest.lastFigure(rule.example).rule()).as(rule.example).isEqualTo(rule.id);
        List<ExtractedClaim> claims = X.extract(rule.example, null).claims();
        assertThat(claims.get(claims.size() - 1).counted()).as(rule.example).startsWith(rule.counted);
    }

    private static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void anIndexMoveIsTheIndexsPointsAndItsShare() {
        assertThat(counted("The Nasdaq slid 120 points, or 0.8%, on Tuesday."))
                .containsExactly("Nasdaq points lost", "pct fall in Nasdaq");
        assertThat(counted("The FTSE 100 ended the session higher by 31 points."))
                .contains("FTSE 100 index points gained");
        assertThat(counted("The Dax ended the day lower by 95 points.")).contains("Dax points lost");
        assertThat(counted("The Nikkei, which tracks the largest Tokyo companies, fell 1.2% on Monday.")).contains("pct fall in Nikkei");
    }

    @Test
    void aStatisticsChangeAndTheLevelItReached() {
        assertThat(counted("French unemployment rose 12,000 in March to 2.9 million people, or 9.7% of the workforce."))
                .containsExactly("rise in people out of work", "people out of work", "pct unemployment rate");
        assertThat(counted("Brazil's economy grew 0.6% in the second quarter.")).containsExactly("pct Brazil GDP growth");
        assertThat(counted("The forecaster said Britain's economy would grow 2.1% next year.")).containsExactly("pct Britain GDP growth");
        assertThat(counted("The jobless rate rose for the fourth month in a row to 5.3%.")).containsExactly("pct unemployment rate");
        assertThat(counted("Officials reported growth of just 0.4% in the quarter.")).containsExactly("pct GDP growth");
        assertThat(counted("Gross domestic product, on an adjusted basis, fell 0.3% in the spring.")).containsExactly("pct GDP fall");
    }

    @Test
    void peopleOutOfWorkAreTheJoblessCount() {
        assertThat(counted("Nearly 3 million Spaniards were out of work in May.")).containsExactly("people out of work");
        assertThat(counted("Officials counted 200 workers who were unemployed.")).doesNotContain("people out of work");
    }

    @Test
    void growthAndItsRevisionAreOneMeasure() {
        assertThat(EconomicFigures.measureOf("pct GDP growth")).isEqualTo(EconomicFigures.measureOf("pct GDP contraction"));
        assertThat(EconomicFigures.measureOf("people out of work").kind()).isEqualTo("unemployment");
        assertThat(EconomicFigures.measureOf("pct rise in house prices")).isEqualTo(new EconomicFigures.Measure("house-price", "rise"));
        assertThat(EconomicFigures.measureOf("crude output")).isNull();
        // a phrase of the text's own words whose head is the indicator
        assertThat(EconomicFigures.measureOf("jobless rate (pct)")).isEqualTo(EconomicFigures.measureOf("pct unemployment rate"));
        assertThat(EconomicFigures.measureOf("pct rise in Consumer prices")).isEqualTo(new EconomicFigures.Measure("inflation", "rise"));
        assertThat(EconomicFigures.measureOf("unemployed miners dispersed")).isNull();
    }

    @Test
    void aWordThatNamesGrowthOnlyForAShare() {
        // "output" of barrels is no statistic of growth
        assertThat(counted("Crude output fell to 61,000 barrels a day.")).doesNotContain("GDP");
    }

    @Test
    void aSumSpentOnWhatAndByWhom() {
        assertThat(counted("The Green Party spent £1.2m on its campaign."))
                .singleElement().asString().startsWith("spent on its campaign by Green Party");
    }

    @Test
    void anIndicatorsBasisAndTheMeasureItIsCountedByAreFacets() {
        // basis ("Adjusted for seasonal changes" is "seasonally adjusted") and measure-source (whose methodology it is):
        // three counts of one month's jobless total are three quantities
        String text = "Italy's jobless total rose to 2.9 million in March, the statistics office said.\n\n"
            + "Adjusted for seasonal changes, the jobless total was 2.7 million.\n\n"
            + "Using the methodology of the International Labour Organisation (ILO), 2.1 million Italians were out of work in March.\n\n"
            + "By the OECD's measure, 2.2 million Italians were out of work.\n";
        List<ExtractedClaim> cs = Fixtures.all(text, java.time.LocalDate.of(2025, 4, 2));
        assertThat(Fixtures.key(cs, "2.9").place()).doesNotContain("#adjusted").doesNotContain("#ilo");
        assertThat(Fixtures.key(cs, "2.7").place()).contains("#adjusted");
        assertThat(Fixtures.key(cs, "2.1").place()).contains("#ilo").doesNotContain("#international");
        assertThat(Fixtures.key(cs, "2.2").place()).contains("#oecd");
    }

    @Test
    void aShareItsNounNamesIsNotTheIndicatorsLevel() {
        // a target, a goal or a ceiling is what its noun says, not the rate of the indicator the sentence is about
        assertThat(counted("Inflation edged closer to the central bank's 2% target in May.")).singleElement().asString().startsWith("target");
        assertThat(counted("Inflation stood at 3.1% in May.")).singleElement().asString().containsIgnoringCase("inflation");
    }

    @Test
    void aSumAndItsConversionNameTheMoneyTheyMeasure() {
        assertThat(counted("Riders will pay a €3 (about $3.30) congestion charge from June."))
                .containsExactly("euros congestion charge", "US dollars congestion charge");
        assertThat(counted("Officials unveiled a relief fund for farmers totaling $90 million."))
                .containsExactly("US dollars relief fund for farmers");
    }

    @Test
    void aSumBeforeWordsThatNameNoMoneyIsNotRead() {
        // "deal" names no money of its own: no phrase of these rules
        assertThat(counted("The club agreed a €30 million transfer deal.")).noneMatch(c -> c.equals("euros transfer deal"));
    }

    @Test
    void aSumAfterItsVerbKeepsTheVerbsPhraseWhenNothingElseNamesIt() {
        // money-verb-over-subject reads no subject here: "euros paid" says more than the bare verb or the currency
        assertThat(counted("The council said it would pay 2,000 euros to each flooded home.")).singleElement().asString()
                .contains("euros").contains("paid");
    }
}
