package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * money-given and money-verb-after ({@link MoneyGiven}, {@link MoneyWhat}) on money moved, repaid, funneled and granted
 * ({@code keys/money-verbs.txt}): what the sum is, from where, to whom; sentences written for them.
 */
class MoneyMovedTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    private static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aSumMovedFromAFundIsMovedFromIt() {
        assertThat(counted("The governor will move about $40 million from the lottery reserve to school repairs."))
                .singleElement().asString().startsWith("moved from the lottery reserve");
        assertThat(counted("The council plans to transfer $3 million from its parking account."))
                .singleElement().asString().startsWith("transferred from its parking account");
    }

    @Test
    void aSumRepaidToSomeoneIsRepaidToThem() {
        assertThat(counted("The treasurer repaid the club nearly $8,000, the audit found."))
                .singleElement().asString().startsWith("repaid to the club");
    }

    @Test
    void aSumFunneledIntoACampaignIsFunneledIntoIt() {
        assertThat(counted("The donor was accused of funneling more than $15,000 into the senator's reelection fund."))
                .singleElement().asString().startsWith("funneled into the senator's reelection");
    }

    @Test
    void aSumGrantedSomeoneForAThingIsGrantedForIt() {
        assertThat(counted("The new budget grants the port $90 million for the channel dredging."))
                .singleElement().asString().startsWith("granted to the port for the channel");
    }

    @Test
    void aSumThatCouldBeDivertedIsThat() {
        assertThat(counted("Officials said $2 billion could be diverted under the new rules."))
                .singleElement().asString().contains("diverted under the new rules");
    }

    @Test
    void aSumSpentOnAQuotedThingIsSpentOnIt() {
        assertThat(counted("The couple spent $412.60 on \u201cvintage comic books\u201d over two years."))
                .singleElement().asString().startsWith("spent on vintage comic books");
    }
}
