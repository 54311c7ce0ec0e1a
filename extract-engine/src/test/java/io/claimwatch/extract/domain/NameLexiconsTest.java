package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Month and weekday names come from {@code lexicon/months.txt} and {@code lexicon/weekdays.txt}: every
 * entry is read as a date by the time stage, capitalised as text writes it.
 */
class NameLexiconsTest {

    private static final ClaimExtractor X = ClaimExtractor.create();

    @Test
    void everyMonthNameOfTheLexiconDatesAClaim() {
        for (Map.Entry<String, Integer> m : Lexicon.get().months.entrySet()) {
            String name = Character.toUpperCase(m.getKey().charAt(0)) + m.getKey().substring(1);
            String text = "Officials said 40 people died on " + name + " 3, 2024, in the floods.";
            ExtractedClaim c = X.extract(text, LocalDate.of(2025, 1, 10)).claims().get(0);
            assertThat(c.eventStart()).as(text).isEqualTo(new PartialDate(2024, m.getValue(), 3));
        }
    }

    @Test
    void everyWeekdayNameOfTheLexiconDatesAClaim() {
        LocalDate published = LocalDate.of(2025, 3, 9);   // a Sunday
        for (Map.Entry<String, Integer> d : Lexicon.get().weekdays.entrySet()) {
            String name = Character.toUpperCase(d.getKey().charAt(0)) + d.getKey().substring(1);
            String text = "Officials said 40 people died in the floods on " + name + ".";
            ExtractedClaim c = X.extract(text, published).claims().get(0);
            LocalDate day = published.minusDays((published.getDayOfWeek().getValue() - d.getValue() + 7) % 7);
            assertThat(DayOfWeek.from(day).getValue()).isEqualTo(d.getValue());
            assertThat(c.eventStart()).as(text).isEqualTo(new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        }
    }

    @Test
    void namesAreAlternativesCapitalisedLongestFirst() {
        assertThat(Lexicon.capitalised(java.util.Set.of("sep", "september", "sept"))).isEqualTo("(?:\\QSeptember\\E|\\QSept\\E|\\QSep\\E)");
        assertThat(Lexicon.fullNames(Map.of("sep", 9, "september", 9, "may", 5))).containsExactlyInAnyOrder("september", "may");
    }
}
