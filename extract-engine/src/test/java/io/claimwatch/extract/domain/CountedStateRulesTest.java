package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counted-phrase rules of places put under a declaration and people made to act (declared-over-places,
 * made-to), of a population's place (population-of) and of a distance "away"
 * from a name (away-from-place). Sentences of our own, none from the corpora.
 */
class CountedStateRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void placesAfterADeclarationAreCountedUnderIt() {
        assertThat(counted("The governor declared a state of emergency in 17 counties after the storm."))
                .containsExactly("counties under a state of emergency");
        assertThat(counted("The president approved a disaster declaration for four parishes on Friday."))
                .containsExactly("parishes under a disaster declaration");
        assertThat(counted("Authorities imposed a curfew in 12 districts.")).containsExactly("districts under a curfew");
        // a part of the places: "in 9 of 40 provinces"
        assertThat(counted("Officials declared a state of calamity in 9 of 40 provinces.")).first().isEqualTo("provinces under a state of calamity");
        // places with no declaration keep their own reading
        assertThat(counted("Heavy rain fell in 17 counties on Sunday.")).doesNotContain("counties under a state of emergency");
    }

    @Test
    void theObjectOfAVerbThatMakesPeopleActCountsThemWithWhatTheyAreMadeToDo() {
        assertThat(counted("Rising water forced hundreds to abandon their cars on the motorway.")).containsExactly("people forced to abandon");
        assertThat(counted("Police ordered some 4,500 residents of the valley to leave by noon.")).containsExactly("residents ordered to leave");
        assertThat(counted("Officials warned the 2,000 villagers near the dam to be ready to evacuate."))
                .containsExactly("villagers warned to be ready to evacuate");
        // a destination first: "to" is the sender's purpose
        assertThat(counted("The ministry ordered 800 police into the stadium on Sunday to restore order.")).doesNotContain("police ordered to restore");
        // "to" before a place is no act
        assertThat(counted("The army ordered 3,000 troops to the border.")).doesNotContain("troops ordered to the");
    }

    @Test
    void aPopulationOfAFigureIsThePeopleOfItsPlace() {
        assertThat(counted("Water ran short in the district, which has a population of about 95,000.")).containsExactly("population (people) of district");
        assertThat(counted("The island's population of 12,000 was cut off for days.")).containsExactly("population (people) of island");
        assertThat(counted("Donations came from a population of just 4 million.")).containsExactly("population (people)");
    }

    @Test
    void aDistanceAwayAfterANameIsTheDistanceFromIt() {
        assertThat(counted("Windows shook in the capital, Port Vila, about 40 miles away.")).containsExactly("miles from Port Vila");
        assertThat(counted("The tremor was felt in Harwick, some 80 kilometers (50 miles) away.")).contains("kilometers from Harwick");
        // no name before the figure: "away" stays
        assertThat(counted("Houses shook in towns more than 100 miles away.")).doesNotContain("miles from towns");
    }

    @Test
    void aMajorityOfSeatsIsAMajorityNotACountOfSeats() {
        assertThat(counted("The Social Democrats won an absolute majority of 21 seats in the assembly.")).containsExactly("seats majority won in the assembly");
        // "the majority of" is most of them
        assertThat(counted("The majority of 300 delegates backed the plan.")).doesNotContain("delegates majority");
    }

    @Test
    void anotherFigureAfterAVerbCountsTheNounOfTheFigureBefore() {
        assertThat(counted("The tornado flattened 40 barns and damaged another 95 across the county."))
                .containsExactly("barns flattened in the tornado", "barns damaged");
    }
}
