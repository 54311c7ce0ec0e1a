package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The claimant rules that decide whether the word before a reporting verb is its subject and a source:
 * places where a figure was recorded, infinitives, participles after a counted noun, relative clauses
 * whose pronoun is the verb's object, and an "according to" that a nearer speaker follows. Each on a
 * sentence written for the test in the manner of wire and broadcast copy, not taken from the corpora.
 */
class ClaimantSubjectRulesTest {

    @Test
    void aPlaceThatReportsAFigureIsNoSource() {
        // claimant.speaker-before and claimant.with-saying: lexicon/claimant-place-nouns.txt
        assertThat(claimants("Some coastal regions have reported up to 450 mm of rain since Monday.")).containsExactly((String) null);
        assertThat(claimants("Rain fell across the south, with the hill districts already reporting 120 mm.")).containsExactly((String) null);
        assertThat(claimants("Two northern counties also reported three deaths each.")).containsExactly(null, null);
        assertThat(claimants("The provincial government reported 12 deaths.")).containsExactly("The provincial government");
    }

    @Test
    void aRepeatedStatementIsItsSpeakers() {
        // claimant.speaker-before: "reiterate", "reaffirm" in lexicon/reporting-verbs.txt
        assertThat(claimants("The carrier reiterated plans to run more than 60 percent of its flights during the stoppage."))
                .containsExactly("The carrier");
        assertThat(claimants("The finance ministry is reiterating a 2.5% growth target for next year.")).containsExactly("The finance ministry");
        assertThat(claimants("Acme Corp reaffirmed its forecast of $3 billion in annual sales.")).containsExactly("Acme Corp");
    }

    @Test
    void aReportingVerbAfterToReportsNothing() {
        assertThat(claimants("The river burst its banks, prompting officials to declare an emergency and evacuate 20,000 people."))
                .containsExactly((String) null);
        assertThat(claimants("Officials declared that 20,000 people had been evacuated.")).containsExactly("Officials");
    }

    @Test
    void aParticipleAfterACountedNounBeforeToIsPassive() {
        assertThat(claimants("The 250,000 jobs added to payrolls in May were the most this year.")).containsExactly((String) null);
    }

    @Test
    void aRelativePronounAsObjectHasTheClauseSubjectAsSpeaker() {
        assertThat(claimants("Officials met on Monday to discuss the flood, which the government said will cost nearly $2 billion."))
                .containsExactly("the government");
        assertThat(claimants("Retail sales fell in May, more than the 0.4% drop that Wall Street analysts had forecast."))
                .containsExactly("Wall Street analysts");
    }

    @Test
    void aSpeakerAfterAnAccordingToClauseIsNearerTheFigure() {
        assertThat(claimants("Although imports are rising, according to customs figures, the trade ministry said the deficit narrowed to $4.2bn."))
                .containsExactly("the trade ministry");
        assertThat(claimants("Exports rose 4% in May, according to customs figures.")).containsExactly("customs figures");
        assertThat(claimants("Nine were rescued, according to the coast guard, which said the boat carried about 60 people."))
                .containsExactly("the coast guard", "the coast guard");
    }

    @Test
    void dataWhoseOwnerIsNotNamedAssertNothing() {
        // claimant.ownerless-data: lexicon/claimant-ownerless-data-words.txt
        assertThat(claimants("Heat has killed 31 people in the county this summer, according to figures released Monday."))
                .containsExactly((String) null);
        assertThat(claimants("Exports fell to a two-year low of $14.2bn in March, latest figures show.")).containsExactly((String) null);
        assertThat(claimants("Nine more deaths were confirmed in June, according to the new data published on Friday."))
                .containsExactly((String) null);
        // (an owner or a kind of publisher keeps the source)
        assertThat(claimants("Exports rose 4% in May, according to customs figures.")).containsExactly("customs figures");
        assertThat(claimants("Some 1,200 homes were flooded, according to official figures.")).containsExactly("official figures");
        assertThat(claimants("Some 1,200 homes were flooded, according to figures from the regional council."))
                .containsExactly("figures from the regional council");
    }

    @Test
    void thePossessiveOfAnAccordingToIsTheSentencesOwnSpeaker() {
        // claimant.according-to-own-speaker: "its" is the speaker's named before in the sentence, not the last claimant's
        assertThat(claimants("The outage map showed 9,000 homes dark, the regulator said. On Tuesday, Ostrava Water said it had "
                + "restored supply to 41,000 homes, according to its website.")).containsExactly("the regulator", "Ostrava Water");
        assertThat(claimants("Ostrava Water restored supply to 41,000 homes, according to its website."))
                .containsExactly("its website");
    }

    @Test
    void postsInAListOfThingsIsANoun() {
        // lexicon/noun-verbs.txt: "posts" reads as a verb only before a complement
        assertThat(claimants("The army said its jets struck 30 targets, including depots, observation posts, and tunnels."))
                .containsExactly("The army");
        assertThat(claimants("The health ministry posts 312 new cases a day on its site.")).containsExactly("The health ministry");
    }

    @Test
    void theProgressiveOfAnExpectationReports() {
        assertThat(claimants("Growth slowed to 0.4%, and traders had been predicting as much as 1.1% for the quarter."))
                .containsExactly(null, "traders");
    }
}
