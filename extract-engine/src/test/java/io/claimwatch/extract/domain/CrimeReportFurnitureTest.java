package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The furniture of a crime report that is no figure: addresses, ages after a person, phone numbers. */
class CrimeReportFurnitureTest {

    private static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());

    private static List<String> figures(String s) {
        return NUMBERS.find(s, Tok.of(s, 0, s.length()), NUMBERS.articleMasks(s)).stream().map(m -> m.value.toPlainString()).toList();
    }

    @Test
    void aHouseNumberBeforeAStreetNameIsNoFigure() {   // numbers.street-address
        assertThat(figures("Firefighters were sent to 27 Birch Lane after midnight.")).isEmpty();
        assertThat(figures("The bakery at 1200 N. Harbor Blvd. closed, and 4 workers lost their jobs.")).containsExactly("4");
        assertThat(figures("A van hit a wall at 88 Old Mill Rd on Tuesday.")).isEmpty();
        assertThat(figures("The storm left 3 Main Street shops flooded.")).containsExactly("3");
        assertThat(figures("Two of the 9 Supreme Court justices dissented.")).contains("9");
        assertThat(figures("Police Say 3 Hurt On Main Street")).containsExactly("3");
    }

    @Test
    void theHundredOfABlockIsNoFigure() {   // numbers.block-of-street
        assertThat(figures("Shots were fired in the 3100 block of Maple Road around 2 a.m.")).isEmpty();
        assertThat(figures("The council bought 12 blocks of flats.")).containsExactly("12");
    }
}
