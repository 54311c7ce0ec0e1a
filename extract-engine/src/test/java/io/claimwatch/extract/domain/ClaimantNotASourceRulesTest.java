package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A claimant is a person, an organisation, a document or a group of people: never a comparison, a norm or an event.
 * The rules that keep such words out of the claimant, and the one that finds a forecast's source in a relative clause
 * after its figure. Each on a sentence written for the test in the manner of wire and broadcast copy, not taken from
 * the corpora.
 */
class ClaimantNotASourceRulesTest {

    @Test
    void aComparisonWithAnExpectationNamesNoSpeaker() {
        // claimant.comparison-no-subject: lexicon/claimant-comparison-words.txt
        assertThat(claimants("Exports from Norland grew by 7.2% last year, faster than predicted.")).containsExactly((String) null);
        assertThat(claimants("Costs rose more than expected, to 4.1% in May.")).containsExactly((String) null);
        assertThat(claimants("Exports grew by 7.2% last year, faster than analysts had predicted.")).containsExactly("analysts");
    }

    @Test
    void aNormIsNoSource() {
        // claimant.norm-not-a-source: lexicon/claimant-norm-nouns.txt
        assertThat(claimants("Only 12% of the land sales were made according to the law.")).containsExactly((String) null);
        assertThat(claimants("\"Some 90% of the sales were made according to the law,\" Ana Ruiz said.")).containsExactly("Ana Ruiz");
        assertThat(claimants("Only 12% of the land sales were legal, according to the audit office.")).containsExactly("the audit office");
    }

    @Test
    void aHomographAfterAVerbInThePastIsItsObject() {
        // claimant.homograph-after-verb: lexicon/noun-verbs.txt
        assertThat(claimants("In 2019 the floods on the coast pushed claims up to $4bn.")).containsExactly((String) null);
        assertThat(claimants("The insurer said the floods pushed claims up to $4bn.")).containsExactly("The insurer");
        assertThat(claimants("The agency had forecast 3% growth.")).containsExactly("The agency");
    }

    @Test
    void aHomographInThePluralAfterAFigureIsTheNounItCounts() {
        // claimant.homograph-after-figure: lexicon/noun-verbs.txt
        assertThat(claimants("The union said the board answered only 12 claims out of about 300.")).containsExactly("The union", "The union");
        assertThat(claimants("Police said they had three reports of looting in the harbor district.")).containsExactly("Police");
    }

    @Test
    void aHomographInItsBaseFormAfterAnIndefiniteArticleIsANoun() {
        // claimant.homograph-after-article: lexicon/noun-verbs.txt
        assertThat(claimants("Rebels shelled a Harbor Guard post about 3 miles from the border, two officials said.")).containsExactly("two officials");
        assertThat(claimants("Harbor Bank analysts said in a Monday note that losses could reach $2 billion.")).containsExactly("Harbor Bank analysts");
    }

    @Test
    void aVerbThatOpensTheWordsReadAsASubjectNamesNoOne() {
        // claimant.verb-not-a-name: the subject read past an appositive, and a doubled "said"
        assertThat(claimants("But another poll from Harbor Research, a polling firm, indicates 53% of voters believe the plan will fail,"
                + " with six parties against it.")).containsExactly("another poll from Harbor Research", null);
        assertThat(claimants("\"We lost 78 nurses,\" said said Dr Ana Ruiz, the group's president.")).containsExactly((String) null);
    }

    @Test
    void aRelativePronounRightAfterTheFigureIsTheObjectOfItsVerb() {
        // claimant.figure-object-relative
        assertThat(claimants("Output rose 1.9% for the year, short of the 2.2% which the finance ministry had predicted."))
                .containsExactly(null, "the finance ministry");
        assertThat(claimants("Output rose 1.9% for the year, which the finance ministry said was too little.")).containsExactly((String) null);
    }

