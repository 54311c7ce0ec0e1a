package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ClaimantRule#ACTOR_TERMS} ({@link ActorTerms}): the subject that sets out its own terms, demands or reckonings owns the
 * figures of the verb's clause; the quantifier read as a speaker ({@link MustBeSource}); a reporting verb after an auxiliary
 * of the perfect and an adverb ({@link VerbReadings}); the market's reaction after a comma ({@link MarketReaction}). Sentences
 * written for the test.
 */
class ClaimantActorTermsRulesTest {

    @Test
    void aProposalIsItsMakers() {
        assertThat(claimants("Ana Ruiz proposed a 54 percent rate for income above $10 million during her campaign."))
                .containsExactly("Ana Ruiz", "Ana Ruiz");
    }

    @Test
    void aReckoningPencilledInIsTheInsurers() {
        assertThat(claimants("Delta Insurance has penciled in claims of 500 million euros from the floods."))
                .containsExactly("Delta Insurance");
    }

    @Test
    void termsAreNotCarriedToTheNextSentence() {
        assertThat(claimants("Delta Insurance has penciled in claims of 500 million euros from the floods. Two ships have arrived with 40 tonnes of aid."))
                .containsExactly("Delta Insurance", null, null);
    }

    @Test
    void aDeniedProposalOrAnAdjectiveSetsNoTerms() {
        assertThat(claimants("Ruiz did not propose a 70 percent rate. The proposed 5 percent tax was dropped."))
                .containsExactly(null, null);
    }

    @Test
    void aPronounAfterAVerbIsItsObject() {
        assertThat(claimants("The bank keeps it pegged at 8.28 to the dollar."))
                .containsExactly((String) null);
    }

    @Test
    void aQuantifierAloneIsNoSpeaker() {
        assertThat(claimants("Before the storm, some feared a $10 billion loss. Others expected a $12 billion hit."))
                .containsExactly(null, null);
    }

    @Test
    void aForecastAfterThePerfectAndAnAdverbReports() {
        assertThat(claimants("Harbor Re has previously forecast losses of $1.1 billion for the region."))
                .containsExactly("Harbor Re");
    }

    @Test
    void aPledgeToActIsThePledgersADonationIsNot() {
        assertThat(claimants("Minister Ana Ruiz pledged to pay out $1.2 billion to savers. The Harbor public has now pledged $76 million in aid."))
                .containsExactly("Minister Ana Ruiz", null);
    }

    @Test
    void aCountIsNoTerm() {
        assertThat(claimants("Delta Corp last year proposed a slate of 11 new board members."))
                .containsExactly((String) null);
    }

    @Test
    void theMarketsReactionIsNotTheSpeakers() {
        assertThat(claimants("Harbor Foods said on Thursday sales would miss forecasts, sending the company's shares down as much as 2.5 percent."))
                .containsExactly((String) null);
    }
}
