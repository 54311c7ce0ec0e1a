package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** counted.ellipsis: a count that heads no noun counts the noun before it. */
class CountedEllipsisTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    private static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aBareSubjectCountsTheNounOfTheFigureBefore() {
        assertThat(counted("Crews cleared 30 roads by noon, though 12 were still blocked at dusk.")).last().asString().startsWith("roads");
    }

    @Test
    void aBareObjectCountsTheNounOfTheFigureBefore() {
        assertThat(counted("The Pirates won 6 seats, though pollsters had predicted they would win 12."))
                .last().asString().startsWith("seats");
    }

    @Test
    void aFigureAloneAfterWithCountsTheNounOfTheSentenceBefore() {
        assertThat(counted("Ms Okafor won the seat with 21,406 votes. The Green candidate came third with 4,118."))
                .last().isEqualTo("votes");
    }

    @Test
    void aFigureWithItsOwnNounOrUnitIsLeftAlone() {
        assertThat(counted("Police detained 30 protesters and 12 journalists were held overnight.")).last().asString().startsWith("journalists");
    }

    @Test
    void moreAfterAFigureCountsMoreOfTheNounBefore() {
        assertThat(counted("A crew of 40 divers searched the lake with dozens more on the way.")).last().isEqualTo("more divers on the way");
        assertThat(counted("Rebels freed 12 hostages on Monday and said 30 more were on their way.")).last().asString().doesNotContain("hostages");
        assertThat(counted("Medics treated 12 villagers, and three more injured pilgrims were flown out.")).last().asString().doesNotContain("villagers");
    }

    @Test
    void aBareFigureAfterOutOfCountsTheNounOfItsPart() {
        assertThat(counted("Only one applicant out of 12 was hired.")).last().isEqualTo("applicant hired");
    }

    @Test
    void aVagueFigureWithItsNounInBracketsCountsIt() {
        assertThat(counted("\"It will cost millions (of euros) in repairs,\" the mayor said.")).last().isEqualTo("euros in repairs");
    }

    @Test
    void aBareObjectCountsThePhraseOfTheFigureBeforeWhenItNamedNoNoun() {
        assertThat(counted("The Pirates doubled their seats in the council to five, although polls had forecast they would win 12."))
                .last().asString().startsWith("seats");
    }
}
