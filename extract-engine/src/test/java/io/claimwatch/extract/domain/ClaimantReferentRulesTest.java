package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The claimant rules for what a subject refers to and whether it is a source at all: a description of
 * rank or a paper's title word naming the body named before, ordinals and revised data that name no
 * source, a speaker that ends the sentence over a subject inside its clause, a verb followed by its own
 * content, a predicate after a comma, a pronoun right after the figure, an addressee verb inverted
 * before a role and a name, two appositives after a quotation's speaker, a view held of a clause ("sees
 * the economy growing 2.4%"), "it" as a body after a person. Each on a sentence written
 * for the test, not taken from the corpora.
 */
class ClaimantReferentRulesTest {

    @Test
    void aDescriptionOfRankIsTheBodyNamedBefore() {
        assertThat(claimants("Alder Bank said on Monday that approvals had slowed.\n\nThe country's biggest mortgage lender said prices rose 4.2% over the year."))
                .containsExactly("Alder Bank");
        assertThat(claimants("The country's biggest mortgage lender said prices rose 4.2% over the year."))
                .containsExactly("The country's biggest mortgage lender");
    }

    @Test
    void thePaperIsTheTitleNamedBefore() {
        assertThat(claimants("The rail operator will cut 1,200 jobs, the Baltic Herald reported.\n\nIt will also close 14 depots, the newspaper said."))
                .containsExactly("the Baltic Herald", "the Baltic Herald");
    }

    @Test
    void anOrdinalIsNoSource() {
        assertThat(claimants("Sales rose 3% in the first quarter, with the second showing a 1.5% gain.")).containsExactly(null, null);
    }

    @Test
    void revisedFiguresNameNoOwner() {
        assertThat(claimants("Revised figures showed the economy grew 0.3% in the spring.")).containsExactly((String) null);
        assertThat(claimants("Customs figures showed exports grew 0.3% in the spring.")).containsExactly("Customs figures");
        assertThat(claimants("Survey-based figures suggest 14,000 jobs were created in May.")).containsExactly((String) null);
    }

    @Test
    void theSpeakerThatEndsTheSentenceReportsTheClauseBefore() {
        assertThat(claimants("Shoppers now expect prices to rise by 2% next year, Lena Okafor said.")).containsExactly("Lena Okafor");
        assertThat(claimants("Shoppers now expect prices to rise by 2% next year.")).containsExactly("Shoppers");
    }

    @Test
    void aVerbFollowedByItsOwnContentReportsNoFigureBeforeIt() {
        assertThat(claimants("In a city where rents average $1,900 a month, nurses said a raise of 5% is too small."))
                .containsExactly(null, "nurses");
        assertThat(claimants("Five crew members were hurt, a port official told a news conference.")).containsExactly("a port official");
    }

