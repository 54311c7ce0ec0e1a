package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** detection.gallery-counter: "AP Photos 4 of 20" after a furniture word is a gallery's counter, no figure. */
class GalleryCounterTest {

    @Test
    void aCounterAfterPhotosIsNoFigure() {
        assertThat(Fixtures.mentions("Play gallery AP Photos 4 of 20 A crane lifts 40 tonnes of steel at the harbour."))
                .extracting(m -> m.value.toPlainString()).containsExactly("40");
    }

    @Test
    void aShareOfPeopleStaysAFigure() {
        assertThat(Fixtures.mentions("The mayor said 4 of 20 cranes were old."))
                .extracting(m -> m.value.toPlainString()).contains("4");
    }
}
