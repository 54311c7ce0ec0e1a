package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * change-of-object and change-of-it ({@link CountedObjectChanges}), per-share ({@link CountedPerShare}), pay-of-subject
 * ({@link CountedPay}) and distance-place-after ({@link CountedSubjects}). Phrasings written for these tests, none
 * taken from the eval articles or corpora.
 */
class CountedPayAndChangesTest {

    @Test
    void aShareAfterTheObjectOfAVerbOfChangeIsThatChangeInTheObject() {
        assertThat(only("Last year the town cut its burglary rate 35 percent.").counted()).isEqualTo("percent cut in burglary rate");
        assertThat(only("The ministry will raise grants to small farmers by 12 percent.").counted())
                .isEqualTo("percent rise in grants to small farmers");
    }

    @Test
    void aLevelOrAnIntransitiveChangeIsNotAnObjectsChange() {
        assertThat(only("The bank lowered its forecast for growth to 2 percent.").counted()).doesNotContain("cut in");
        assertThat(only("Sales increased 5 percent in March.").counted()).isEqualTo("percent rise in Sales");
        assertThat(only("Prices fell sharply 3 percent.").counted()).doesNotContain("sharply");
    }

    @Test
    void itBeforeAVerbOfChangeTakesTheSubjectOfTheSameChangeBefore() {
        assertThat(only("The museum's yearly attendance has fallen for a decade (it fell 8 percent in 2020 alone).").counted())
                .isEqualTo("percent fall in museum's yearly attendance");
    }

    @Test
    void aSumPerShareIsTheMeasureOfItsNounOrVerbPerShare() {
        assertThat(only("Analysts had expected the furniture maker would earn 85 cents per share for the year.").counted())
                .isEqualTo("earnings per share");
        assertThat(only("The company on Tuesday forecast earnings of 72 cents a share.").counted()).isEqualTo("earnings per share");
        assertThat(only("The board declared a dividend of 15 cents a share.").counted()).isEqualTo("dividend per share");
    }

    @Test
    void aSumWhoseSubjectIsAShareIsTheSharePrice() {
        assertThat(all("Harbor Foods' shares rose 5 percent to $31.40 on Monday.").get(1).counted()).isEqualTo("Harbor Foods share price (US dollars)");
        assertThat(only("Shares of Pell Mining were trading at $7.25 in New York.").counted()).isEqualTo("Pell Mining share price (US dollars)");
        assertThat(only("The retailer's shares fell $3 after the warning.").counted()).isEqualTo("share price fall (US dollars)");
        assertThat(all("Pell Mining shares edged up 1 percent to 7.30 euros.").get(1).counted()).isEqualTo("Pell Mining share price");
        assertThat(only("Revenue rose to $4 billion last year.").counted()).doesNotContain("share price");
    }

    @Test
    void aSumAMonthAfterAVerbOfBeingPaidIsItsSubjectsPay() {
        List<ExtractedClaim> cs = all("Under the new scale, the most junior nurse will start at 3,150 crowns a month, up from 2,900 crowns.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("most junior nurse pay a month", "most junior nurse pay a month");
        assertThat(only("A head surgeon is to get a minimum of 41,000 crowns a month.").counted()).isEqualTo("head surgeon minimum pay a month");
        assertThat(only("Prisoners get 3 meals a day.").counted()).doesNotContain("pay");
    }

    @Test
    void aDistanceBeforeItsPlaceIsReadWithThePlaceNotASubject() {
        List<ExtractedClaim> cs = all("The hikers were stranded in a hut with two guides 27 kilometers (17 miles) outside Brenton.");
        assertThat(cs.get(cs.size() - 2).counted()).isEqualTo("kilometers outside Brenton");
        assertThat(cs.get(cs.size() - 1).counted()).isEqualTo("miles outside Brenton");
    }

    @Test
    void aShareAfterAnAsideIsTheMeasureNamedBeforeTheAside() {
        assertThat(only("The central bank raised its target for the discount rate, the interest it charges commercial lenders, to 4.25% on Monday.")
                .counted()).isEqualTo("discount rate (pct)");
        assertThat(only("Enrolment in the northern schools fell, to 41% in May.").counted()).isEqualTo("Enrolment in the northern schools (pct)");
    }
}
