package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code share-measure-before} ({@link CountedShareMeasures}): a share that no other rule reads takes the measure
 * its clause names before the number. Sentences of our own, none from the corpora.
 */
class CountedShareMeasuresTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aShareAfterBeMeasuresTheSubjectPastItsAsideAndATime() {
        assertThat(counted("Enrolment in the northern schools - the lowest since the war - was 41% in May.")).last().asString()
                .isEqualTo("Enrolment in the northern schools (pct)");
        assertThat(counted("The agency said the vacancy rate average for the whole of 2023 was 7.5%.")).last().asString()
                .isEqualTo("vacancy rate average (pct)");
    }

    @Test
    void aShareInADashAsideOrAfterACommaAndAChangeMeasuresTheClauseBefore() {
        assertThat(counted("Rents in the harbour district - at 6.2% - have held steady.")).last().asString()
                .isEqualTo("Rents in the harbour district (pct)");
        assertThat(counted("Spending on rail projects was still modest last spring, up 4.5% from the year before.")).last().asString()
                .isEqualTo("pct rise in Spending on rail projects");
        assertThat(counted("Bakery orders slowed sharply last winter, to 2.5%.")).last().asString().isEqualTo("Bakery orders (pct)");
    }

    @Test
    void noMeasureIsReadFromAPronounOrData() {
        assertThat(counted("That was 4% in May.")).last().asString().doesNotContain("That");
        assertThat(counted("Figures released on Monday showed that output was flat, up 2%.")).last().asString().doesNotContain("Figures");
    }
}
