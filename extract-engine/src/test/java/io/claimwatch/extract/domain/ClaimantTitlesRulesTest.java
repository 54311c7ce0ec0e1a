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

    @Test
    void aDefiniteTitleIsThePersonLastNamedWithIt() {
        assertThat(claimants("Harbor Police Chief Ana Ruiz said the club had three exits. The chief said five people were still in hospital."))
                .containsExactly("Harbor Police Chief Ana Ruiz", "Ana Ruiz");
        assertThat(claimants("Sgt. Tom Baxter spoke to reporters on Monday. The sergeant said 12 casings were found."))
                .containsExactly("Tom Baxter");
    }

    @Test
    void aTitleWithAnotherModifierOrNoNameBeforeStaysAsWritten() {
        // (the fire chief is not the police chief; a chief executive is no chief)
        // (what "the fire chief" is then is another rule's: here only that it is not the police chief)
        assertThat(claimants("Police Chief Ana Ruiz spoke first. The fire chief said 30 homes burned."))
                .hasSize(1).doesNotContain("Ana Ruiz");
        assertThat(claimants("Chief Executive Lena Okafor spoke first. The chief said 30 stores would close."))
                .containsExactly("The chief");
    }

    @Test
    void anAbbreviatedTitleRunsOverItsDotToTheName() {
        assertThat(claimants("\"There were more than 200 people inside,\" said Harbor police Lt. Ana Ruiz. \"It was chaos.\""))
                .containsExactly("Harbor police Lt. Ana Ruiz");
        assertThat(claimants("\"We found 14 casings,\" said Rep. Tom Baxter."))
                .containsExactly("Rep. Tom Baxter");
    }

    @Test
    void aTitleAndSurnameIsThePersonNamedInFullBefore() {
        // claimant.title-surname
        assertThat(claimants("President Ana Lind flew to the port on Monday. President Lind said 40 ships were damaged."))
                .containsExactly("Ana Lind");
        assertThat(claimants("Harbor Senator Tom Baxter spoke first. \"It is a disaster,\" Senator Baxter said, adding that 12 piers burned."))
                .containsExactly("Tom Baxter");
        assertThat(claimants("Prime Minister Lena Okafor met the mayors. Prime Minister Okafor said 300 homes were lost."))
                .containsExactly("Lena Okafor");
    }

    @Test
    void aTitleAndSurnameWithNoFullNameBeforeStaysAsWritten() {
        assertThat(claimants("President Lind said 40 ships were damaged.")).containsExactly("President Lind");
    }
}
