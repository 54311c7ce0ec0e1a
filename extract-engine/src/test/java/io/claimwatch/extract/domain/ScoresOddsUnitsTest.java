package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * number.score-sides, number.record-sides, number.odds-of-outcome, number.glued-unit, vague "hundreds of billions", kin after
 * "their", the half of a mixed quantity and semesters, on sentences written for these tests.
 */
class ScoresOddsUnitsTest {

    private static List<String> values(String s) {
        return mentions(s).stream().map(m -> m.value.stripTrailingZeros().toPlainString()
                + (m.high != null && m.hedge == Hedge.RANGE ? ".." + m.high.stripTrailingZeros().toPlainString() : "")).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The hosts sealed a 21-14 win on Sunday.|21,14",
            "The visitors slumped to a 5-0 home defeat.|5,0",
            "The Owls earned a 28-10 Thanksgiving Day victory.|28,10",
            "The home side led by 14-3 at the break.|14,3",
            "Late in the game Ruiz made it 21-14 with a field goal.|21,14",
            "United beat Leeds 2-0 in the cup.|2,0",
            "The final tally was 61-38 in the chamber.|61,38",
            "Democrats hold a 198-170 seat majority.|198,170",
            "The Owls improve to 9-4 after the game.|9,4",
            "The visiting Owls (3-10) lost again.|3,10",
            "The court's 6-3 ruling ended the case.|6,3",
    })
    void aScoreNextToItsResultIsOneFigureASide(String sentence, String expected) {
        assertThat(values(sentence)).as(sentence).containsExactly(expected.split(","));
        assertThat(mentions(sentence)).allSatisfy(m -> assertThat(m.rule).isIn("score-sides", "record-sides"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The series stood at 3-1 on Friday.",
            "The talks ran over 10-12 sessions.",
            "Crews flew the Boeing 737-9 jets home.",
            "Call 800-386-2070 for help.",
    })
    void aHyphenedPairWithNoResultIsNoScore(String sentence) {
        assertThat(mentions(sentence)).noneMatch(m -> m.rule.equals("score-sides") || m.rule.equals("record-sides"));
    }

    @Test
    void aLowerFirstScoreBeforeAWinStaysARange() {
        assertThat(values("Each team fielded 10-12 players in the win.")).containsExactly("10..12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Forecasters gave the storm a one-in-four chance of landfall.|1",
            "There is a 1 in 4 chance of landfall, they said.|1",
            "Analysts put the odds at a \"2 in 5\" chance.|2",
            "She gave the team a two-in-five shot at the title.|2",
    })
    void oddsOfAnOutcomeGiveTheirFirstNumber(String sentence, String value) {
        assertThat(values(sentence)).as(sentence).containsExactly(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"One in four adults in the town smokes.", "About 1 in 4 adults in the town smokes."})
    void aRateOverPeopleStaysNoFigure(String sentence) {
        assertThat(mentions(sentence)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Crews dug the 30m shaft by hand.|30|m",
            "Divers reached a 12m-high wall of debris.|12|m",
            "Rescuers had dug 8m down by noon.|8|m",
            "The pipe lay at a depth of 30m.|30|m",
            "Workers laid a 45cm-wide pipe.|45|cm",
    })
    void aGluedUnitMeasures(String sentence, String value, String unit) {
        List<Mention> ms = mentions(sentence);
        assertThat(ms).as(sentence).hasSize(1);
        assertThat(ms.get(0).value).isEqualByComparingTo(new BigDecimal(value));
        assertThat(ms.get(0).unit).isEqualTo(unit);
    }

    @Test
    void aGluedMBeforeAPluralStaysNoMetre() {
        assertThat(mentions("Up to 2.5m nurses could strike.")).noneMatch(m -> "m".equals(m.unit));
    }

    @Test
    void hundredsOfBillionsIsOneVagueFigure() {
        List<Mention> ms = mentions("The fund could move hundreds of billions of dollars.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).low).isEqualByComparingTo("200000000000");
        assertThat(ms.get(0).high).isEqualByComparingTo("999999999999");
    }

    @Test
    void kinAfterTheirAreCounted() {
        assertThat(values("The pilot flew the couple and their two sons.")).containsExactly("2");
        assertThat(values("They sailed with their three young children.")).containsExactly("3");
        assertThat(values("The two sides met again.")).isEmpty();
    }

    @Test
    void theHalfOfAMixedQuantityIsNoShare() {
        assertThat(mentions("She spent the first hour and a half of it on calls.")).isEmpty();
        assertThat(values("Officials closed half of the schools.")).containsExactly("0.5");
    }

    @Test
    void semestersAreADuration() {
        assertThat(mentions("He studied there for three semesters.")).isEmpty();
    }
}
