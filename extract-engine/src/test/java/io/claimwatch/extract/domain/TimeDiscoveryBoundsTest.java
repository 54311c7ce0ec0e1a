package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** dating.discovery-bound: what was found out on a day had happened by that day. Through the whole engine. */
class TimeDiscoveryBoundsTest {

    @Test
    void theDayAThingWasFoundOutEndsWhatTheArticleCountsOfIt() {
        String text = "The retailer said on Friday it had learned of the intrusion on March 3. It has hired a "
                + "security firm. Card numbers of about 40,000 shoppers were taken, and the addresses of 9,000 more.";
        assertThat(datesOf(text, LocalDate.of(2024, 3, 16), 40_000, "")).isEqualTo("null..2024-03-03");
        assertThat(datesOf(text, LocalDate.of(2024, 3, 16), 9_000, "")).isEqualTo("null..2024-03-03");
        // a figure with a date of its own keeps it
        String own = "The bank said it discovered the breach on May 2. It has called the police. Some 1,200 accounts were opened in 2019.";
        assertThat(datesOf(own, LocalDate.of(2024, 5, 20), 1_200, "")).isEqualTo("2019..2019");
    }

    @Test
    void twoDaysFoundOutDateNothing() {
        String text = "The insurer learned of the breach on March 3, and its bank learned of an intrusion on March 9. Both "
                + "have called the police. Files of 5,000 clients were copied.";
        assertThat(datesOf(text, LocalDate.of(2024, 3, 16), 5_000, "")).isEqualTo("null..null");
    }

    @Test
    void aVerbMakingKnownWhatHappenedBoundsTheFiguresOfItsSentence() {
        // dating.discovery-bound (TOLD): "disclosed last year" ends what was disclosed by that year's last day
        String text = "Passwords of more than 300 million users were stolen in a leak the site disclosed last year.";
        assertThat(datesOf(text, LocalDate.of(2017, 9, 8), 300_000_000, "")).isEqualTo("null..2016-12-31");
        // what is to come is left
        String ahead = "The firm disclosed on Monday that it will notify 2,000 customers.";
        assertThat(datesOf(ahead, LocalDate.of(2017, 9, 8), 2_000, "")).doesNotContain("null..2017-09-04");
    }
}
