package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * verb-event ({@link CountedEvents}): the event or agent of the verb before a figure, from the verb's
 * subject, the head of its relative clause, or for an "-ing" verb after a comma the first event the
 * sentence names. Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedEventRulesTest {

    @Test
    void theEventThatIsTheVerbsSubjectIsWhereTheCountedWere() {
        assertThat(only("Officials said the blaze destroyed 40 homes on Sunday.").counted()).isEqualTo("homes destroyed in the blaze");
        assertThat(only("Artillery strikes in the north have since killed more than 2,000 civilians.").counted())
                .isEqualTo("civilians killed in Artillery strikes in the north");
    }

    @Test
    void theSubjectIsReadPastATimeAfterIt() {
        // a weekday, a month, a year or a month and a year after a preposition stand between the event and its verb
        assertThat(only("The floods in May 2021 destroyed 600 homes.").counted()).isEqualTo("homes destroyed in the floods");
        assertThat(only("The riots in 1992 left 55 shops burned.").counted()).doesNotContain("in 1992");
        assertThat(only("An airstrike on Friday killed 6 fighters.").counted()).isEqualTo("fighters killed in an airstrike");
        // not a time that is no subject's: "the report in 2019 counted" names no event
        assertThat(only("The report in 2019 counted 40 shelters.").counted()).isEqualTo("shelters counted");
    }

    @Test
    void theHeadOfARelativeClauseNamesTheEventOrTheAgent() {
        assertThat(only("Heavy rain set off a landslide that buried 23 homes.").counted()).isEqualTo("homes buried in a landslide");
        assertThat(only("Witnesses described a bomb attack on a market that killed 14 shoppers.").counted())
                .isEqualTo("shoppers killed in a bomb attack on a market");
        assertThat(only("Residents filmed a helicopter that fired two rockets.").counted()).isEqualTo("rockets fired by a helicopter");
        // relative-object: the verb after the noun is the head's ("sparked protests"), not the noun's
        assertThat(only("A fire at a depot that destroyed 30 buses sparked protests by drivers.").counted()).isEqualTo("buses destroyed in a fire at a depot");
    }

    @Test
    void anIngVerbAfterACommaTakesTheFirstEventOfTheSentence() {
        assertThat(only("Typhoon Lira swept across the islands on Monday, killing at least nine people.").counted())
                .isEqualTo("people killed in Typhoon Lira");
    }

    @Test
    void notAThingBeforeAnEventInARelativeClauseNorASubjectThatIsNoEvent() {
        assertThat(only("A fire broke out at a plant that employed 300 workers.").counted()).isEqualTo("workers employed");
        assertThat(only("Police arrested 45 people on Monday.").counted()).isEqualTo("people arrested");
        // nor a sum: what an event costs is not counted in it
        assertThat(only("The walkout will cost the airline about $40 million.").counted()).doesNotContain("walkout");
        // past the bound of six words, the event noun's own phrase
        assertThat(only("Separate raids on villages across the western hills killed 11 farmers.").counted())
                .isEqualTo("farmers killed in Separate raids");
    }

    @Test
    void aVerbDuringAnEventHappenedInIt() {
        assertThat(only("At least 30 people have been killed during the clashes in the capital.").counted())
                .isEqualTo("people killed during the clashes");
        assertThat(only("Police detained 12 students amid the protests on Friday.").counted()).isEqualTo("students detained amid the protests");
        // not a time: "during the night"
        assertThat(only("Some 40 homes were flooded during the night.").counted()).isEqualTo("homes flooded");
    }

    @Test
    void theEventBeforeInWhichIsWhereTheCountedWere() {
        assertThat(only("The March 3 bombings, in which 85 people were killed, shocked the city.").counted())
                .isEqualTo("people killed in the March 3 bombings");
        assertThat(only("Rescuers reached the village after the landslide, during which 12 homes were buried.").counted())
                .isEqualTo("homes buried in the landslide");
        // not a thing before "in which"
        assertThat(only("The hall, in which 300 people were seated, fell silent.").counted()).isEqualTo("people seated");
    }
}
