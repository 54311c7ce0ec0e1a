package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counted-phrase rules of this stop: a supply cut from or restored to the figure, a state it was
 * left in, the idioms of a state, a noun quoted after the figure and "N of the" after digits. Sentences
 * of our own, none from the corpora.
 */
class CountedSupplyRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aSupplyCutToAFigureCountsItsNounWithoutIt() {
        assertThat(counted("The ice storm knocked out power to more than 150,000 homes on Tuesday.")).containsExactly("homes without power");
        assertThat(counted("The quake halted water services to about 90,000 households in the port city."))
                .containsExactly("households without water services");
        // bare: people without it
        assertThat(counted("Falling trees cut electricity to nearly 20,000 overnight.")).containsExactly("people without electricity");
    }

    @Test
    void aSupplyRestoredToABareFigureCountsPeopleWithItRestoredAndWhen() {
        assertThat(counted("The utility restored power to 600,000 in the first 24 hours.")).containsExactly("people with power restored in the first 24 hours");
        // a noun after the figure keeps its verb's reading
        assertThat(counted("The utility restored power to 600,000 customers by Friday.")).containsExactly("customers restored");
    }

    @Test
    void aNounLeftInAStateAFewWordsOnCountsThatState() {
        assertThat(counted("The cyclone left 300,000 people in the province without shelter.")).containsExactly("people without shelter");
        assertThat(counted("The 1998 ice storm, which left more than 1.5 million residents in the region without power for weeks, was worse."))
                .containsExactly("residents without power");
        // no state after the noun: the verb's reading stays
        assertThat(counted("The cyclone left 300,000 people homeless.")).doesNotContain("people without shelter");
    }

    @Test
    void anIdiomOfAStateNamesTheStateItMeans() {
        assertThat(counted("The storm left almost 400,000 customers in the dark on Sunday.")).containsExactly("customers without power");
    }

    @Test
    void aNounQuotedRightAfterTheFigureIsItsNoun() {
        assertThat(counted("Monitors said 43 “enforced disappearances” had been recorded since March.")).first().asString()
                .startsWith("enforced disappearances");
        assertThat(counted("Forty-two \"unlawful evictions\" were logged by the tenants' group.")).first().asString()
                .startsWith("unlawful evictions");
    }

    @Test
    void aVagueBareFigureDoingSomethingCountsPeopleDoingIt() {
        assertThat(counted("Two days on, thousands are still waiting for water deliveries.")).containsExactly("people waiting for water deliveries");
        // a state that already says it of people, and a figure with a noun, keep their readings
        assertThat(counted("Two days on, hundreds are still missing.")).doesNotContain("people missing people");
        assertThat(counted("Two days on, thousands of families are still waiting for water.")).first().asString().startsWith("families");
    }

    @Test
    void digitsOfTheCountTheNounAfterIt() {
        assertThat(counted("About 250 of the reported flood deaths occurred in the capital.")).first().asString()
                .startsWith("reported flood deaths");
        // a bare noun after "of the" takes up a set named before: not read here
        assertThat(counted("Inspectors said 18 of the planes had been checked.")).first().asString().doesNotStartWith("planes");
        // not a figure of the whole after "of the"
        assertThat(counted("Rebels won 79 of the 230 seats.")).first().asString().startsWith("seats");
    }
}