    @Test
    void aPronounRightAfterTheFigureIsItsRelativeClausesSpeaker() {
        assertThat(claimants("Ana Ruiz cleans offices in the city. She lives on the $2,100 she says she earns each month."))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void anAddresseeVerbBeforeARoleAndANameThatEndTheSentenceIsInverted() {
        assertThat(claimants("\"Expect a weak January, with about 5 million out of work,\" warned Delta Bank economist Lena Okafor."))
                .containsExactly("Delta Bank economist Lena Okafor");
        assertThat(claimants("\"Expect a weak January, with about 5 million out of work,\" the minister told reporters Tuesday."))
                .containsExactly("the minister");
    }

    @Test
    void anInvertedSpeakerMayOpenWithAnArticle() {
        assertThat(claimants("Home prices rose 0.5% in May, says the Harbor building society.")).containsExactly("the Harbor");
    }

    @Test
    void aSpeakerAfterAQuotationMayHaveTwoAppositives() {
        assertThat(claimants("\"The toll has risen to 12,\" Ivan Petrenko, the governor of the province, of which Lviv is the capital, said."))
                .containsExactly("Ivan Petrenko");
    }

    @Test
    void aVerbInThePastAfterACommaOpensAPredicate() {
        assertThat(claimants("Lower fuel costs, which fell 3.1% in May, continued to hold down prices.")).containsExactly((String) null);
    }

    @Test
    void heToldIsThePersonItsOwnSentenceBringsIn() {
        // claimant.pronoun-own-subject: "he" is the person the sentence opens with, not the speaker named before
        String text = "One trader in Lagos said the market had flooded twice. Meanwhile, a farmer in storm-hit Ondo lost 300 goats"
                + " after the river rose, he told state radio.";
        assertThat(claimants(text)).containsExactly("a farmer in storm-hit Ondo");
        assertThat(claimants("One trader in Lagos said the market had flooded twice. A storm in Ondo killed 300 goats, he told state radio."))
                .containsExactly("One trader in Lagos");
    }

    @Test
    void heIsNeverAPollNamedBefore() {
        // claimant.pronoun-not-a-document: the surname that opens the sentence before, given in full earlier
        assertThat(claimants("Ana Ruiz will face Tom Baxter in the autumn.\n\nA recent Harbor Research poll found Ruiz leading Baxter by 52% to 44%."
                + "\n\nRuiz enters the race with more money than her rival. She reported $3.1 million in her campaign account in June."))
                .containsExactly("A recent Harbor Research poll", "A recent Harbor Research poll", "Ana Ruiz");
    }

    @Test
    void aViewOfAClauseIsItsHoldersClaim() {
        // claimant.view-of-a-clause: "sees"/"projects" with a clause as object report; with the figure as object they do not
        assertThat(claimants("The Harbor Fund sees the regional economy growing 2.4% next year.")).containsExactly("The Harbor Fund");
        assertThat(claimants("The Harbor Reserve Bank projects prices to rise 3.1% in 2026.")).containsExactly("The Harbor Reserve Bank");
        // (a description with no name is no holder: the sentence goes on with the source before it)
        assertThat(claimants("\"Rents will climb 2% this spring,\" said Ada Okafor of Alder Homes. The property firm sees rents rising 4% next year."))
                .containsExactly("Ada Okafor", "Ada Okafor");
        assertThat(claimants("The old port sees 40,000 visitors every summer.")).containsExactly((String) null);
        // "thinks", as "believes", is a belief about a figure
        assertThat(claimants("The Harbor Fund thinks inflation will ease to 2.9% by December.")).containsExactly("The Harbor Fund");
    }

    @Test
    void aBodyNamedByItsAcronymReportsWhatItFinds() {
        // claimant.acronym-finds: "has identified" with an acronym as subject is the body's finding, and "It" goes on with it
        assertThat(claimants("Police said 12 protesters were held at the gate.\n\nHRC has identified 40 new sites in the valley.\n\n"
                + "It expects the sites to yield 2 million tonnes of ore.")).containsExactly("Police", "HRC", "HRC");
        // (a person who finds reports nothing by "identified")
        assertThat(claimants("Ruiz identified 3 suspects in the lineup.")).containsExactly((String) null);
    }

    @Test
    void aNamesOwnWordsRelayedByAPaperStayTheNames() {
        // claimant.speech-relayed: "X said ..., the paper said" is X's; a view ("expect") is the closing speaker's
        assertThat(claimants("Labour Minister Ana Ruiz said the plan would cut 4,000 jobs, the Harbor Herald said."))
                .containsExactly("Labour Minister Ana Ruiz");
        assertThat(claimants("Shoppers now expect prices to rise by 2%, Lena Okafor said.")).containsExactly("Lena Okafor");
    }

    @Test
    void itIsABodyNeverAPerson() {
        // claimant.it-not-a-person: "it" after a person's surname is the last body named, not the person
        assertThat(claimants("The Harbor Fund said trade grew 2% in May, chief economist Ada Okafor told reporters.\n\n"
                + "Tariffs were a concern, Okafor said.\n\nThe fund raised its forecast for Chile, which it now expects to grow by 3%."))
                .containsExactly("The Harbor Fund", "The Harbor Fund");
    }

    @Test
    void aQuotationRelayedByAnAgencyIsTheQuotedPersons() {
        // claimant.relayed-quote: lexicon/claimant-quoted-as.txt; "him"/"her" the person who leads the sentences before
        assertThat(claimants("Ivan Petrenko, the mine's director, spoke at the pithead. He urged calm. \"We still hope for 40 more,\""
                + " Harbor Radio quoted him as saying.")).containsExactly("Ivan Petrenko");
        assertThat(claimants("Another 5 were hurt, Harbor Radio quoted the fire chief in the port of Ledmore as saying."))
                .containsExactly("the fire chief");
        assertThat(claimants("Another 5 were hurt, Harbor Radio reported.")).containsExactly("Harbor Radio");
    }

    @Test
    void heNeverMeansAPartyThatOpensTheSentenceBefore() {
        // claimant.lead-name-a-person: the body's name that opens the sentence before is no speaker; the person named before is
        assertThat(claimants("Speaker Tom Lane of Harbor said on Monday that his party could lose the state.\n\nMr. Lane pointed to what aides "
                + "called \"open seats\" in the north. Harbor Labor Party affiliates are weaker there and turnout may be low.\n\n"
                + "\"We have 40 members in hard races,\" he said.")).containsExactly("Speaker Tom Lane of Harbor");
    }
}
