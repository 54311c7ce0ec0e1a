package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * counted.places-with-noun: a count of places after "in/across" with no counted figure before it counts the places that
 * hold the plural noun before the preposition; fresh-av's and fresh-au's sentences and one written like them.
 */
class PlacesWithNounTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bennigan's Grill & Tavern was founded in 1976 and has restaurants in 32 states.|states with restaurants",
            "The global gang had operatives in 27 countries who fanned out within hours.|countries with operatives",
            "The grounding disrupted travel plans for some leaders, as well as passengers in 22 airports worldwide.|airports with passengers",
            "The strikes by petrol station owners in four states are causing shortages.|states with petrol station owners",
    })
    void thePlacesHoldTheNounBeforeThePreposition(String sentence, String expected) {
        CountedPhrase.Result r = CountedRuleCatalogueTest.lastFigure(sentence);
        assertThat(r.text()).as(sentence).isEqualTo(expected);
        assertThat(r.rule()).isEqualTo(CountedRule.PLACES_WITH_NOUN.id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a figure before it: what is spread over the places is that figure's (spread-over-places)
            "Nearly 8,000 schools were closed across 14 provinces.|provinces with schools closed",
            // no plural noun before "in": the places alone
            "The company was founded in 1976 and now operates in 32 states.|states",
    })
    void otherwiseThePlacesKeepTheirOwnReading(String sentence, String expected) {
        assertThat(CountedRuleCatalogueTest.lastFigure(sentence).text()).as(sentence).isEqualTo(expected);
    }
}
