package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The claimant rules for what stands beside a speaker and is no source ({@link SpeakerAsides}): the place a
 * correspondent or a witness is in, an age between commas, a figure as subject and the survey that frames
 * it, an adverb after "I", a quoted fragment of a predicate; and "it" after a sentence that a report opens.
 * Each on a sentence written for the test, not taken from the corpora.
 */
class ClaimantAsidesRulesTest {

    @Test
    void aPlaceAfterANameIsNeverTheClaimant() {
        assertThat(claimants("Radio correspondent Ana Ruiz at Puerto Viejo on the Osa peninsula said 3,000 people had gathered."))
                .containsExactly("Radio correspondent Ana Ruiz");
        assertThat(claimants("The station's Lena Okafor, with the marchers in Tavistock, Devon said about 400 people had walked."))
                .containsExactly("The station's Lena Okafor");
        assertThat(claimants("One of the farmers, Tom Baxter, 52, from Ledmore, Shropshire, said he and 11 others had lost their herds."))
                .containsExactly("Tom Baxter");
    }

    @Test
    void aNameAfterAPlaceStaysTheClaimant() {
        // a name of two words, or a source after a month, is no county
        assertThat(claimants("A nurse in Lagos, Ada Obi, said 30 patients had arrived.")).containsExactly("Ada Obi");
        assertThat(claimants("After the storms in March, Tribune said 900 homes had flooded.")).containsExactly("Tribune");
    }

    @Test
    void aPartysTagBetweenCommasIsNoSubject() {
        // claimant.party-state-tag
        assertThat(claimants("Rep. Ana Ruiz, R-Iowa, tweeted, \"The plan is charging taxpayers $400 billion.\""))
                .containsExactly("Ana Ruiz");
        assertThat(claimants("Tom Baxter, D-Calif., said the bill would cost $3 trillion.")).containsExactly("Tom Baxter");
        assertThat(claimants("Lena Okafor, D-N.Y., said 40 members had signed.")).containsExactly("Lena Okafor");
    }

    @Test
    void anAgeBetweenCommasIsNoSubject() {
        assertThat(claimants("Tom Baxter, 52, said 14 cows had died.")).containsExactly("Tom Baxter");
    }

    @Test
    void aFigureIsNoClaimantButItsSurveyIs() {
        assertThat(claimants("In the Harbor Research poll, 61% said they backed the plan, with 30% against."))
                .containsExactly("the Harbor Research poll", "the Harbor Research poll");
        assertThat(claimants("Of the 40 economists surveyed, 25 said rates would rise.")).containsExactly(null, null);
        assertThat(claimants("At the meeting, 61% said they backed the plan, with 30% against.")).containsExactly(null, null);
    }

    @Test
    void itIsTheReportThatOpensTheSentenceBefore() {
        assertThat(claimants("Minister Ana Ruiz said: \"I fully expect a fair vote.\" Tuesday's report was written by MPs. It said that 12,000 ballots were lost."))
                .containsExactly("Tuesday's report");
        assertThat(claimants("Ana Ruiz said the plan was sound. It cost 40 million pounds.")).containsExactly("Ana Ruiz");
    }

    @Test
    void anAdverbAfterIIsNoSubject() {
        assertThat(claimants("Minister Ana Ruiz said: \"I fully expect 300 observers.\"")).containsExactly("Minister Ana Ruiz");
    }

    @Test
    void aQuotedFragmentOfAPredicateIsNoSubject() {
        assertThat(claimants("Ana Ruiz said the media reports were not \"well informed\". She was one of 40 guests."))
                .containsExactly("Ana Ruiz");
    }
    @Test
    void aTimeBetweenTheSubjectAndItsVerbIsNoPartOfTheSubject() {
        // claimant.time-after-subject
        assertThat(claimants("The harbor board on Tuesday said 40 berths were free.")).containsExactly("The harbor board");
        assertThat(claimants("A Lakeside Courier poll last week found that 58 percent of renters backed the levy."))
                .containsExactly("A Lakeside Courier poll");
        assertThat(claimants("The ferry line late Friday night said 14 crossings were cancelled.")).containsExactly("The ferry line");
        assertThat(claimants("The water board yesterday said 300 wells were dry.")).containsExactly("The water board");
        assertThat(claimants("The county on March 3 said 12 bridges were closed.")).containsExactly("The county");
    }

    @Test
    void aPhraseAPrepositionOpensIsNoSubject() {
        // claimant.adverbial-opening: the name after the phrase is the subject
        assertThat(claimants("Despite the new strike Varda Air said it will fly more than 70 percent of flights."))
                .containsExactly("Varda Air");
        // none after it: the verb before reports ("said in August the ... industry has announced")
        assertThat(claimants("Harbor Outplacement Inc, the consulting firm, said in August the U.S. financial industry has announced "
                + "87,962 job cuts this year.")).containsExactly("Harbor Outplacement Inc");
        // a participle and a preposition, or an adverb alone, name no speaker after a figure
        assertThat(claimants("A strike would idle the union's 12,000 members, starting with soap operas and late-night talk shows."))
                .containsExactly((String) null);
        assertThat(claimants("He dismissed the media tally of 10,000 job cuts, apparently confirmed by Villepin, as speculation."))
                .containsExactly((String) null);
    }

    @Test
    void aTimeInAPapersTitleOrAPlaceStaysInTheSubject() {
        assertThat(claimants("The Mail on Sunday reported that 40 families had left.")).containsExactly("The Mail on Sunday");
        assertThat(claimants("The weather office in Lakeside said 80 mm of rain fell.")).containsExactly("The weather office in Lakeside");
    }
}
