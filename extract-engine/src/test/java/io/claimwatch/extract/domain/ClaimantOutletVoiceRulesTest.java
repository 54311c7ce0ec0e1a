package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The claimant rules that hand a figure back to the outlet, or to the body a description means: a medium whose
 * issuer is not named, the people a speaker addressed, the speaker told about in the third person, a deed whose
 * responsibility is claimed; "the rights group" for the body named before it, and a name with a particle ("el-Masri").
 * Each on a sentence written for the test, not taken from the corpora.
 */
class ClaimantOutletVoiceRulesTest {

    @Test
    void aMediumWhoseIssuerIsNotNamedIsNoSource() {
        // claimant.unnamed-medium
        assertThat(claimants("Rescuers pulled 12 people from the rubble, a statement said. Four were taken to hospital."))
                .containsExactly(null, null);
        assertThat(claimants("Crews restored power to 8,000 homes overnight, an announcement said.")).containsExactly((String) null);
        // a word before the noun names who issued it ("a police statement"), and stays
        assertThat(claimants("Crews restored power to 8,000 homes overnight, a Harbor Power statement said."))
                .containsExactly("a Harbor Power statement");
        assertThat(claimants("Crews restored power to 8,000 homes overnight, a government bulletin said.")).containsExactly("a government bulletin");
        assertThat(claimants("Harbor Power said in a statement that crews restored power to 8,000 homes.")).containsExactly("Harbor Power");
    }

    @Test
    void aFigureRightAfterToldCountsTheAddressees() {
        // claimant.addressees-counted
        assertThat(claimants("Mayor Ana Ruiz told 40 delegates that the plan would go ahead.")).containsExactly((String) null);
        assertThat(claimants("Mayor Ana Ruiz told delegates that 40 homes would be built.")).containsExactly("Mayor Ana Ruiz");
        // "warned" may take what is said as its object
        assertThat(claimants("The agency warned 2,000 people could lose their homes.")).containsExactly("The agency");
    }

    @Test
    void theSpeakerToldAboutIsTheOutletsNarration() {
        // claimant.speaker-told-about: the surname opens the sentence after the report, and the report ends there
        assertThat(claimants("Tomas Varga said 30 guards had been bribed. Varga was one of five officers dismissed in May. "
                + "Two others were never charged.")).containsExactly("Tomas Varga", null, null);
        // a sentence with another subject goes on with the report
        assertThat(claimants("Tomas Varga said 30 guards had been bribed. Eight of them had been paid twice.")).containsExactly("Tomas Varga", "Tomas Varga");
    }

    @Test
    void aSentenceThatNamesTheSourceIsAboutIt() {
        // claimant.about-the-source: the source's last word stands in the sentence after the report (not as its opening subject)
        assertThat(claimants("\"I never meant harm,\" Ruiz wrote in a letter. Prosecutors showed the jury three accounts linked to Ruiz."
                + " One held 900 posts.")).containsExactly(null, null);
        assertThat(claimants("Harbor Energy said the spill was contained. Crews from Harbor Energy collected 40 tonnes of oil."))
                .containsExactly((String) null);
        assertThat(claimants("Harbor Energy said the spill was contained. Crews collected 40 tonnes of oil.")).containsExactly("Harbor Energy");
    }

    @Test
    void claimingResponsibilityReportsNoFigure() {
        // claimant.responsibility-not-a-report
        assertThat(claimants("A militant group claimed responsibility for the bombing of two bridges.")).containsExactly((String) null);
        assertThat(claimants("The rebels claimed credit for an ambush that killed 14 soldiers.")).containsExactly((String) null);
        assertThat(claimants("The rebels claimed 14 soldiers were killed.")).containsExactly("The rebels");
    }

    @Test
    void theGroupIsTheBodyNamedBefore() {
        // claimant.body-referent
        assertThat(claimants("Harbor Watch International said abuses had risen since May. The rights group alleged 210 cases of torture."))
                .containsExactly("Harbor Watch International");
        assertThat(claimants("The Coastal Monitor said in a statement that fighting went on. Hundreds of fighters joined, the group said."))
                .containsExactly("The Coastal Monitor");
        // a name that ends in the noun wins ("the group" after "the Varda Group")
        assertThat(claimants("The Varda Group said sales had slowed. The group said it would cut 300 jobs."))
                .containsExactly("Varda Group");
    }

