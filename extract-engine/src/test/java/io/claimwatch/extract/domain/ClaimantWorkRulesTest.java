package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Claimants of a piece of work, a plan and an expectation: claimant.research-by, claimant.plan-terms,
 * claimant.under-plan, claimant.announced-by, claimant.looking-for, claimant.homograph-after-name, the appositive
 * of claimant.relayed-quote and claimant.middle-initial. Each on a phrasing written for the test, not one of the eval texts.
 */
class ClaimantWorkRulesTest {

    @Test
    void researchByABodyIsTheBodys() {
        assertThat(claimants("Research by the Harbor Institute of Public Health indicates that more than 2.4 million adults in the region are infected."))
                .containsExactly("the Harbor Institute of Public Health");
        assertThat(claimants("New analysis by Harbor Bank shows that 300 homes in the region are empty.")).containsExactly("Harbor Bank");
        // (a poll keeps its own name: its findings go on over the paragraph, claimant.poll-goes-on)
        assertThat(claimants("A poll by Harbor Research shows 41% of voters back the plan.")).containsExactly("A poll by Harbor Research");
    }

    @Test
    void heAfterTheBodyOfAPieceOfWorkIsThePersonNamedBefore() {
        // claimant.he-not-a-body
        assertThat(claimants("Health Minister Ana Ruiz said the clinic would open soon.\n\nResearch by the Harbor Institute indicates that "
                + "400 adults are infected.\n\nShe also noted that 700 children had lost a parent."))
                .containsExactly("the Harbor Institute", "Health Minister Ana Ruiz");
    }

    @Test
    void aPlansFiguresAreItsTermsNotAReport() {
        assertThat(claimants("According to the proposals, a nurse would earn 4,100 dollars a month, with a top bar of 5,200 dollars."))
                .containsExactly(null, null);
        // (a document that states figures stays a source)
        assertThat(claimants("According to the report, 400 nurses left the service.")).containsExactly("the report");
    }

    @Test
    void underAnOwnersPlanTheFiguresAreTheOwners() {
        assertThat(claimants("In contrast, under the mayor's plan, a bus ticket will cost 3 dollars. The longest trip costs 7 dollars."))
                .containsExactly("the mayor", "the mayor");
        assertThat(claimants("Under Ruiz's announcement, a clerk will start at 900 dollars a month.")).containsExactly("Ruiz");
        // (the level before the plan is no term of it)
        assertThat(claimants("Under Ruiz's announcement, a clerk will start at 900 dollars a month, up from 700 dollars."))
                .containsExactly("Ruiz", null);
        // (a sentence with a speaker of its own keeps it)
        assertThat(claimants("Under the mayor's plan, a ticket will cost 3 dollars, the union said.")).containsExactly("the union");
    }

    @Test
    void aFigureAnnouncedByANameIsTheNames() {
        assertThat(claimants("The workers want a raise instead of the 28 percent offered by Labor Minister Tom Baxter on Monday."))
                .containsExactly("Labor Minister Tom Baxter");
        assertThat(claimants("The workers want more than the 20 percent rise proposed by the port authority Monday."))
                .containsExactly("the port authority");
        // (a verb of action names no source)
        assertThat(claimants("The 24 hostages released by the rebels reached the border.")).containsExactly((String) null);
    }

    @Test
    void forecastersLookingForAFigureExpectIt() {
        assertThat(claimants("Many private economists are looking for at least two more rate increases this year."))
                .containsExactly("Many private economists");
        assertThat(claimants("Police are looking for two suspects.")).containsExactly((String) null);
    }

    @Test
    void aHomographAfterACommaAndANameIsAVerb() {
        // claimant.homograph-after-name
        assertThat(claimants("The storm cost 3 billion dollars, Ruiz reports in the May issue of the Harbor Journal."))
                .containsExactly("Ruiz");
        // (a name ending in the word stays a noun)
        assertThat(claimants("The storm cost 3 billion dollars, according to Harbor Reports.")).containsExactly("Harbor Reports");
    }

    @Test
    void aRelayedSpeakerKeepsHisAppositive() {
        assertThat(claimants("Harbor Radio quoted Ana Ruiz, Director of Public Health, as saying that 17 people died."))
                .containsExactly("Ana Ruiz, Director of Public Health");
    }

    @Test
    void aMiddleInitialEndsNoName() {
        assertThat(claimants("According to an earlier statement from the office of Senator Tom M. Baxter, the couple was to marry before 275 guests."))
                .containsExactly("an earlier statement from the office of Senator Tom M. Baxter");
        assertThat(Sentences.load().split("The office of Senator Tom M. Baxter said the couple would marry. Guests came.")).hasSize(2);
        assertThat(Sentences.load().split("The mayor's office posted it on X. Hours later the post was gone.")).hasSize(2);
    }
}
