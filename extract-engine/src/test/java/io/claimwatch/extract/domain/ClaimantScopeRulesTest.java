package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a speaker's report covers, and which words before a verb are no speaker: a predicate after a figure, a report not
 * made yet, hearsay the outlet adds inside the speaker's clause, a sentence that ends in the outlet's voice, a pronoun
 * right after a report, the perfect of an evidential verb. Each on a sentence written for the test in the manner of wire
 * copy, not taken from the corpora.
 */
class ClaimantScopeRulesTest {

    @Test
    void aPredicateAfterTheFigureNamesNoOne() {
        // claimant.verb-not-a-name: "are all" opens a predicate ("all" between an auxiliary and its verb: lexicon/claimant-verb-adverbs.txt)
        assertThat(claimants("The 40 miners, among them 12 from Ledmore, were all feared trapped.")).containsExactly(null, null);
        assertThat(claimants("Rescue officials all said 12 miners were still trapped.")).containsExactly("Rescue officials");
    }

    @Test
    void aReportNotMadeYetNamesNoSource() {
        // claimant.future-report: lexicon/claimant-future-modals.txt; the sentence's own speaker stays
        assertThat(claimants("Harbor Steel will report a loss of $40 million on Tuesday.")).containsExactly((String) null);
        assertThat(claimants("Finance Minister Ana Ruiz spoke on Monday. In 2025, she said, Norland will post 4 percent growth."))
                .containsExactly("Finance Minister Ana Ruiz");
    }

    @Test
    void hearsayInsideTheSpeakersClauseIsTheOutlets() {
        // claimant.hearsay-aside: lexicon/claimant-hearsay-words.txt, in the figure's own clause
        assertThat(claimants("Police said Tom Baxter, who had reportedly lost more than $40,000 at cards, fired six shots."))
                .containsExactly(null, "Police");
    }

    @Test
    void aContrastInTheOutletsVoiceEndsTheReport() {
        // claimant.contrast-ends-report: lexicon/claimant-contrasts.txt after the last reporting verb
        assertThat(claimants("Officials said the plant was safe, but it was closed in May. The plant had 300 workers."))
                .containsExactly((String) null);
        assertThat(claimants("Officials said the plant was safe. The plant had 300 workers.")).containsExactly("Officials");
    }

    @Test
    void aPronounRightAfterAReportIsTheSameSpeaker() {
        // claimant.pronoun-after-report: not the last claimant of the sentence before
        assertThat(claimants("Harbor County reported a case on Monday.\n\nLedmore officials said they had found 12 dead crows."))
                .containsExactly("Ledmore officials");
    }

    @Test
    void thePerfectOfAnEvidentialVerbReports() {
        // claimant.perfect-evidential: "shown" in lexicon/evidential-verbs.txt
        assertThat(claimants("Recent polls have shown Mayor Ana Ruiz with 53% of the vote.")).containsExactly("Recent polls");
    }

    @Test
    void aHomographThatEndsAPlaceNameIsNoVerb() {
        // claimant.place-name-homograph: lexicon/noun-verbs.txt in its base form after a capitalised word
        assertThat(claimants("Two workers were hurt in the blast, at a mill in the town of Ordun, Karsa state.")).containsExactly((String) null);
        assertThat(claimants("Some 40 mills closed last year, the Harbor Foundation estimates.")).containsExactly("the Harbor Foundation");
    }

    @Test
    void aProvinceAfterItsNameIsWhereAFigureWasRecorded() {
        // lexicon/claimant-place-nouns.txt: "province" in the singular, the head of its own name
        assertThat(claimants("Doran province posted the highest toll, with 312 bodies found.")).containsExactly((String) null);
        assertThat(claimants("The governor of Doran province said 240 people were missing.")).containsExactly("The governor of Doran province");
    }

    @Test
    void whatANamedSourceProvidedSpeaksForIt() {
        // claimant.provided-by: lexicon/claimant-provided-nouns.txt, lexicon/claimant-provided-participles.txt
        assertThat(claimants("The information provided by Ana Ruiz, the board's chair, indicated the jet fell 5,000 meters in 40 seconds."))
                .containsExactly("Ana Ruiz");
    }
}
