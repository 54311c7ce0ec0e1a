package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The claimant rules of datelines and titles: a dateline that opens the sentence is no part of the subject after it
 * (claimant.dateline-not-subject, {@link DatelineOpening}), nor is a state's abbreviation after a place
 * (claimant.name-before-place); a definite title is the person last named with it (claimant.title-referent) and an
 * abbreviated title runs over its dot to the name (claimant.title-abbreviation, {@link PersonTitles}). Each on
 * sentences written for the test, not taken from the corpora.
 */
class ClaimantTitlesRulesTest {

    @Test
    void aDatelineIsNoPartOfTheSubject() {
        assertThat(claimants("HARBOR CITY (Wire) - Port police said 40 cars were damaged in the storm."))
                .containsExactly("Port police");
        assertThat(claimants("LEDMORE, Ore., May 3 - Rescuers said 12 climbers were still missing."))
                .containsExactly("Rescuers");
        assertThat(claimants("Harbor City (Wire) - County officials have counted 18 flooded homes."))
                .containsExactly("County officials");
    }

    @Test
    void aDashInsideTheSubjectStays() {
        // (no dateline: words in lower case before the dash)
        assertThat(claimants("The Harbor - Ledmore rail board said 14 trains were cancelled."))
                .containsExactly("The Harbor - Ledmore rail board");
    }

    @Test
    void aStateAbbreviationAfterAPlaceIsNoSpeaker() {
        assertThat(claimants("Police in Ledmore, Ore., say four people died in the fire.")).containsExactly("Police in Ledmore");
        assertThat(claimants("Officials in Dover, Del., said 40 homes were damaged.")).containsExactly("Officials in Dover");
    }
}
