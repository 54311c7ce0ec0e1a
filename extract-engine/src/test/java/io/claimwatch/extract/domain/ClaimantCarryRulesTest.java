package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ClaimantRule#CARRIED_IN_PARAGRAPH}: a sentence with a figure and no speaker of its own that
 * opens as a continuation ("It ...", "That ...", "Of those, ...") goes on with the report of the
 * sentence before it in the same paragraph; a sentence with a subject of its own, a paragraph break, a
 * sentence of the outlet's own narration, a source that gives a view ("analysts said") or is the
 * outlet's own end it. Each on a phrasing of wire or broadcast copy written for the test, not one of the eval texts.
 */
class ClaimantCarryRulesTest {

    @Test
    void aSentenceThatOpensWithThatGoesOnWithTheSourceBefore() {
        assertThat(claimants("Exports fell 4.2% in March, the statistics office said. That left the deficit at $3bn, up from $2.1bn."))
                .containsExactly("the statistics office", "the statistics office", "the statistics office");
    }

    @Test
    void theReportGoesOnThroughTheParagraphsContinuations() {
        assertThat(claimants("According to the fire service, 120 homes were destroyed. Of those, 40 were in the old town. It had 300 firefighters at the scene."))
                .containsExactly("the fire service", "the fire service", "the fire service");
    }

    @Test
    void aWrappedWireParagraphIsOneParagraph() {
        assertThat(claimants("Output fell to 140,000 barrels a day, energy ministry\nofficials said.\nIt was 260,000 barrels a day before the quake.\n"))
                .containsExactly("energy ministry officials", "energy ministry officials");
    }

    @Test
    void aSentenceWithASubjectOfItsOwnIsTheOutlets() {
        assertThat(claimants("Exports fell 4.2% in March, the statistics office said. Imports rose 1.5% in the same month."))
                .containsExactly("the statistics office", null);
    }

    @Test
    void aNewParagraphIsTheOutletsOwn() {
        assertThat(claimants("Exports fell 4.2% in March, the statistics office said.\n\nIt rose 1.5% in February."))
                .containsExactly("the statistics office", null);
        assertThat(claimants("Exports fell 4.2% in March, the statistics office\nsaid.\n    It rose 1.5% in February.\n"))
                .containsExactly("the statistics office", null);
    }

    @Test
    void aSentenceOfTheOutletsOwnNarrationEndsTheReport() {
        assertThat(claimants("Exports fell 4.2% in March, the statistics office said. The figures surprised the markets. It rose 1.5% in February."))
                .containsExactly("the statistics office", null);
    }

    @Test
    void aViewOrTheOutletsOwnCorrespondentIsNotCarried() {
        assertThat(claimants("Growth will slow sharply next year, analysts said. It was 2.1% last year."))
                .containsExactly((String) null);
        assertThat(claimants("The talks are expected to fail, our correspondent says. They have 800,000 members."))
                .containsExactly((String) null);
    }

    @Test
    void aSentenceWithItsOwnSpeakerKeepsIt() {
        assertThat(claimants("Exports fell 4.2% in March, the statistics office said. It rose 1.5% in February, a trade group said."))
                .containsExactly("the statistics office", "a trade group");
    }
}
