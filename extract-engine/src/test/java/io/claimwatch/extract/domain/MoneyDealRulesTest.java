package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of {@link MoneyDeals} and {@link MoneySubjects}, each on a sentence written for it, and where they do not read. */
class MoneyDealRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    @ParameterizedTest
    @EnumSource(MoneyDeals.Rule.class)
    void theExampleGivesThePhraseByThatRule(MoneyDeals.Rule rule) {
        assertThat(CountedRuleCatalogueTest.lastFigure(rule.example).rule()).as(rule.example).isEqualTo(rule.id);
        List<ExtractedClaim> claims = X.extract(rule.example, null).claims();
        assertThat(claims.get(claims.size() - 1).counted()).as(rule.example).isEqualTo(rule.counted);
    }

    @ParameterizedTest
    @EnumSource(MoneySubjects.Rule.class)
    void theSubjectExampleGivesThePhraseByThatRule(MoneySubjects.Rule rule) {
        assertThat(CountedRuleCatalogueTest.lastFigure(rule.example).rule()).as(rule.example).isEqualTo(rule.id);
        List<ExtractedClaim> claims = X.extract(rule.example, null).claims();
        assertThat(claims.get(claims.size() - 1).counted()).as(rule.example).isEqualTo(rule.counted);
    }

    @Test
    void aMoneyNounsChangeByASumAndItsLevel() {
        assertThat(counted("Household borrowing rose by $2.1bn in June.")).containsExactly("rise in Household borrowing (US dollars)");
        assertThat(counted("The council said repair costs had reached €2m (£1.7m) by May."))
                .containsExactly("repair costs (euros)", "repair costs (pounds sterling)");
    }

    @Test
    void aLevelInAPlaceKeepsThePlace() {
        assertThat(counted("The average wage was $1,840 in Ohio, figures showed.")).containsExactly("average wage in Ohio (US dollars)");
    }

    @Test
    void aSubjectThatNamesNoMoneyIsLeftToTheOtherRules() {
        assertThat(counted("The town's mayor was paid $90,000 last year.").get(0)).doesNotContain("town");
    }

    private static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aThingSoldInThePassiveIsTheSubjectAndItsConversionNamesItToo() {
        assertThat(counted("The old brewery, Hartley's, was bought last spring for €12m (£10m) by a developer."))
                .containsExactly("paid for the old brewery, Hartley's (euros)", "paid for the old brewery, Hartley's (pounds sterling)");
        assertThat(counted("The council owns a depot sold to a haulier for $900,000 in 2019."))
                .containsExactly("paid for a depot (US dollars)");
    }

    @Test
    void noDealVerbOrAPronounLeavesTheSumToTheOtherRules() {
        assertThat(counted("The museum has asked donors for $5 million.")).doesNotContain("paid for donors (US dollars)");
        assertThat(counted("It was sold in May to a local firm for $3 million.").get(0)).doesNotContain("paid for");
        assertThat(counted("The firm sold 40 trucks last year and spent $2m on new ones.").get(1)).doesNotContain("paid for");
    }

    @Test
    void aSumLentToSomeoneIsLentToThemByTheLender() {
        assertThat(counted("Northbank lent the airline $300 million.").get(0)).startsWith("lent to the airline by Northbank");
    }
}
