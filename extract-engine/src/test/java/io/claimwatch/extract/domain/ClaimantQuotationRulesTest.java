package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Quotations that run over sentences, and where a speaker's report ends: {@link ClaimantRule#QUOTATION_TAGGED_LATER}
 * ({@link LaterQuoteTag}), a quoted paragraph of several sentences ({@link ClaimantRule#QUOTE_GOES_ON}), a quotation closed
 * before its speaker ({@code claimant.quotation-not-carried}) and a share price's move ({@code claimant.market-move}), which
 * are not carried. Each on a phrasing written for the test, not one of the eval texts.
 */
class ClaimantQuotationRulesTest {

    @Test
    void aFigureEarlyInAQuotationIsTheSpeakerNamedWhereItCloses() {
        assertThat(claimants("\"We sent 40 trucks on Monday. More will follow this week,\" the mayor said."))
                .containsExactly("the mayor");
        assertThat(claimants("\"I saw about 30 people on the roof. They were waving at us,\" said Tom Baxter, a rescuer."))
                .containsExactly("Tom Baxter");
        assertThat(claimants("The mayor said the port was closed.\n\n\"We lost 12 boats. It will take years,\" she told reporters."))
                .containsExactly("The mayor");
    }

    @Test
    void aVerbInsideTheQuotationOrAnotherParagraphStopsIt() {
        // (the quoted speaker's own report inside the quotation)
        assertThat(claimants("\"We lost 40 homes, the police told us. It was awful,\" said Tom Baxter.")).containsExactly("the police");
        assertThat(claimants("\"We sent 40 trucks on Monday.\n\nMore will follow,\" the mayor said.")).containsExactly((String) null);
    }

    @Test
    void aParagraphThatIsAllQuotationGoesOnWithTheLastSpeaker() {
        assertThat(claimants("The fire chief, Ana Ruiz, said the search would go on.\n\n\"Eight teams are searching the hills. We have found 12 people alive.\""))
                .containsExactly("Ana Ruiz", "Ana Ruiz");
    }

    @Test
    void aQuotationClosedBeforeItsSpeakerIsNotCarried() {
        assertThat(claimants("\"We will rebuild every school,\" Ruiz said. The town has 14 schools."))
                .containsExactly((String) null);
        assertThat(claimants("\"Can we rebuild?\" the mayor asked. The town has 14 schools."))
                .containsExactly((String) null);
        // (an anaphor of what was said, a view of its own, or a quotation that does not open the sentence goes on)
        assertThat(claimants("\"We cut the fares,\" Ruiz said. That meant 40,000 more riders a day."))
                .containsExactly("Ruiz");
        assertThat(claimants("\"It is the worst in years,\" the fire chief said. As of Tuesday, the fire had destroyed 227 homes."))
                .containsExactly("the fire chief");
        assertThat(claimants("\"Demand will pick up,\" said Tom Baxter of Harbor Realty. The firm sees prices rising by 3% this year."))
                .containsExactly("Tom Baxter");
        assertThat(claimants("Most of those who left were \"tourists with homes elsewhere,\" Ruiz said. About 5,000 residents live in the town."))
                .containsExactly("Ruiz");
        // (a report in the speaker's own words goes on)
        assertThat(claimants("The mayor said the town would rebuild every school. It has 14 of them."))
                .containsExactly("The mayor");
    }

    @Test
    void aSharePricesMoveIsTheOutletsOwn() {
        assertThat(claimants("Exports fell 4.2% in March, the statistics office said. Harbor Foods shares rose 2.4 percent to $31.10."))
                .containsExactly("the statistics office", null, null);
        assertThat(claimants("The company said sales fell 3% in May. The stock closed down $1.11 at $64.15."))
                .containsExactly("The company", null, null);
        // (not a company's market share, nor a price index)
        assertThat(claimants("The company said sales fell 3% in May. Its share of the market rose to 12%."))
                .containsExactly("The company", "The company");
    }
}
