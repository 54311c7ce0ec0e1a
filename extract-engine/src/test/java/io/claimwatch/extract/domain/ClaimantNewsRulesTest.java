package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The claimant rules for news at large that read beyond the clause of a reporting verb: whose office
 * "his office" is, whom "Mr X" names, headlines in the outlet's voice, speakers named after a comma or
 * with a role in lower case, quoted phrases inside a reported clause, and the words in which a
 * reporting verb reports nothing. Each on a sentence written for the test, not taken from the corpora.
 */
class ClaimantNewsRulesTest {

    @Test
    void aPossessiveSubjectIsItsOwnersOffice() {
        assertThat(claimants("Prime Minister Ana Ruiz said she was shocked by the floods.\n\nHer office announced payments of $3,000 for each family."))
                .containsExactly("Prime Minister Ana Ruiz's office");
    }

    @Test
    void theStatementIsTheBodyThatIssuedIt() {
        assertThat(claimants("The statement by the Northern Army Command was read on state radio.\n\n\"We hold the ridge,\" the statement said. It said 40 tanks were destroyed."))
                .containsExactly("Northern Army Command");
    }

    @Test
    void aTitleAndSurnameNameThePersonGivenEarlier() {
        assertThat(claimants("The figures were given by Tom Baxter to the council on Monday.\n\nMr Baxter said 40 homes were flooded."))
                .containsExactly("Tom Baxter");
    }

    @Test
    void aHeadlineNamesItsSourceOnlyBeforeTheFigure() {
        // the wire's "X SAYS N" (capitals or title case) names the source; "N ..., X say" and, in sentence case, "X finds N" sum up
        // the story in the outlet's voice (claimant.headline-summary)
        assertThat(claimants("Officials Say 40 Dead In Floods\n\nThe floods hit the north on Monday.")).containsExactly("Officials");
        assertThat(claimants("OFFICIALS SAY 40 DEAD IN FLOODS\n\nThe floods hit the north on Monday.")).containsExactly("OFFICIALS");
        assertThat(claimants("Officials say 40 dead in floods\n\nThe floods hit the north on Monday.")).containsExactly((String) null);
        assertThat(claimants("Harbor survey finds 48 towns back the plan\n\nThe survey was published on Monday.")).containsExactly((String) null);
        assertThat(claimants("At least 40 dead in floods, officials say\n\nThe floods hit the north on Monday.")).containsExactly((String) null);
        assertThat(claimants("Road deaths down 12%, survey finds\n\nThe survey was published on Monday.")).containsExactly((String) null);
    }

    @Test
    void allToldReportsNothing() {
        assertThat(claimants("All told, the storm may have cost insurers $2 billion, the broker said.")).containsExactly("the broker");
    }

    @Test
    void aVerbThatSumsAFigureReportsNothing() {
        assertThat(claimants("The retail sector added 12,000 jobs in May.")).containsExactly((String) null);
        assertThat(claimants("Officials added 40 people were still missing.")).containsExactly("Officials");
    }

    @Test
    void aPronounBeforeTheVerbIsTheWholeSubject() {
        assertThat(claimants("Maria Lopez runs the airline. The airline's chief attacked the supplier over an outage she said cost it $300 million."))
                .containsExactly("Maria Lopez");
    }

    @Test
    void aSpeakerAfterAColonDoesNotClaimTheFigureBeforeIt() {
        assertThat(claimants("Storm strands 40 hikers: Rangers brought down 38 hikers on Sunday, the park service said."))
                .containsExactly(null, "the park service");
    }

