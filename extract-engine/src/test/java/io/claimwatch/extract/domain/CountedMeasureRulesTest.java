package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The counted-phrase rules for figures whose noun is not after them: a population, a share's state, a
 * change said of a subject or of the figure before, a level a subject is held at, an aside between a
 * noun and its verb; and no counted phrase without a noun. Sentences of our own, none from the eval
 * articles.
 */
class CountedMeasureRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aPlaceOfAFigureOfPeopleCountsItsPopulation() {
        assertThat(counted("The storm flattened the harbour, a town of some 40,000 residents.")).containsExactly("population (residents)");
        assertThat(counted("Protests spread across the island nation of 22 million.")).containsExactly("population");
        // a place of households or homes counts those, not its people
        assertThat(counted("Rescuers reached a village of 120 households on Friday.")).containsExactly("households");
    }

    @Test
    void aWordInBracketsBetweenAFigureAndItsNounIsSteppedOver() {
        // bracketed-qualifier: "(estimated)" qualifies the noun; what is counted is the noun after it, not the subject
        assertThat(counted("The survey found 25,000 (estimated) tonnes of zinc ore under the valley.").get(0)).startsWith("tonnes of zinc ore");
        // "(metric) tonnes" is a unit as written (units.txt), and the ore after it what is counted
        assertThat(counted("The survey found 25,000 (metric) tonnes of zinc ore under the valley.").get(0)).startsWith("(metric) tonnes of zinc ore");
        // a figure in brackets is a conversion, not a qualifier
        assertThat(counted("The trail runs 12 miles (19 kilometers) through the forest.")).doesNotContain("");
    }

    @Test
    void aFigureOnANamedScaleMeasuresWhatThatScaleMeasures() {
        assertThat(counted("Seismologists said the tremor registered 5.8 on the open-ended Richter scale.")).containsExactly("tremor magnitude (Richter)");
        // the thing measured is the one the relative clause is said of, not a place inside it
        assertThat(counted("The shock, which in the capital measured five on the Mercalli scale, cracked walls."))
                .containsExactly("shock intensity (Mercalli)");
    }

    @Test
    void aShareNamesItsUnitAsTheWiresDoUnlessTheArticleSpellsPercent() {
        assertThat(counted("Some 64% of the households surveyed had no flood cover.")).containsExactly("households surveyed who had no flood cover (pct)");
        assertThat(counted("Wages rose 2.5% in the year to June.")).containsExactly("pct rise in Wages");
        assertThat(counted("Some 30 per cent of the ballots were spoiled.")).containsExactly("pct of ballots spoiled");
        assertThat(counted("Only 12 percent of the vaccine doses arrived.")).containsExactly("percent of vaccine doses arrived");
    }

    @Test
    void aShareOfAChangeNounCountsThatChange() {
        assertThat(counted("Nurses want a pay rise of 12 pct this year.")).containsExactly("pct pay rise");
    }

    @Test
    void aShareBetweenBeAndAParticipleCountsThatState() {
        assertThat(counted("Crews said the blaze was 62% contained by nightfall.")).containsExactly("pct contained");
        // a change compared with a year is no state
        assertThat(counted("Sales rose 4% compared with a year ago.")).containsExactly("pct rise in Sales");
    }

    @Test
    void aChangeIsSaidOfTheSubjectPastAdverbsAndAsides() {
        assertThat(counted("Imports climbed even faster by 11.2% in the year.")).containsExactly("pct rise in Imports");
        assertThat(counted("The index had risen steadily by 3.9% since March.")).containsExactly("pct rise in index");
        assertThat(counted("The surplus with Japan, down 4.1% at $38bn, narrowed for a third year."))
                .containsExactly("pct fall in surplus with Japan", "surplus with Japan (US dollars)");
        assertThat(counted("Farm exports rose 6% to a new record of $41bn.")).last().isEqualTo("Farm exports (US dollars)");
        // "up 7%" after the figure before it and a comma: the change of what that figure counts
        assertThat(counted("The budget deficit grew to $12.4bn, up 7% from a year earlier.")).last()
                .isEqualTo("pct rise in budget deficit");
    }

    @Test
    void aSubjectHeldAtALevelOrWithAPostmodifierIsWhatTheFigureMeasures() {
        assertThat(counted("The jobless rate stayed at 4.8% in June.")).containsExactly("jobless rate (pct)");
        assertThat(counted("The deficit on services alone was €2.3bn.")).containsExactly("deficit on services (euros)");
        assertThat(counted("The gap between US imports and exports reached $80bn.")).containsExactly("gap between US imports and exports (US dollars)");
    }

    @Test
    void anAsideBetweenTheNounAndItsVerbIsSteppedOver() {
        assertThat(counted("Five miners, including two foremen, were trapped underground.")).first().asString().startsWith("miners trapped");
        assertThat(counted("Some 40 passengers, most of them pilgrims, were taken to hospital.")).first()
                .isEqualTo("passengers taken to hospital");
    }

    @Test
    void aVerbDoneToPeopleWithNoNounCountsPeople() {
        assertThat(counted("They have displaced thousands across the delta.")).containsExactly("people displaced");
        assertThat(counted("Rescuers said 14 were evacuated by helicopter.")).first().asString().startsWith("people evacuated");
    }

    @Test
    void aNounThatOnlyNamesTheUnitIsReadAsAUnit() {
        // the measure "of" the figure, or the subject of its verb, says what is counted
        assertThat(counted("The cartel gave the country an output quota of 180,000 bpd, the ministry said.")).containsExactly("bpd output quota");
        assertThat(counted("The harvest was estimated at 45 mln bushels, officials said.")).containsExactly("bushels harvest");
        assertThat(counted("The bank had total assets of 41.2 mln dlrs.")).containsExactly("dlrs total assets");
    }

    @Test
    void theStateAfterBeOrAfterTheVerbIsPartOfThePhrase() {
        assertThat(counted("Port officials said 45 trawlers were strike-bound on Monday.")).containsExactly("trawlers strike-bound");
        assertThat(counted("Police said 12 climbers were confirmed dead.")).containsExactly("climbers confirmed dead");
        assertThat(counted("Some 30 districts, mostly along the coast, were under a flood warning.")).containsExactly("districts under a flood warning");
        assertThat(counted("Troops airlifted 90 villagers who were stranded by the floods.")).first().asString()
                .startsWith("villagers who were stranded");
        // a bare figure after one with a noun: that noun, in the state after "be"
        assertThat(counted("About 60 patients were in hospital and 45 were staying in a school gym.")).last()
                .isEqualTo("patients staying in a school gym");
    }

    @Test
    void anAcronymAndANoBreakSpaceDoNotEndTheNounPhrase() {
        assertThat(counted("Two US Navy sailors were injured in the blast.")).first().asString().startsWith("US Navy sailors injured");
        assertThat(counted("Rescuers reached 120\u00A0families stranded by the floods.")).containsExactly("families stranded by the floods");
        // a model's number inside the noun phrase is no figure's end
        assertThat(counted("Regulators grounded 65 Boeing 737 Max 9 jets on Friday.")).containsExactly("Boeing 737 Max 9 jets grounded");
    }

    @Test
    void aSumsConversionInBracketsIsSteppedOver() {
        // the conversion then counts what its sum counts, in its own currency (conversion-of-sum)
        assertThat(counted("Donors have promised $240m (£190m) in flood relief, the agency said."))
                .containsExactly("flood relief promised (US dollars)", "flood relief promised (pounds sterling)");
    }

    /** Every counted phrase of the rules' examples and the seeds has a word that can be a noun. */
    @Test
    void noCountedPhraseIsWithoutANoun() throws IOException {
        Lexicon lx = Lexicon.get();
        List<String> texts = new ArrayList<>();
        for (CountedRule r : CountedRule.values()) texts.add(r.example);
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p));
        }
        assertThat(texts).hasSizeGreaterThan(CountedRule.values().length);
        for (String text : texts) {
            for (ExtractedClaim c : X.extract(text, null).claims()) {
                if (c.counted().isEmpty()) continue;
                boolean noun = false;
                for (String word : c.counted().toLowerCase().split("[^\\p{L}'-]+")) {
                    noun |= !word.isEmpty() && !lx.functionWords.contains(word) && !word.endsWith("ed")
                            && !lx.irregularPast.contains(word) && !lx.peopleVerbs.contains(word);
                }
                assertThat(noun).as("%s in %s", c.counted(), c.quote()).isTrue();
            }
        }
    }
}
