package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The claimant rules for news at large that read the clause around a reporting verb: adverbial clauses,
 * times that open a subject, figures as subjects, data nouns, appositives after acronyms, cited
 * sources and "with X saying". Each on a phrasing of wire or broadcast copy, not one of the eval texts.
 */
class ClaimantRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> claimants(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::claimant).toList();
    }

    @Test
    void chargedThatReports() {
        // claimant.charged-that: a verb of lexicon/claimant-that-reports.txt, in any form, reports the "that" clause after it
        assertThat(claimants("Prosecutors charged that the group was responsible for the theft of more than 130 million card numbers."))
                .containsExactly("Prosecutors");
        assertThat(claimants("The indictment charges that they took approximately 30 million card numbers in 2008."))
                .containsExactly("The indictment");
        // (no "that": a charge is no report)
        assertThat(claimants("Police charged 17 people with looting.")).containsExactly((String) null);
    }

    @Test
    void informedThatReports() {
        assertThat(claimants("Chief Election Commissioner Kazi Rahman informed that results of 298 constituencies were announced."))
                .containsExactly("Chief Election Commissioner Kazi Rahman");
        assertThat(claimants("Officials said they had been informed of 12 deaths.")).containsExactly("Officials");
    }

    @Test
    void aStormThatClaimsLivesIsNoSource() {
        assertThat(claimants("In Taiwan, the storm claimed at least three lives and injured more than 220 people."))
                .containsExactly(null, null);
        assertThat(claimants("The rebels claimed 40 soldiers were killed.")).containsExactly("The rebels");
    }

    @Test
    void aParticipleBetweenAFigureAndItsNounIsAnAdjective() {
        assertThat(claimants("By this time last year, 31 confirmed flu deaths had been recorded, with 120 deaths still under review by the county."))
                .containsExactly(null, null);
    }

    @Test
    void aVerbInAnAdverbialClauseAfterTheFigureIsNoSource() {
        assertThat(claimants("Police detained dozens of people in the capital on Saturday after officials warned they would not allow the march."))
                .containsExactly((String) null);
        assertThat(claimants("Last year saw 410 cases, the most since the agency confirmed 700 in 2011."))
                .containsExactly(null, "the agency");
    }

    @Test
    void aTimeThatOpensTheClauseIsNotPartOfTheSubject() {
        assertThat(claimants("Last year the agency confirmed 95 imported cases.")).containsExactly("the agency");
    }

    @Test
    void aParticipleClauseReachedBeforeAnySubjectGivesNoClaimant() {
        assertThat(claimants("A cluster in the north, which started in May when a traveller fell ill while visiting Peru and came home with the virus, "
                + "has reported 14 new cases.")).containsExactly((String) null);
    }

    @Test
    void aFigureAsSubjectSpeaksForWhatItCounts() {
        List<String> cs = claimants("Of the 40 economists surveyed, 25 had forecast the bank would raise rates by 50 basis points.");
        assertThat(cs.get(cs.size() - 1)).isEqualTo("economists");
    }

    @Test
    void dataShowWhatTheirPublisherAsserts() {
        assertThat(claimants("Kenya's Electoral Commission began publishing results late on Sunday and the latest figures showed turnout at 41 percent."))
                .containsExactly("Kenya's Electoral Commission");
    }

    @Test
    void anAcronymBeforeItsAppositive() {
        assertThat(claimants("WFP, the UN food agency, says 2.1 million people need aid.")).containsExactly("WFP");
        assertThat(claimants("Northwind Power, the state's largest utility, said 300,000 customers were without power."))
                .containsExactly("Northwind Power");
    }

    @Test
    void theDotsOfAnAbbreviationDoNotEndAnAccordingTo() {
        assertThat(claimants("About 2 million customers were without power, according to the U.S. Energy Department."))
                .containsExactly("the U.S. Energy Department");
    }

    @Test
    void withANounSayingAttributesToTheNoun() {
        assertThat(claimants("Prisoners were released on Sunday, with the interior ministry saying 85 had been freed."))
                .containsExactly("the interior ministry");
    }

    @Test
    void aCitedSourceIsTheClaimant() {
        assertThat(claimants("Local media, citing city police, reported that at least 30 people were detained."))
                .containsExactly("city police");
    }

    @Test
    void aRelativeClauseBetweenCommasIsSkippedAndALongNameKeepsItsHead() {
        assertThat(claimants("The district council in Marsh Town of Elk County, where a dam failed after the storm, said 60 homes were lost."))
                .containsExactly("The district council in Marsh Town");
    }

    @Test
    void reportsThatAClauseStatesAreItsSource() {
        assertThat(claimants("The governor said he could not confirm the reports that at least 12 bodies had been found."))
                .containsExactly("the reports");
        // a relative clause, not a content clause: the speaker stays
        assertThat(claimants("The governor said the reports that circulated overnight were wrong and 12 bodies had been found."))
                .containsExactly("The governor");
    }

    @Test
    void aLongNameWithAndAndItsAcronymIsKeptWhole() {
        assertThat(claimants("The Kenya Institute for Disease Control and Prevention (KIDCP) has reported a total of 61 deaths this year."))
                .containsExactly("The Kenya Institute for Disease Control and Prevention (KIDCP)");
    }

    @Test
    void aCompanyWithItsTickerBeforeItsAppositive() {
        assertThat(claimants("Harbor Grid Holdings Inc’s (HGH.N) CoastPower, the region’s biggest utility, said 400,000 customers had no power."))
                .containsExactly("Harbor Grid Holdings Inc’s (HGH.N) CoastPower");
    }

    @Test
    void asWellAsCoordinatesItDoesNotNarrate() {
        assertThat(claimants("The agency said that 14 confirmed cases were recorded, as well as 9 probable and 3 suspected."))
                .containsExactly("The agency", "The agency", "The agency");
    }

    @Test
    void expectedThatAttributesAProjection() {
        assertThat(claimants("The council expected that as many as 300 people are still missing."))
                .containsExactly("The council");
        assertThat(claimants("The toll is expected to pass 300.")).containsExactly((String) null);
    }

    @Test
    void aParticipleAfterADashIsTheOutletsOwnSum() {
        assertThat(claimants("The army said 41 of its soldiers had been returned - meaning 90 prisoners freed in all."))
                .containsExactly("The army", null);
    }

    @Test
    void theNounOfANameReferredToResolvesToTheName() {
        assertThat(claimants("The 47th Mechanised Brigade held the line near the river. The brigade said 30 drones were downed."))
                .containsExactly("47th Mechanised Brigade");
        assertThat(claimants("Officials of Harbor County Police met on Monday. The police said 12 people were held."))
                .containsExactly("Harbor County Police");
    }

    @Test
    void theAddresseeOfToldIsNoSpeaker() {
        assertThat(claimants("The walkout by the 30,000 dockers has idled 160 ships, Maria Santos, a senior official of the National Dock Workers Union of the north, told Reuters."))
                .containsExactly("Maria Santos", "Maria Santos");
        assertThat(claimants("Carla Mendes, head of a federation which groups the 152 unions representing 700,000 workers, told Reuters the stoppage would go on."))
                .containsExactly(null, null);
    }

    @Test
    void aDeterminerThatOpensATimeIsNoObjectOfAHomograph() {
        assertThat(claimants("The toll is the highest for any U.S. state this year, with 16 deaths reported in Greenbrier County, where the heaviest rain fell, "
                + "and six in Kanawha County, officials said.")).containsExactly("officials", "officials");
    }

    @Test
    void aParticipleAfterAnIngFormIsAnAdjective() {
        assertThat(claimants("The 1999 quake killed 2,474 people and injured about 11,000, causing estimated property damage of $10 billion, the government said at the time."))
                .containsExactly("the government", "the government", "the government");
    }

    @Test
    void aPronounInTheClauseOfASpeakerIsThatSpeaker() {
        assertThat(claimants("Harbor Lines said in a statement on Monday that it does not expect revenue to fall by more than 2 percent."))
                .containsExactly("Harbor Lines");
    }

    @Test
    void aBareNounAppositiveDescribesTheName() {
        assertThat(claimants("Harbor Lines, owners of the ferry Sea Star, said the ship was carrying 412 people.")).containsExactly("Harbor Lines");
    }

    @Test
    void aPollIsTheSubjectOfItsReducedRelativeClause() {
        assertThat(claimants("A Gallup poll conducted for The Daily Post showed the Greens with 41 pct of the vote, while a poll by North Surveys Limited "
                + "for The Evening Star found them at 38 pct.")).containsExactly("A Gallup poll conducted for The Daily Post", "a poll by North Surveys Limited");
        assertThat(claimants("The Greens won the seat.\n\nThe Gallup poll, conducted in the six days before the vote, showed the Greens with 39 pct."))
                .containsExactly("The Gallup poll");
    }

    @Test
    void aSentenceCutIntoParagraphsByWrappedCopyIsReadWhole() {
        assertThat(claimants("The toll in the valley rose to 81, about\n\n45 people were killed in the hills and 23 died in the north, the\n\nofficials said.\n\n"
                + "The government has not commented.")).containsExactly("the officials", "the officials", "the officials");
        // a headline without a full stop is no piece of the sentence after it
        assertThat(claimants("STORM KILLS 12 IN THE NORTH\n\nThe storm destroyed 300 homes, officials said.")).containsExactly(null, "officials");
    }

    @Test
    void aSpeakerNamedAfterAQuotationIsTheHeOfTheNextParagraph() {
        assertThat(claimants("\"Tomorrow will be worse,\" said Ana Ruiz, the fire chief.\n\nNine air tankers and 100 firefighters were fighting the fire, she added."))
                .containsExactly("Ana Ruiz", "Ana Ruiz");
        // "he said" after a quotation names no one new: the next named speaker is not overridden
        assertThat(claimants("Her husband, Vasu, said rescuers came at 6 a.m. \"God saved us,\" he said.\n\nDr. Manoj Narayanan, the superintendent of the hospital in the village "
                + "told CNN that patients came at night. The hospital had seen about 100 patients, he said.")).last().isEqualTo("Dr. Manoj Narayanan");
    }

    @Test
    void whileInsideWhatAVerbReportsGoesOnReporting() {
        assertThat(claimants("The army said 400 rebels were taken prisoner, while 29 soldiers were killed and 58 wounded."))
                .containsExactly("The army", "The army", "The army");
    }

    @Test
    void aRelativePronounAsObjectHasItsSubjectAfterIt() {
        assertThat(claimants("The fall of the base, which the army said cost 1,269 lives, isolated the town.")).containsExactly("the army");
    }

    @Test
    void byAReckoningAfterTheFigureNamesItsSource() {
        assertThat(claimants("The region makes roughly 25 percent of the country's chips by some estimates.")).containsExactly("some estimates");
        assertThat(claimants("The team won 12 games by a wide margin.")).containsExactly((String) null);
    }

    @Test
    void aReportThatIdentifiesOrPoliceWhoRecordAFigureAreItsSource() {
        // "identified", "recorded" report with an evidential subject only (lexicon/evidential-verbs.txt)
        assertThat(claimants("The study identified 14 new species of beetle in the reserve.")).containsExactly("The study");
        assertThat(claimants("In the year to March, police recorded 52,000 burglaries across the region.")).containsExactly("police");
        assertThat(claimants("The weather station recorded 212 mm of rain on Sunday.")).containsExactly((String) null);
        assertThat(claimants("Exports to Chile, up 8% at $4bn, were the largest ever recorded.")).containsExactly(null, null);
        assertThat(claimants("The agency estimates that 1,180 people died, three times the 410 recorded over the same weeks last year."))
                .containsExactly("The agency", "The agency");
    }
}
