package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counted-phrase rules that read beyond the noun after the figure: ellipses, anaphora, the verb
 * before it, subsets, places, comparatives, passive agents. Phrasings in the style of wire copy,
 * none taken from the eval articles.
 */
class CountedPhraseRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<ExtractedClaim> all(String text) {
        return X.extract(text, null).claims();
    }

    static ExtractedClaim only(String text) {
        List<ExtractedClaim> cs = all(text);
        assertThat(cs).as(text).hasSize(1);
        return cs.get(0);
    }

    @Test
    void aBareFigureAsSubjectCountsTheNounOfTheFigureBefore() {
        List<ExtractedClaim> cs = all("Organisers counted 12,000 marchers, while police said 5,000 had gathered in the main square.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("marchers counted", "marchers gathered in the main square");
        List<ExtractedClaim> ds = all("The ruling party won 140 of the 301 seats, short of the 151 required for a majority.");
        assertThat(ds.get(2).counted()).isEqualTo("seats required for a majority");
        List<ExtractedClaim> es = all("At least 90 shops were looted and 30 burned.");
        assertThat(es.get(1).counted()).isEqualTo("shops burned");
    }

    @Test
    void aBareMeasureNounRefersToTheCountBefore() {
        List<ExtractedClaim> cs = all("About 20,000 farmers drove tractors into the city, though organisers put the figure at 50,000.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("farmers drove tractors into the city", "farmers drove tractors into the city");
        List<ExtractedClaim> ds = all("Officials said 12 percent of nurses had stayed home, a figure the union put at 40 percent.");
        assertThat(ds.get(1).counted()).isEqualTo(ds.get(0).counted());
        // "a turnout of 64 percent" names its own measure
        List<ExtractedClaim> es = all("Some 3,000 members took part, on a turnout of 64 percent.");
        assertThat(es.get(1).counted()).isEqualTo("percent turnout");
    }

    @Test
    void theVerbBeforeTheFigureNamesWhatHappenedAndItsSubjectWhoDidIt() {
        assertThat(only("Shoppers made roughly 9 million visits to the centre last month.").counted())
                .isEqualTo("visits made by Shoppers to the centre");
        assertThat(only("Regional councils will decide two further seats.").counted()).isEqualTo("further seats decided by Regional councils");
        assertThat(only("Volunteers planted 4,000 trees along the river.").counted()).isEqualTo("trees planted");
        // a noun after a determiner is not a verb
        assertThat(only("The closure will cost the region about 3,000 jobs.").counted()).isEqualTo("jobs cost");
        // a phrasal verb: the verb before its particle, not the particle as a verb ("offed by lay")
        assertThat(only("The mill plans to lay off up to 600 workers.").counted()).isEqualTo("workers laid off");
        assertThat(only("The firm is laying off about 900 staff this spring.").counted()).startsWith("staff laid off");
    }

    @Test
    void participlesOfIrregularAndRegularVerbs() {
        CountedWords cp = new CountedWords(Lexicon.get());
        assertThat(cp.participle("took")).isEqualTo("taken");
        assertThat(cp.participle("wins")).isEqualTo("won");
        assertThat(cp.participle("decide")).isEqualTo("decided");
        assertThat(cp.participle("carries")).isEqualTo("carried");
        assertThat(cp.participle("plants")).isEqualTo("planted");
        assertThat(cp.participle("owe")).isEqualTo("owed");
    }

    @Test
    void aSubsetInheritsThePredicateOfTheWhole() {
        List<ExtractedClaim> cs = all("Up to 70 fishermen may still be in Indian jails, including 11 minors.");
        assertThat(cs.get(1).counted()).isEqualTo("minors in Indian jails");
        List<ExtractedClaim> ds = all("Some 300,000 people were displaced, including 40,000 living in camps.");
        assertThat(ds.get(1).counted()).isEqualTo("people living in camps displaced");
    }

    @Test
    void aCountOfPlacesCarriesWhatIsSpreadOverThem() {
        List<ExtractedClaim> cs = all("Nearly 8,000 schools were closed across 14 provinces.");
        assertThat(cs.get(1).counted()).isEqualTo("provinces with schools closed");
        List<ExtractedClaim> ds = all("About 2,000 residents were without power in three towns.");
        assertThat(ds.get(1).counted()).isEqualTo("towns with residents without power");
    }

    @Test
    void aDifferenceFromAForecastCountsWhatTheFigureBeforeCounts() {
        List<ExtractedClaim> cs = all("Tax receipts reached $410bn, $12bn less than the Treasury had projected.");
        assertThat(cs.get(0).counted()).isEqualTo("Tax receipts (US dollars)");
        assertThat(cs.get(1).counted()).isEqualTo("Tax receipts below projected (US dollars)");
    }

    @Test
    void thePassiveAgentDoesWhatTheParticipleSays() {
        List<ExtractedClaim> cs = all("Some 600 police officers patrolled the stadium, assisted by 40 soldiers.");
        assertThat(cs.get(1).counted()).isEqualTo("soldiers assisting police officers");
    }

    @Test
    void aGerundAfterOfKeepsItsObject() {
        assertThat(only("Bookmakers give the challenger a 25% chance of winning the nomination.").counted())
                .isEqualTo("chance of winning the nomination (pct)");
    }

    @Test
    void anInvolvingClauseNamesTheEvent() {
        assertThat(only("Police are investigating a brawl involving about 30 fans.").counted()).isEqualTo("fans in brawl");
    }

    @Test
    void aShareOfAParticipleAndNoun() {
        assertThat(only("About 45% of reported infections were in adults.").counted()).isEqualTo("reported infections in adults (pct)");
    }

    @Test
    void thePossessorOfACountAndAPartOfIt() {
        List<ExtractedClaim> cs = all("Engineers have restored only 9 of the city's 40 pumping stations.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("pumping stations restored", "pumping stations of the city");
    }

    @Test
    void aPlaceBetweenTheCountAndItsVerb() {
        // where the counted are is kept with them ("passengers on the bus died": CountedShapesRulesTest)
        assertThat(only("More than 600 homes in the valley had flooded by noon.").counted()).isEqualTo("homes in the valley flooded");
    }

    @Test
    void anEarlierLevelIsNotARate() {
        List<ExtractedClaim> cs = all("Some 95 patients were in intensive care, down from 120 a day earlier.");
        assertThat(cs.get(1).counted()).isEqualTo(cs.get(0).counted());
    }

    @Test
    void aDefiniteAppositiveAfterANameDescribesIt() {
        assertThat(only("Harbor Freight Lines, the port's biggest operator, said it had idled 14 vessels.").claimant())
                .isEqualTo("Harbor Freight Lines");
    }

    @Test
    void timeSpendingVerbsLeadToTheirParticiple() {
        assertThat(only("Hundreds of commuters spent the evening queuing outside the station.").counted())
                .isEqualTo("commuters spent queuing");
        assertThat(only("About 400 fans spent the night at the border crossing.").counted())
                .isEqualTo("fans spent night at border crossing");
    }

    @Test
    void aBareFigureBeforeACasualtyParticipleCountsPeople() {
        assertThat(all("Officials reported 52 killed and 130 injured.")).extracting(ExtractedClaim::counted)
                .containsExactly("people killed", "people injured");
        assertThat(all("Nine died in Sonora, four in Sinaloa and one in Durango.")).extracting(ExtractedClaim::counted)
                .containsExactly("people died in Sonora", "people died in Sinaloa", "people died in Durango");
        // a participle before a noun is an adjective: "5 injured workers" counts workers
        assertThat(only("Rescuers reached 5 injured workers.").counted()).isEqualTo("injured workers");
    }

    @Test
    void aNounFrontedWithOfIsWhatTheFigureAfterItCounts() {
        assertThat(only("Of the victims, 212 were found in the capital.").counted()).isEqualTo("victims found in the capital");
    }

    @Test
    void aMeasureNounBeforeTheFigureNamesIt() {
        assertThat(only("Local media reported a death toll of more than 300.").counted()).isEqualTo("killed (death toll)");
        assertThat(all("The ministry said the number killed in Lagos rose from 12 to 19.")).extracting(ExtractedClaim::counted)
                .containsExactly("number killed in Lagos", "number killed in Lagos");
        // a rate with its acronym in brackets, and the figure it is compared with
        assertThat(all("The case fatality rate (CFR) stood at 4.2 per cent, against 3.9 per cent a year earlier."))
                .extracting(ExtractedClaim::counted).containsExactly("pct case fatality rate", "pct case fatality rate");
    }

    @Test
    void nounsThatAreAlsoReportingVerbsAfterTheFigure() {
        assertThat(all("Walkouts spread to 14 states and 60 cities.")).extracting(ExtractedClaim::counted)
                .containsExactly("states", "cities");
    }

    @Test
    void aPartOfTheWholeReadsPastItsScaleAndCompound() {
        List<ExtractedClaim> cs = all("Some 41% of the 12,000-member union voted to strike.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("member union voted to strike (pct)", "member union voted to strike");
        assertThat(all("More than 60 percent of the 3 million registered voters cast ballots.").get(0).counted())
                .isEqualTo("percent registered voters cast ballots");
        assertThat(only("Voters will choose a total of 300 deputies.").counted()).isEqualTo("deputies chosen by Voters");
    }

    @Test
    void whereOrToWhatTheFigureApplies() {
        assertThat(only("Nearly 900 people have died or gone missing on the eastern route this year.").counted())
                .isEqualTo("people died or gone missing on the eastern route");
        assertThat(only("Clinics treated 310 patients for smoke inhalation since Friday.").counted())
                .isEqualTo("patients treated for smoke inhalation");
        assertThat(all("The trawler sank about 30 kilometers (19 miles) north of the port.")).extracting(ExtractedClaim::counted)
                .containsExactly("kilometers north of the port", "miles north of the port");
        assertThat(only("Some 700 deaths were attributable to the smog.").counted()).isEqualTo("deaths attributable to the smog");
        // not a time, not another figure
        assertThat(only("Police arrested 45 people on Monday.").counted()).isEqualTo("people arrested");
        assertThat(only("Medics treated 45 people in recent days.").counted()).isEqualTo("people treated");
        assertThat(all("About 2,000 residents were without power in three towns.").get(0).counted()).isEqualTo("residents without power");
    }

    @Test
    void aBareFigureWithAParticipleAndNoNounBefore() {
        assertThat(only("Officials said 640 were still being housed in the gym.").counted()).isEqualTo("housed in the gym");
        assertThat(only("Survivors said 140 had been crowded aboard the trawler.").counted()).isEqualTo("crowded aboard the trawler");
        assertThat(only("Grid load hit a record 38,200 megawatts.").counted()).isEqualTo("megawatts Grid load");
    }

    @Test
    void aFigureOnANamedScaleMeasuresTheThingAfterIt() {
        assertThat(only("A magnitude-7.1 earthquake struck the coast before dawn.").counted()).isEqualTo("earthquake magnitude");
        assertThat(all("A magnitude 6.4 quake killed 12 people.")).extracting(ExtractedClaim::counted)
                .containsExactly("quake magnitude", "people killed in a magnitude 6.4 quake");
    }

    // ------------------------------------------------------------------ news at large (second batch)

    @Test
    void aPlaceGoesOnOnlyToAnotherNameAndASharedShareInBracketsIsTheSameCountThere() {
        List<ExtractedClaim> cs = all("Officials said 52,000 people crossed by sea this year, with about 40 percent arriving in Spain "
                + "and the rest split between Italy (35%) and Greece (25%).");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("people crossed", "percent arriving in Spain",
                "percent arriving in Italy", "percent arriving in Greece");
    }

    @Test
    void aListOfNounsIsCountedWhole() {
        assertThat(only("Rescuers have pulled 2,300 men, women and children from the sea this month.").counted())
                .isEqualTo("men, women and children pulled from the sea");
    }

    @Test
    void aTimeAfterTheFigureIsNotWhatItCounts() {
        assertThat(only("The toll from the storm was at 41 early on Tuesday.").counted()).isEqualTo("killed (toll)");
    }

    @Test
    void aTollCountsTheKilled() {
        assertThat(only("Rescuers said the quake toll had climbed to 310 by nightfall.").counted())
                .isEqualTo("killed (quake toll)");
        assertThat(only("The death toll in the flooded valley rose to 27 on Friday.").counted())
                .startsWith("killed (death toll)");
    }

    @Test
    void theStateTheCountedAreIn() {
        assertThat(only("Officials said 120 deaths now under investigation were linked to the heat.").counted())
                .isEqualTo("deaths under investigation");
        assertThat(only("About 300,000 homes had no power on Sunday.").counted()).isEqualTo("homes with no power");
        assertThat(only("Nearly 2 million were without power.").counted()).isEqualTo("without power");
        assertThat(only("Almost 900,000 customers remained without power.").counted()).isEqualTo("customers without power");
    }

    @Test
    void aNameThatEndsInANumberInsideThePlace() {
        assertThat(all("Some 90 million people across the Lower 48 were under flood watches.").get(0).counted())
                .isEqualTo("people under flood watches");
    }

    @Test
    void aPartOfItsOwn() {
        assertThat(only("The army said 40 of its soldiers had been captured.").counted()).isEqualTo("soldiers captured");
    }

    @Test
    void aNamedBodyAfterOf() {
        assertThat(only("About 12,000 members of the National Nurses Union walked off the job on Monday.").counted())
                .isEqualTo("members of the National Nurses Union walked off");
    }

    @Test
    void aParticipleBeforeANameIsAnAdjective() {
        assertThat(only("Police said three unarmed Black teenagers were shot.").counted()).isEqualTo("unarmed Black teenagers shot");
    }

    @Test
    void aReportingVerbThatIsANounAfterAnAdjective() {
        assertThat(only("Ohio joins 9 other states on the list of those reporting cases.").counted())
                .isEqualTo("other states joined by Ohio on the list");
    }

    @Test
    void aMeasureThatOpensANounPhraseOfPlurals() {
        assertThat(only("Total asylum applications this year have reached 412,000.").counted()).isEqualTo("total asylum applications");
    }

    @Test
    void aBareFigureInAnotherYearCountsTheNounBefore() {
        assertThat(all("The latest total compares with 61,000 arrivals in 2020 and 95,000 in 2019.").get(1).counted())
                .isEqualTo("arrivals");
    }

    @Test
    void theSameCountInAnotherPlaceOnlyWhenTheFigureOpensItsClause() {
        assertThat(all("Storm kills 3 in Texas, cuts power to nearly 1 million in Louisiana")).extracting(ExtractedClaim::counted)
                .doesNotContain("Storm killed in Louisiana", "people killed in Louisiana");
    }

    @Test
    void aPassiveParticipleBeforeAtMeasuresItsSubject() {
        assertThat(only("Maximum sustained winds were recorded at 65 mph.").counted()).isEqualTo("mph Maximum sustained winds");
    }

    @Test
    void theObjectOfAPrepositionBeforeAtIsNotWhatIsMeasured() {
        assertThat(only("Border arrivals bottomed out in April during the height of the COVID-19 pandemic at 17,100.").counted())
                .isEqualTo("Border arrivals");
    }

    @Test
    void theStateOfTheNounAfterANumberOf() {
        assertThat(only("The number of patients under quarantine has risen to 310.").counted()).isEqualTo("patients under quarantine");
    }

    @Test
    void aFigureANameHasCountsTheNounOfTheSentenceBefore() {
        assertThat(all("Texas had about 210,000 outages. Ohio had more than 95,000; Kentucky over 40,000."))
                .extracting(ExtractedClaim::counted).containsExactly("outages", "outages", "outages");
        // not a figure that measures something of its own
        assertThat(all("Texas had about 210,000 outages. The currency rose to 9.86 against the euro.").get(1).counted())
                .isNotEqualTo("outages");
    }

    @Test
    void aShareOfThemCountsTheNounFrontedWithOf() {
        assertThat(only("Of the patients admitted so far this week, 40% of them were children.").counted())
                .isEqualTo("patients admitted so far this week (pct)");
    }

    @Test
    void outOfIsAPartitiveNotANoun() {
        assertThat(all("The two parties each won 88 seats out of the 250 seats.").get(0).counted()).isEqualTo("seats won");
    }

    @Test
    void aRelativeClauseWithItsVerbSaysWhatIsCounted() {
        assertThat(only("The register lists 2,310 people who died or went missing on the route this year.").counted())
                .startsWith("people who died or went missing");
        assertThat(only("Six of the patients who died were over the age of 80.").counted()).isEqualTo("patients who died");
    }

    @Test
    void anObjectThatIsTheirsGoesWithTheVerb() {
        assertThat(only("At least 640 people have lost their homes.").counted()).isEqualTo("people lost their homes");
    }

    @Test
    void aBareObjectCountsTheNounBefore() {
        assertThat(all("The storm killed 12 people and injured 40.").get(1).counted()).isEqualTo("people injured");
        assertThat(all("Last year saw 410 cases, the most since the agency confirmed 700 in 2011.").get(1).counted())
                .isEqualTo("cases confirmed");
    }

    @Test
    void aCoordinatedVerbWithAnObjectOfItsOwnIsNotTheFiguresVerb() {
        List<ExtractedClaim> cs = all("The governor pardoned 78 inmates and shortened the sentences of 153 others on Monday.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("inmates pardoned", "others");
        List<ExtractedClaim> ds = all("The storm destroyed 1,300 hectares of crops and estimated losses of $165,000, officials said.");
        assertThat(ds).extracting(ExtractedClaim::counted).containsExactly("hectares of crops destroyed in the storm", "US dollars losses");
        // an intransitive one stays: "died or went missing in the floods"
        assertThat(only("At least 30 people died or went missing in the floods.").counted())
                .isEqualTo("people died or went missing in the floods");
    }

    @Test
    void aNounEndingInIsOrUsBeforeTheFigureIsNoVerb() {
        // (a size with its dimension word is the size's dimension, counted.dimension: not "feet debrised high")
        assertThat(only("The blast piled coal and debris nearly 5 feet high.").counted()).isEqualTo("height (feet)");
        assertThat(only("The ballots will be counted this month and decide four more seats.").counted()).isEqualTo("more seats decided");
    }

    @Test
    void ofThemCountsTheNounOfTheSentenceBefore() {
        assertThat(all("Eight coaches derailed near the station. Two of them overturned, officials said."))
                .extracting(ExtractedClaim::counted).containsExactly("coaches derailed near the station", "coaches overturned");
        assertThat(all("Rescuers pulled 40 people from the rubble. Three of them were later hospitalized."))
                .extracting(ExtractedClaim::counted).containsExactly("people pulled from the rubble", "people hospitalized");
    }

    @Test
    void aFigureWithNoNounInItsClauseTakesTheNounCountedBeforeOrTheSubjectOfItsVerb() {
        assertThat(all("The quake damaged a prison, allowing about 100 prisoners to escape, the minister said. "
                + "About 30 had been recaptured by Sunday night, the minister said."))
                .extracting(ExtractedClaim::counted).last().isEqualTo("prisoners recaptured");
        assertThat(all("P and O shares stood at a late 616.")).extracting(ExtractedClaim::counted).containsExactly("shares");
    }

    @Test
    void aShareOfAChangeCountsTheChangeOfItsSubjectAndTheFigureAfterItTheSubject() {
        List<ExtractedClaim> cs = all("US exports rose 12.3% to $1.15 trillion in 2004, while imports fell by 2 pct.");
        assertThat(cs).extracting(ExtractedClaim::counted)
                .containsExactly("pct rise in exports", "exports (US dollars)", "pct fall in imports");
        assertThat(cs.get(0).key().event()).as("what happened to exports").isEqualTo("rise");
        assertThat(cs.get(2).key().event()).isEqualTo("fall");
    }

    @Test
    void anEstimatingVerbPutsTheFigureOnTheNounPhraseAfterIt() {
        assertThat(only("The World Bank put the amount of aid needed at about $5bn.").counted()).isEqualTo("amount of aid needed (US dollars)");
        assertThat(only("Insurers estimated the damage at $2 billion.").counted()).isEqualTo("damage (US dollars)");
    }

    @Test
    void aGradingAdverbIsNoNounAndAPossessiveNameIsWhole() {
        ExtractedClaim c = only("West Virginia's three most devastated counties will receive federal assistance.");
        assertThat(c.counted()).isEqualTo("most devastated counties of West Virginia");
        assertThat(c.key().kind()).isEqualTo("county");
    }
}
