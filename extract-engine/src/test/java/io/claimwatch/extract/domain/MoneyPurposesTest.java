package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule of {@link MoneyPurposes} on sentences written for it, and where it does not read. */
class MoneyPurposesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    @ParameterizedTest
    @EnumSource(MoneyPurposes.Rule.class)
    void theExampleGivesThePhraseByThatRule(MoneyPurposes.Rule rule) {
        assertThat(CountedRuleCatalogueTest.lastFigure(rule.example).rule()).as(rule.example).isEqualTo(rule.id);
        List<ExtractedClaim> claims = X.extract(rule.example, null).claims();
        assertThat(claims.get(claims.size() - 1).counted()).as(rule.example).isEqualTo(rule.counted);
    }

    private static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aSumInAListIsWhatEachItemSaysItIsFor() {
        assertThat(counted("The plan sets aside $2 billion to repave rural roads, $300 million for a flood relief fund and $40 million"
                + " for the Harbor Safety and Rescue Program."))
                .containsExactly("funds to repave rural roads (US dollars)", "funds for a flood relief fund (US dollars)",
                        "funds for the Harbor Safety and Rescue Program (US dollars)");
    }

    @Test
    void aSumToAListOfRecipientsKeepsTheList() {
        assertThat(counted("The package sends nearly $90 million to town, county and school governments and another round of grants."))
                .first().asString().contains("to town, county and school governments");
    }

    @Test
    void aVerbRightBeforeTheSumIsKeptAndAFigureInThePurposeSteppedOver() {
        assertThat(counted("The mayor trimmed 12 million dollars from a 900 million dollars transit spending plan."))
                .first().asString().endsWith("trimmed from a transit spending plan");
        assertThat(counted("Lawmakers added 80 million dollars for a new patrol boat.")).containsExactly("dollars added for a new patrol boat");
    }

    @Test
    void aSumWithANounOfItsOwnOrATimeAfterItIsLeftAlone() {
        assertThat(counted("The city paid a $2 million settlement for the flooding.")).first().asString().doesNotStartWith("funds");
        assertThat(counted("The agency spent $5 million for the year.")).first().asString().doesNotStartWith("funds");
        assertThat(counted("The fund grew to $4 million in 2020.")).first().asString().doesNotStartWith("funds");
    }

    @Test
    void aSumInAListOfSpendingIsSpentOnOrAtWhatFollowsIt() {
        assertThat(counted("Receipts show the treasurer's purchases included $2,150 on a river cruise, over $700 at a golf resort"
                + " and $95 at a pet store."))
                .containsExactly("spent on a river cruise (US dollars)", "spent at a golf resort (US dollars)", "spent at a pet store (US dollars)");
    }

    @Test
    void aSumOnOrAtWithoutSpendingOrBeforeATimeIsNotSpent() {
        assertThat(counted("The company's shares closed at $41 on Friday.")).first().asString().doesNotStartWith("spent");
        assertThat(counted("The charity's expenses included $3,000 on average each month.")).first().asString().doesNotStartWith("spent");
        assertThat(counted("The plan includes $6 million at the port.")).first().asString().doesNotStartWith("spent");
    }

    @Test
    void aSumFromASourceIsMoneyFromItWithOrWithoutAVerb() {
        assertThat(counted("The package includes about $70 million from the state's rainy-day reserve."))
                .singleElement().asString().contains("from the state's rainy-day reserve");
        assertThat(counted("Ticket sales fell to $3.1 million from the previous season.")).first().asString().doesNotContain("from");
    }
}
