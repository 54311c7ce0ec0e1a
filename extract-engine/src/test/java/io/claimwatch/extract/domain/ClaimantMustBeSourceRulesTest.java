package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * claimant.must-be-source, the check every claimant passes, and the readers that gave it fragments: a participle before
 * the noun it describes (claimant.attributive-participle) and a hedge between a verb of telling and the addressees it
 * counts. On sentences written for the test, not taken from the corpora.
 */
class ClaimantMustBeSourceRulesTest {

    @Test
    void wordsWhoseLastWordHeadsNoNounNameNoSource() {
        assertThat(claimants("A partial tally of the bills alone revealed costs of $40 billion.")).containsExactly((String) null);
        assertThat(MustBeSource.isSource("newly")).isFalse();
        assertThat(MustBeSource.isSource("the town with the most")).isFalse();
        assertThat(MustBeSource.isSource("where the national")).isFalse();
        assertThat(MustBeSource.isSource("2.5 million")).isFalse();
        // names, persons, bodies, documents and nouns in -ly stay
        assertThat(MustBeSource.isSource("the family")).isTrue();
        assertThat(MustBeSource.isSource("12th Infantry Division")).isTrue();
        assertThat(MustBeSource.isSource("The audit")).isTrue();
        assertThat(MustBeSource.isSource("health officials")).isTrue();
        assertThat(MustBeSource.isSource("Harbor Weekly")).isTrue();
        assertThat(MustBeSource.isSource("a regional government tally")).isTrue();
    }

    @Test
    void aParticipleAfterAModifierOfANounReportsNothing() {
        // claimant.attributive-participle: lexicon/claimant-attributive-modifiers.txt
        assertThat(claimants("And newly reported 2,140 cases are among the 18,400 test results of the week.")).containsExactly(null, null);
        assertThat(claimants("Cases stayed below Norland, the region with the most confirmed cases at over 120,000.")).containsExactly((String) null);
        assertThat(claimants("Port Ledmore, where the nationwide reported toll is above 9,000, closed its schools.")).containsExactly((String) null);
        assertThat(claimants("With 2.5 million confirmed infections, the council backed the plan.")).containsExactly((String) null);
        // a participle after its subject reports
        assertThat(claimants("Health officials reported 2,140 new cases on Monday.")).containsExactly("Health officials");
    }

    @Test
    void aParticipleAfterAModifierGoesOnWithTheSpeakerBefore() {
        // with no verb of its own, the sentence goes on with the report before it (claimant.carried-in-paragraph)
        assertThat(claimants("Health officials said 41 more people had died. And newly reported 2,140 cases raised the total to 60,200."))
                .containsExactly("Health officials", "Health officials", "Health officials");
    }

    @Test
    void addresseesCountedPastAHedge() {
        // claimant.addressees-counted: "told more than 250 people"
        assertThat(claimants("\"We will sign the treaty,\" Ruiz told more than 300 delegates at the meeting.")).containsExactly((String) null);
        assertThat(claimants("Mayor Ana Ruiz told about 40 reporters that the plan would go ahead.")).containsExactly((String) null);
    }
}
