package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The claimant rules for the medium a body speaks through: a statement, a post on a platform, a news release is the
 * body's words, never the claimant; the words that stand between a subject and its verb and are no part of it; and
 * a dash before "adding", which stands for its comma.
 * Each on a sentence written for the test, not taken from the corpora.
 */
class ClaimantMediumRulesTest {

    @Test
    void aStatementAfterItsSpeakerIsTheSpeakers() {
        assertThat(claimants("Harbor Fire Rescue said it answered nearly 900 calls on Monday, according to a statement posted to Facebook, "
                + "including more than 40 water rescues.")).containsExactly("Harbor Fire Rescue", "Harbor Fire Rescue");
        assertThat(claimants("The port authority said 14 ships were held outside the harbour, according to a news release.")).containsExactly("The port authority");
    }

    @Test
    void theMediumIsNeverTheClaimant() {
        assertThat(claimants("Harbor Fire Rescue said in a statement posted on Facebook that it answered nearly 900 calls.")).containsExactly("Harbor Fire Rescue");
        assertThat(claimants("Harbor Fire Rescue said in a post on X that 40 people were rescued.")).containsExactly("Harbor Fire Rescue");
        assertThat(claimants("In a statement posted to X, Harbor Fire Rescue said 40 people were rescued.")).containsExactly("Harbor Fire Rescue");
        assertThat(claimants("About 40 people were rescued, Harbor Fire Rescue said in a statement posted to X.")).containsExactly("Harbor Fire Rescue");
        assertThat(claimants("Harbor Fire Rescue said on social media that 40 people were rescued.")).containsExactly("Harbor Fire Rescue");
    }

    @Test
    void aRelativeClauseAfterTheSubjectIsNoPartOfIt() {
        assertThat(claimants("A farmer near Ledmore who had spent most of the night with the rescue teams told reporters that 40 cows had drowned."))
                .containsExactly("A farmer near Ledmore");
    }

    @Test
    void aDashBeforeAddingIsItsComma() {
        assertThat(claimants("The ministry said its troops were holding the line – adding Tuesday that the army had repelled 52 attacks."))
                .containsExactly("The ministry");
        assertThat(claimants("The ministry said its troops were holding the line — adding that 52 attacks were repelled."))
                .containsExactly("The ministry");
    }

    @Test
    void anArgumentIsItsSpeakers() {
        assertThat(claimants("If the fund grew by an extra £2bn over five years, 40,000 homes could be built, the mayor argued."))
                .containsExactly("the mayor", "the mayor");
    }

    @Test
    void itIsTheBodyWhoseStatementOpensTheSentenceBefore() {
        assertThat(claimants("\"The fund is empty,\" analyst Ana Ruiz said on Monday. In a statement after the vote, the Harbor Tenants Union urged the council "
                + "to act. \"Only the return of all 300 families will do,\" it said.")).containsExactly("the Harbor Tenants Union");
    }
}
