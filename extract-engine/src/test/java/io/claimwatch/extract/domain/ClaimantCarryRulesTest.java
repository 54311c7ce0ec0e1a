package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ClaimantRule#CARRIED_IN_PARAGRAPH}: a sentence with a figure and no speaker of its own goes on
 * with the report of the sentence before it in the same paragraph, whatever it opens with ("It ...",
 * "Imports rose ..."); a paragraph break, a sentence of the outlet's own narration, a passive report of
 * its own, a source that gives a view ("analysts said", "has estimated", "fears") or is the outlet's own end it. Each on a phrasing of wire or broadcast copy written for the test, not one of the eval texts.
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
    void aSentenceWithASubjectOfItsOwnGoesOnWithTheReport() {
        assertThat(claimants("Exports fell 4.2% in March, the statistics office said. Imports rose 1.5% in the same month."))
                .containsExactly("the statistics office", "the statistics office");
        assertThat(claimants("The army said more than 40 troops were wounded in the attack. Eight were flown to a hospital abroad."))
                .containsExactly("The army", "The army");
    }

    @Test
    void aViewAForecastOrAFindingCoversItsOwnClauseOnly() {
        assertThat(claimants("President Ana Ruiz has estimated the damage at $2 billion. About 32,000 homes remained without power."))
                .containsExactly("President Ana Ruiz", null);
        assertThat(claimants("The index fell as the government said it expected 3% growth. The index had risen 4.7% since May."))
                .containsExactly("the government", null);
    }

    @Test
    void aSpeakersViewOfWhatMayHappenIsNotCarried() {
        assertThat(claimants("The union leader said the dispute could last into the summer. Another 12 strike days are planned."))
                .containsExactly((String) null);
    }

    @Test
    void theOutletsOwnWordsAfterTheSourceEndTheReport() {
        assertThat(claimants("Crews fought 23 fires, the ministry said, in the worst season in memory. About 1,500 residents were evacuated."))
                .containsExactly("the ministry", null);
    }

    @Test
    void aSentenceWithAPassiveReportOfItsOwnIsNotCarried() {
        assertThat(claimants("Officials said the toll had risen to 70. Fifty-one people were reported killed yesterday."))
                .containsExactly("Officials", null);
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

    @Test
    void aQuotationIntroducedByAColonIsNotCarriedOutsideIt() {
        assertThat(claimants("In a letter, the mayor said: \"I hope the council will listen.\" The plan was backed by 14 councillors."))
                .containsExactly((String) null);
        assertThat(claimants("The mayor said the council would listen. The plan was backed by 14 councillors."))
                .containsExactly("The mayor");
    }

    @Test
    void aDocumentsContentGoesOnOverLaterParagraphsUntilAnotherSourceIsNamed() {
        String text = "The ministry sent a letter to donors on Friday.\n"
                + "    The letter said 3,000 families had lost their harvest.\n"
                + "    Wheat output was now estimated at 12,000 tonnes.\n"
                + "    The weather service said 40 mm of rain had fallen since May.\n"
                + "    About 800 wells had run dry.\n";
        assertThat(claimants(text)).containsExactly("The letter", "The letter", "The weather service", null);
    }

    @Test
    void hearsayIsNoDocumentsContent() {
        assertThat(claimants("The statement said 3,000 families had lost their harvest.\n\nThe town was shelled in May, in a raid which reportedly killed 40 people.\n"))
                .containsExactly("The statement", null);
    }

    @Test
    void aSpeakerWhoIsNoDocumentDoesNotGoOnPastItsParagraph() {
        assertThat(claimants("The mayor said 3,000 families had lost their harvest.\n    Wheat output was 12,000 tonnes.\n"))
                .containsExactly("The mayor", null);
    }

    @Test
    void aSourceThatEndsTheNextSentenceReportsTheOneBefore() {
        // claimant.named-next: "But ..., X said." goes on with the sentence before it, whose figures are X's too
        assertThat(claimants("Forecasts for Norway were cut to 1.2% from 1.5% next year. But the outlook was worse for Chile, "
                + "with growth slipping to 0.4%, the Harbor Institute said.")).containsExactly("the Harbor Institute", "the Harbor Institute", "the Harbor Institute");
        assertThat(claimants("Exports fell 3% in May. However, imports rose, the customs office said on Tuesday.")).containsExactly("the customs office");
    }

    @Test
    void aSourceNamedNextWithoutItsOpenerOrPastTheParagraphReportsNothingBefore() {
        assertThat(claimants("Exports fell 3% in May. Imports rose, the customs office said.")).containsExactly((String) null);
        assertThat(claimants("Exports fell 3% in May.\n\nBut imports rose, the customs office said.")).containsExactly((String) null);
        assertThat(claimants("The mayor said exports fell 3% in May. But imports rose, the customs office said.")).containsExactly("The mayor");
    }
    @Test
    void aNamedPollsFindingsGoOnOverItsParagraph() {
        // claimant.poll-goes-on: the poll's verb is one of a finding, yet its figures run on, those asked counted too
        assertThat(claimants("Recent polling by Dale Research shows voters split on the bypass, with 44% backing it. The remaining 12% are unsure."))
                .containsExactly("Recent polling by Dale Research", "Recent polling by Dale Research");
        assertThat(claimants("A survey for the Harbor Trust found 61% of tenants want repairs first. Another 20% believe rents matter more."))
                .containsExactly("A survey for the Harbor Trust", "A survey for the Harbor Trust");
    }

    @Test
    void aPollWithoutItsMakerOrPastItsParagraphGoesNoFurther() {
        assertThat(claimants("Exit polls showed the party winning 14 seats. But when the count ended, it won 19 seats."))
                .containsExactly("Exit polls", null);
        assertThat(claimants("A survey for the Harbor Trust found 61% of tenants want repairs first.\n\nAnother 20% believe rents matter more.\n"))
                .containsExactly("A survey for the Harbor Trust", null);
    }
    @Test
    void aDocumentsFindingsListedAfterAColonAreItsOwn() {
        // claimant.findings-list: in the sentence the colon opens, and carried over its paragraph
        assertThat(claimants("Among the findings in the audit: 61% of the bridges were past their design life. Another 9% had no records."))
                .containsExactly("the audit", "the audit");
        assertThat(claimants("The council published its review on Monday. Among the findings in the review: . From 2015 to 2020, 70% of repairs were late."))
                .containsExactly("the review");
    }

    @Test
    void aColonAfterAReportingVerbOrWithoutADocumentListsNoFindings() {
        assertThat(claimants("Heavy rain fell on three towns: 40 homes were flooded.")).containsExactly(null, null);
        assertThat(claimants("The mayor told reporters: 40 homes were flooded.")).containsExactly("The mayor");
    }

    @Test
    void aDocumentThatListsIsTheSourceOfItsOwnClause() {
        // claimant.document-lists: "lists" in lexicon/evidential-verbs.txt (with "website" in lexicon/evidential-subjects.txt), a
        // finding of its own clause (lexicon/claimant-view-verbs.txt), a noun before "of" (lexicon/noun-verbs.txt)
        assertThat(claimants("Ana Ruiz, the union's leader, wrote on its website that the cuts were unfair. The union's website lists 40"
                + " branches closed since 2019. At least 12 of them were in the north.")).containsExactly("The union's website", null);
        assertThat(claimants("The mayor said the plan was sound. Council staff passed lists of 30 sites to the builders."))
                .containsExactly("The mayor");
    }

    @Test
    void aFigureAfterTheQuotationClosedIsNotTheQuotations() {
        // claimant.quote-closed-before-figure: a sentence that opens with a quotation goes on with its speaker inside it only
        assertThat(claimants("Ana Ruiz wrote about the flood. She sent it on Monday: . \"Every house matters\" Her other account carried 12 posts."))
                .containsExactly((String) null);
        assertThat(claimants("Ana Ruiz wrote about the flood. She sent it on Monday: . \"Every house matters, and 12 are gone\""))
                .containsExactly("Ana Ruiz");
    }

    /** A wire story whose paragraphs were lost: the body on one line of over 1,000 characters. */
    private static String flattened(String last) {
        return "Harbor mill halts output\n\nOSLO (Wire) - Harbor Mills halted output at its northern plant on Tuesday after a fire in a "
                + "storage hall, the company said, and it did not know when work would resume. The fire broke out late on Monday and was "
                + "put out by crews from the nearby towns before dawn, a spokeswoman for the regional fire service said on Tuesday. "
                + "Harbor Mills said it would inspect the plant's other halls and its loading bay before it decided on a restart. "
                + "The mill is the largest employer in the valley, and its owners have said in recent years that they would keep it "
                + "open whatever the price of grain. Workers at the plant were sent home on full pay, a union official said, while the "
                + "company's managers met the town's mayor to discuss the clean-up of the site and of the river bank beside it. "
                + "Shares in Harbor Mills were little changed in early trade in Oslo, as investors waited for details of the damage. "
                + "The valley's farmers, who sell most of their grain to the mill, said they feared a long halt would leave their "
                + "harvest without a buyer, and the regional council said it would ask the government for help if the halt went on. "
                + last + "\n";
    }

    @Test
    void inATextWhoseParagraphsWereLostAStatementIsNotCarried() {
        // claimant.flat-text-not-carried: "X said." covers its own sentence; the outlet's background follows it
        assertThat(claimants(flattened("Tests were not yet complete, the company said. Such fires cause about 300 plant stoppages a year.")))
                .containsExactly((String) null);
        // (a report's, a poll's or a present-tense source's findings go on)
        assertThat(claimants(flattened("Losses were not yet known, the fire service report said. Such fires cause about 300 stoppages a year.")))
                .containsExactly("the fire service report");
        assertThat(claimants(flattened("The Grain Council says mills are at risk. Such fires cause about 300 stoppages a year.")))
                .containsExactly("The Grain Council");
        assertThat(CarriedReport.flat(flattened("."))).isTrue();
        assertThat(CarriedReport.flat("Exports fell 4.2% in March, the statistics office said. That left the deficit at $3bn.")).isFalse();
    }
}