    @Test
    void aHomographBeforeANounAndAFigureIsAVerb() {
        // claimant.homograph-before-object: "forecasts growth of 2.1%"; "still" between subject and verb (lexicon/claimant-verb-adverbs.txt)
        assertThat(claimants("Nevertheless, the Harbor Institute still forecasts growth of 2.1% for next year."))
                .containsExactly("the Harbor Institute");
        assertThat(claimants("Forecasts of growth of 2.1% for next year were cut.")).containsExactly((String) null);
    }

    @Test
    void aVerbThatAddsToANounReportsNothing() {
        // claimant.adds-to-not-reporting: lexicon/claimant-sum-verbs.txt, lexicon/claimant-audience-nouns.txt
        assertThat(claimants("The island's distance from the mainland adds to the cost of relief. The nearest port is 1,400 kilometers away."))
                .containsExactly((String) null);
        assertThat(claimants("The minister added to reporters that 40 homes were lost.")).containsExactly("The minister");
    }

    @Test
    void aParticipleBetweenCommasBeforeByIsPassive() {
        // claimant.passive-aside
        assertThat(claimants("The deaths, reported by the health office, are all from the capital. About 80,000 people live on the island."))
                .containsExactly((String) null);
    }

    @Test
    void aRelativeClauseBetweenCommasIsNoPartOfTheSubject() {
        // claimant.relative-aside: "as" inside the aside opens no clause of the verb's
        assertThat(claimants("Harbor Wire, which has gathered returns from most provinces as they are read out on radio, reported that Ruiz has won"
                + " 4.2 million votes.")).containsExactly("Harbor Wire");
        assertThat(claimants("Ana Ruiz, who toured the valley, said 40 homes were lost.")).containsExactly("Ana Ruiz");
    }

    @Test
    void aFigureAsTheSubjectOfAReportedClauseIsTheOuterSpeakers() {
        // claimant.figure-subject-reported
        assertThat(claimants("A poll for the union suggests 58% of nurses say they will strike, against 12% of doctors."))
                .containsExactly("A poll for the union", "A poll for the union");
    }

    @Test
    void aPronounRightAfterAReportingVerbIsItsSpeaker() {
        // claimant.pronoun-after-speaker (fresh-av): "they" is "Prosecutors", not the indictment named the sentence before
        assertThat(claimants("Other companies were targeted, according to an indictment unveiled in New Jersey. Prosecutors said"
                + " they conservatively estimate that the group of five men helped steal at least 160 million payment card numbers."))
                .containsExactly("Prosecutors", "Prosecutors");
        // (not a pronoun after a noun: "told reporters they believe" stays the pronoun's referent)
        assertThat(NestedReports.speakerOfPronoun(Lexicon.get(), Tok.of("The police told reporters they believe 5 died", 0, 45), 4))
                .isEqualTo(-1);
    }

    @Test
    void aVerbThatAddsAFigureReportsNothing() {
        // claimant.sums-a-figure: the figure past "another", "about" (lexicon/claimant-sum-hedges.txt), its scale and its noun
        assertThat(claimants("Harbor shares fell on Monday. Congress also added 100 million dollars for an assault ship."))
                .containsExactly((String) null);
        assertThat(claimants("Lawmakers added 750 projects to the defense bill.")).containsExactly((String) null);
        assertThat(claimants("The Harbor Composite added 1%.")).containsExactly((String) null);
        // (not a clause after the figure: the verb reports it)
        assertThat(claimants("The mayor said the storm had been severe. She added 12 people died in the floods."))
                .containsExactly("The mayor");
        assertThat(claimants("Ruiz added 40 people were missing.")).containsExactly("Ruiz");
        // claimant.adds-to-not-reporting: a figure after the determiner
        assertThat(claimants("The cancellations add to the 72 flights scheduled for January.")).containsExactly((String) null);
    }

    @Test
    void aProjectionIsItsMakers() {
        // lexicon/reporting-verbs.txt: "projected", as "forecast"
        assertThat(claimants("Earlier this year, the Harbor Political Report projected a pick-up of between five and 12 seats."))
                .containsExactly("the Harbor Political Report");
    }
}
