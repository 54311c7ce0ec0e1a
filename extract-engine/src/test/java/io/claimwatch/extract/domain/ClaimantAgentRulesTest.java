package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ClaimantRule#PASSIVE_AGENT}: a participle of recording and "by X" in the figure's clause name X as the
 * figure's source; an agent of action ("released by"), a manner ("by hand") and a sentence with a speaker of its
 * own do not. Each on a phrasing written for the test, not one of the eval texts.
 */
class ClaimantAgentRulesTest {

    @Test
    void theAgentOfAParticipleOfRecordingIsTheSource() {
        assertThat(claimants("That is a third of the £4.1m given to the 12 charities listed by the Charity Commission."))
                .containsExactly("the Charity Commission", "the Charity Commission");
        assertThat(claimants("Rainfall of 310 mm was recorded by the national weather service in the hills."))
                .containsExactly("the national weather service");
    }

    @Test
    void anAgentOfActionOrAMannerNamesNoSource() {
        assertThat(claimants("The 24 hostages released by the rebels reached the border.")).containsExactly((String) null);
        assertThat(claimants("All 3,000 ballots were counted by hand overnight.")).containsExactly((String) null);
    }

    @Test
    void aSpeakerOfTheSentenceComesFirst() {
        assertThat(claimants("Some 900 cases were confirmed by the clinic, the health ministry said."))
                .containsExactly("the health ministry");
    }

    @Test
    void dataFromANameShowingAFigureAreThePublishers() {
        // claimant.data-publisher
        assertThat(claimants("Traders read too much into data from the Harbor Reserve showing an unexpected $2bn drop in lending."))
                .containsExactly("the Harbor Reserve");
        assertThat(claimants("Traders read too much into data from Ostrava Water suggesting a 4% fall in use.")).containsExactly("Ostrava Water");
        assertThat(claimants("Traders read too much into data from last year showing an unexpected $2bn drop in lending.")).containsExactly((String) null);
    }

    @Test
    void theNearestAgentOfAMeasurementIsTheSourceOfEachFigure() {
        // claimant.nearest-agent: "measured" in lexicon/claimant-agent-participles.txt; a second agent right after its figure
        assertThat(claimants("Harbor telecom officials said repairs would take weeks. The main quake, measured by the Harbor Seismic Office"
                + " at magnitude 6.4 and at magnitude 6.9 by the National Quake Center, struck off the coast."))
                .containsExactly("the Harbor Seismic Office", "the National Quake Center");
        // (no participle of recording before the figure: "by" names no agent of it)
        assertThat(claimants("Prices rose 3% by the end of the year.")).containsExactly((String) null);
    }
}
