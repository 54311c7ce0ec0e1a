package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date after a reporting verb and a noun of an event is the event's day, not the statement's. Through the whole engine. */
class TimeEventAfterSayingTest {

    @Test
    void aDateAfterSayingAndAnEventsNounDatesTheEvent() {
        // date.event-after-saying: "said the blast late on Friday" dates the blast, and so the article's event
        String text = "Bomb hits market\n\n"
                + "A car bomb tore through a crowded market in the capital, killing at least 14 people, police said.\n\n"
                + "A police spokesman said the blast late on Friday had flattened a row of shops.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 13), 14, "")).isEqualTo("2024-07-12..2024-07-12");
    }

    @Test
    void aDateAfterSayingWithNoEventBetweenStaysTheStatements() {
        // "told reporters on Friday": the statement's day, no event's
        String text = "At least 14 people were treated in hospital, the mayor told reporters on Friday.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 13), 14, "")).doesNotContain("2024-07-12");
    }
}