    @Test
    void aSpeakerNamedAfterACommaIsTheHeOfTheNextSentence() {
        assertThat(claimants("Exports have stalled this year, said Ana Ruiz, chief economist at a bank.\n\nAbout 12 factories closed in May, she said."))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void aRoleInLowerCaseBeforeTheNameOfAnInvertedSpeaker() {
        assertThat(claimants("\"We were not consulted,\" said union organiser Tom Baxter. \"About 300 workers lost their jobs.\""))
                .containsExactly("union organiser Tom Baxter");
    }

    @Test
    void aQuotedPhraseInsideAReportedClauseIsTheSpeakers() {
        assertThat(claimants("The army said it had counted \"about 30 rockets\" fired from the hills.")).containsExactly("The army");
    }

    @Test
    void aSourceAtTheEndCoversBothSidesOfAWhile() {
        assertThat(claimants("About 900 flights were cancelled, while 2,000 were delayed, according to the tracking site."))
                .containsExactly("the tracking site", "the tracking site");
    }

    @Test
    void aFearOrABeliefAboutAFigureIsItsHolders() {
        assertThat(claimants("The charity fears that 2,000 families could lose their homes.")).containsExactly("The charity");
        assertThat(claimants("Several brokers believe the losses will stay under $4 billion.")).containsExactly("Several brokers");
    }

    @Test
    void aVerbPhraseBeforeFearsIsNoSubject() {
        assertThat(claimants("Airlines have tried to calm fears that 300 jets need new engines.")).containsExactly((String) null);
    }

    @Test
    void figuresShowingAFigureAreTheirPublishers() {
        assertThat(claimants("Sales grew fast, with the Retail Council figures showing a 12% rise in March.")).containsExactly("the Retail Council figures");
        assertThat(claimants("Figures from the Transport Agency for May showed rail journeys up 4%.")).containsExactly("the Transport Agency");
    }

    @Test
    void aRevisionOfAFigureIsTheRevisers() {
        assertThat(claimants("The statistics office revised the number of new homes up to 41,000.")).containsExactly("The statistics office");
    }

    @Test
    void aStockTickerAfterTheSpeakerIsNoPartOfIt() {
        assertThat(claimants("About 6,000 miners resumed work at the mine on Tuesday, owners Westbury Mining Corp Ltd <WSTM.J> said."))
                .containsExactly("owners Westbury Mining Corp Ltd");
    }

    @Test
    void aSpokesmanForANamedBodyAfterTheFigure() {
        assertThat(claimants("About 220 dockers stopped work this afternoon, a spokesman for the port and transport union FNV said."))
                .containsExactly("a spokesman for the port and transport union FNV");
    }

    @Test
    void anAppositiveAfterASpokeswomanForANameDescribesTheName() {
        assertThat(claimants("A spokeswoman for Hanover Re, the fifth-largest reinsurer in Europe, estimated the claims at 50 million euros."))
                .containsExactly("A spokeswoman for Hanover Re");
    }

    @Test
    void aSourceQuotedAsSayingIsTheSpeakerNotTheAgencyQuotingIt() {
        // claimant.relayed-quote: the agency relays the commander's words
        assertThat(claimants("The state news agency quoted the regional commander in the border town as saying 12 attacks had been repulsed."))
                .containsExactly("the regional commander");
        assertThat(claimants("Another union leader, Marko Ilic, was quoted as saying hundreds of workers had been on strike."))
                .containsExactly("Marko Ilic");
    }

    @Test
    void theNewspaperIsTheDailyNamedBefore() {
        assertThat(claimants("The floods destroyed 300 homes, the official daily Rabochaya Gazeta reported. Some 16,000 people were left homeless, the newspaper said."))
                .containsExactly("the official daily Rabochaya Gazeta", "the official daily Rabochaya Gazeta");
    }

    @Test
    void aReportingVerbInARelativeAsideCoversOnlyTheAside() {
        assertThat(claimants("The strikes, which employers say have cost them 7 mln guilders, began in protest at plans for 800 redundancies."))
                .containsExactly("employers", null);
        assertThat(claimants("On Monday, after the operator confirmed that the pipeline had been closed, crude prices rose 20 cts a barrel."))
                .containsExactly((String) null);
    }

    @Test
    void anInvertedSpeakerWithTheOutletRoleAndName() {
        assertThat(claimants("Talks will go on next week, said BBC labour correspondent Tom Baxter. Up to 1.4 million workers could strike on Friday."))
                .containsExactly((String) null);
    }

    @Test
    void aPassiveEstimateHasNoSpeaker() {
        assertThat(claimants("Paddy output was now estimated at 70 mln bushels.")).containsExactly((String) null);
    }

    @Test
    void aParticipleAfterAFigureAndItsNounReportsNothing() {
        assertThat(claimants("Ana Ruiz, the mayor, said most of the 900 new council jobs created in May went to young people."))
                .containsExactly("Ana Ruiz");
    }
}