    @Test
    void theCompanyIsTheCompanyTheArticleIsAbout() {
        // claimant.company-referent: a name with a legal suffix or a ticker that the lead gives, repeated most
        assertThat(claimants("Harbor Toys Inc. recalled dolls on Tuesday. Harbor Toys blamed a supplier in Ledmore. A total of 1.2 million toys "
                + "are being recalled, the company said.")).containsExactly("Harbor Toys");
        assertThat(claimants("Varda ( VARD.DE ) passengers face more strikes. Varda cancelled flights on Friday. The airline has said it will "
                + "not improve its offer of 3.5 percent.")).containsExactly("Varda");
        // a wire's bare ticker marks the company too; its initials alone ("VA said") name it as well
        assertThat(claimants("LONDON (Reuters) - Varda Air VAR.L flew most flights on Monday. Last week, the airline announced a loss of "
                + "531 million pounds. VA said its yield rose 3.2 percent.")).containsExactly("Varda Air", "Varda Air");
        // (initials that are not the company's stay as they are)
        assertThat(claimants("Varda Air VAR.L flew most flights on Monday. The CAA said fares rose 3.2 percent.")).containsExactly("The CAA");
        // "the oil major" too
        assertThat(claimants("Harbor Oil Corp said 10 oiled ducks were being treated. Harbor Oil crews worked overnight. Two more ducks had been "
                + "found dead, the oil major said.")).containsExactly("Harbor Oil Corp", "Harbor Oil");
        // no name the text marks as a company's: the words stay
        assertThat(claimants("Harbor Toys recalled dolls on Tuesday. A total of 1.2 million toys are being recalled, the company said."))
                .containsExactly("the company");
        // a name that ends in the noun wins ("the company" after "the Boeing Company")
        assertThat(claimants("Harbor Toys Inc. recalled dolls. The Varda Company made them. It sold 40,000 of them, the company said."))
                .containsExactly("Varda Company");
    }

    @Test
    void aNameParticleKeepsTheNameBeforeItsAppositive() {
        // claimant.name-particle
        assertThat(claimants("Hisham el-Masri, the head of the port authority, said 40 ships were waiting.")).containsExactly("Hisham el-Masri");
        assertThat(claimants("Work resumed on Monday, Hisham el-Masri, the head of the port authority, said in a statement. "
                + "\"We have 40 ships waiting,\" he said.")).containsExactly("Hisham el-Masri");
    }

    @Test
    void aDayEndingASourceIsNoSurname() {
        // claimant.it-not-a-person: "it" after "a Harbor Watch statement released Thursday" is the statement, not the last person,
        // though "On Thursday" opened a sentence before
        assertThat(claimants("On Thursday, the mayor met the families. \"Nobody should doubt our resolve,\" prosecutor Ana Ruiz said in the statement. "
                + "Floods have killed at least 1,000 people so far this year, according to a Harbor Watch statement released Thursday. "
                + "Citing interviews with witnesses, it said the militia rounded up 300 villagers."))
                .containsExactly("a Harbor Watch statement released Thursday", "a Harbor Watch statement released Thursday");
    }
    @Test
    void theRateOfAPlantTheWordsOwnOrNameIsTheOutletsDescription() {
        // claimant.plant-capacity: a possessive, a name, or "the" and the plant's name, before the rate and the plant's noun
        assertThat(claimants("Exxon Mobil Corp said the hurricane had only a minor impact on its 349,000 bpd Beaumont, Texas, refinery."))
                .containsExactly((String) null);
        assertThat(claimants("Harbor Pipelines said it was unable to say when the 318,000 barrels-per-day Line 14 would resume service."))
                .containsExactly((String) null);
        assertThat(claimants("Shell Oil Co. said all units at its joint-venture Motiva Enterprises 285,000 bpd refinery in Port Arthur were shut."))
                .containsExactly((String) null);
        // (the speaker is read all the same: "it" after it is the speaker)
        assertThat(claimants("Harbor Pipelines said on Sunday it hopes to replace the leaking section of its 318,000 barrel per day Line 14. "
                + "On Friday, Harbor Pipelines shut down the line after it reported that about 1,200 barrels of crude had leaked."))
                .containsExactly(null, "Harbor Pipelines");
        // (the figures of the report stay the speaker's; a plant the sentence brings in, or "the entire" plant, is not described)
        assertThat(claimants("Harbor Pipelines said the leak spilled 1,200 barrels near its 318,000 bpd Line 14.")).containsExactly("Harbor Pipelines", null);
        assertThat(claimants("The spokesman said BP has a 437,000 bpd refinery in Rotterdam.")).containsExactly("The spokesman");
        assertThat(claimants("The spokesman said the entire 178,500 bpd refinery has been shut since the accident.")).containsExactly("The spokesman");
    }
}
