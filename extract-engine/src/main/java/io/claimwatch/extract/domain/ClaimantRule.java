package io.claimwatch.extract.domain;

/**
 * The named rules that set a claim's claimant: each with the pattern it reads, the field it sets and
 * an example with the claimant it gives (checked by {@code ClaimantRuleCatalogueTest}, which also
 * checks that the example is decided by that rule). {@link Attribution} reports the rule that decided.
 */
enum ClaimantRule {

    SIGNED_POST("— Name (@handle) date", "claimant = the signer of an embedded post",
            "Ten trucks got through today with 40 tonnes of aid.\n— Ana Ruiz (@anaruiz) March 3, 2024", "Ana Ruiz"),
    HEADLINE_SUMMARY("headline: N ..., X say", "claimant = null: a headline is the outlet's summary; only a wire's \"X SAYS N\" names its source",
            "At least 40 killed in floods, officials say\n\nRescue teams searched the valley on Monday.", null),
    BACKGROUND("of the N | the N needed", "claimant = null: a whole or a threshold no source asserts (unless a source named before the figure reports it)",
            "The party won 79 of the 230 seats.", null),
    ACCORDING_TO("according to X", "claimant = X",
            "About 2 million customers were without power, according to the U.S. Energy Department.", "the U.S. Energy Department"),
    ACCORDING_TO_APPOSITIVE("according to the role, Name,", "claimant = Name",
            "Some 400 soldiers were captured, according to the army's commander, Ivan Petrenko, on Monday.", "Ivan Petrenko"),
    ACCORDING_TO_OWN_SPEAKER("X said ... N ..., according to its/their Y", "claimant = X: the possessive is the sentence's own speaker's",
            "Ostrava Water said it had restored supply to 41,000 homes, according to its website.", "Ostrava Water"),
    UNDER_PLAN("Under X's plan/announcement, N ...", "claimant = X: the figures of a plan are its owner's terms",
            "Under the mayor's plan, a bus ticket will cost $3.", "the mayor"),
    SPEAKER_BEFORE("X said/estimates (that) ... N", "claimant = X (pronouns and \"the ministry\" resolved)",
            "The interior ministry said 85 prisoners had been freed.", "The interior ministry"),
    WITH_SAYING(", with X saying N", "claimant = X",
            "Prisoners were released on Sunday, with the interior ministry saying 85 had been freed.", "the interior ministry"),
    CONTENT_CLAUSE("the reports that N ...", "claimant = the evidential noun",
            "The governor said he could not confirm the reports that at least 12 bodies had been found.", "the reports"),
    BY_ESTIMATE("N ... by some estimates", "claimant = the reckoning",
            "The region makes roughly 25 percent of the country's chips by some estimates.", "some estimates"),
    OWNERLESS_DATA("according to figures released Tuesday | ..., latest figures show", "claimant = null: data whose owner is not named assert nothing of their own",
            "Heat has killed 31 people in the county this summer, according to figures released Monday.", null),
    PASSIVE_AGENT("N ... listed/compiled/estimated by X", "claimant = X: the agent of a participle of recording in the figure's clause",
            "Donations of £3.2m went to the nine parties listed by the Electoral Commission.", "the Electoral Commission"),
    ESTIMATE_SETTER("X cut/raised its estimate ... to N", "claimant = X: the subject that revises its own estimate sets the figures it is revised by, to and from",
            "Harbor Securities cut its estimate for the miller's earnings by 20 cents to $1.20 a share.", "Harbor Securities"),
    ACTOR_TERMS("X proposed/pledged/demanded/pegged ... N", "claimant = X: the subject that sets out its own terms, demands or reckonings owns the figures of the verb's clause",
            "Senator Ana Ruiz demanded the mill invest $1 billion in flood defences.", "Senator Ana Ruiz"),
    CLEFT_SPEAKER("It was X that estimated/said ... N", "claimant = X: the named source a cleft sentence singles out as the subject of its reporting or view verb",
            "It was Harbor Risk that estimated industry losses at $1 billion to $2 billion.", "Harbor Risk"),
    AUTHORITY_INQUIRY("Police in X are investigating N ... | officials have counted N", "claimant = the authority whose inquiry or record holds the figure",
            "Police in Ledmore are investigating 212 thefts after the festival.", "Police in Ledmore"),
    MARKET_REACTION("X said ..., sending shares down N", "claimant = null: the market's reaction told after a comma is the outlet's, not the speaker's",
            "Harbor Foods said sales would miss forecasts, sending shares down as much as 2.5 percent.", null),
    PLANT_CAPACITY("X said ... its/the Name N bpd refinery ...", "claimant = null: the rate of a plant the words own or name, written before its noun, is the outlet's description of the plant",
            "Harbor Oil said a fire had shut its 120,000 bpd Lakeside refinery.", null),
    HEARSAY_ASIDE("X said Y, who reportedly N, ...", "claimant = null: a figure the outlet gives as hearsay in its own clause, inside the speaker's, is no report of the speaker",
            "Police said Tom Baxter, who had reportedly lost more than $40,000 at cards, fired the shots.", null),
    SPEAKERS_COUNTED("N said/had predicted ...", "claimant = null: the figure counts the speakers",
            "Of the 40 economists surveyed, 25 said rates would rise.", null),
    ADDRESSEES_COUNTED("X told N ...", "claimant = null: the figure counts those the speaker addressed, told by the outlet",
            "Mayor Ana Ruiz told 40 delegates that the plan would go ahead.", null),
    UNNAMED_MEDIUM("N ..., a statement said", "claimant = null: a medium whose issuer the sentence does not name is no source",
            "Rescuers pulled 12 people from the rubble, a statement said.", null),
    SURVEY_FRAME("In the X survey, N said ...", "claimant = the survey that opens the sentence, for a figure that counts the speakers",
            "In the Harbor Research poll, 61% said they backed the plan.", "the Harbor Research poll"),
    SPEAKER_AFTER("\"... N ...,\" X said | N ..., X said | N, said X", "claimant = X",
            "\"We counted 909 prisoners,\" the regional governor said.", "the regional governor"),
    SURVEY_AGENT("N of the M Xs surveyed/polled by Y said ...", "claimant = Y: the body that ran the survey, for the shares of those asked and their number",
            "Roughly 64% of the 210 farmers surveyed by the Valley Bank in May said costs were the main worry.", "the Valley Bank"),
    RELAYED_QUOTE("\"...,\" X quoted him/Name as saying", "claimant = the one quoted: X relays the words it quotes",
            "Ivan Petrenko, the mine's director, said 12 miners were found alive. \"We still hope for 40 more,\" Harbor Radio quoted him as saying.",
            "Ivan Petrenko"),
    QUOTE_INTRODUCED("X told reporters: \"... N ...\"", "claimant = X, for a figure inside the quotation X introduces",
            "Transport Minister Ana Ruiz told reporters: \"I fear the dead could be as many as 200.\"", "Transport Minister Ana Ruiz"),
    SPEAKER_OF_PREVIOUS_QUOTE("\"...,\" said X. N ..., he added.", "claimant = X, named after a quotation or a comma in a sentence without figures (\"..., said X.\")",
            "\"Tomorrow will be worse,\" said Ana Ruiz, the fire chief.\n\nNine air tankers and 100 firefighters were fighting the fire, she added.", "Ana Ruiz"),
    HEADLINE_SOURCE("Headline – Source", "claimant = Source, when the body names it again",
            "Lassa fever kills 152 in Nigeria – NCDC\n\nThe NCDC gave the toll in its weekly report.", "NCDC"),
    QUOTE_GOES_ON("\"...\" after a sentence whose speaker is known", "claimant = the last claimant",
            "\"We lost 11 men,\" said Ana Ruiz. \"There were 80 houses here.\"", "Ana Ruiz"),
    QUOTATION_TAGGED_LATER("\"... N ... . ...,\" X said. (one quotation over sentences of a paragraph)", "claimant = X: the speaker named after the quotation closes",
            "\"We sent 40 trucks on Monday. More will follow this week,\" the mayor said.", "the mayor"),
    CARRIED_IN_PARAGRAPH("X said ... . It/That/Of those ... N (the same paragraph, no speaker of its own)", "claimant = the source of the sentence before, whose report this one goes on with",
            "The trade shortfall was $55.5bn, the Commerce Department said. That pushed the 10-month deficit to $500.5bn.", "the Commerce Department"),
    DOCUMENT_GOES_ON("The letter said ... . \n\n N ... (any later paragraph, no speaker of its own)", "claimant = the document, whose content the article goes on reporting until another source is named",
            "The letter said 400 families had lost their crops.\n    Total output would be 90 mln bushels.", "The letter"),
    POLL_GOES_ON("A poll by X shows N ... . Another N believe ... (the same paragraph)", "claimant = the poll: its findings go on over the paragraph, a figure that counts those asked included",
            "A poll by Harbor Research shows 41% of voters back the plan. Another 25% believe it will fail.", "A poll by Harbor Research"),
    FINDINGS_LIST("Among the findings in the report: N ... (the same paragraph, no speaker of its own)", "claimant = the document whose findings the colon lists",
            "Among the findings in the audit: 61% of the bridges were past their design life.", "the audit"),
    NAMED_NEXT("N ... . But/However ..., X said. (the same paragraph, no speaker of its own)", "claimant = X: the source that ends the next sentence, which goes on with this one",
            "Forecasts for Japan were cut to 1.2%. But the outlook was worse for Italy, the OECD said.", "the OECD"),
    VERB_NOT_A_NAME("said | indicates N of X (read as a subject)", "claimant = null: a reporting verb in lower case that opens the words read as a subject, before nothing or a figure, names no one",
            "But another poll from Harbor Research, a polling firm, indicates 53% of voters believe the plan will fail, with six parties against it.",
            null),
    MUST_BE_SOURCE("words read as a subject that name no source", "claimant = null: a figure, a clause a subordinator opens, or words whose last word heads no noun (\"newly\", \"the most\", \"alone\") name no speaker",
            "A partial tally of the bills alone revealed costs of $40 billion.", null),
    OUTLET_VOICE("none of the above", "claimant = null: the outlet states it in its own voice",
            "The storm destroyed 300 homes on Tuesday.", null);

    /** The shape of text the rule reads. */
    final String pattern;
    /** The field the rule sets, and to what. */
    final String sets;
    /** An example, and the claimant of its last figure. */
    final String example;
    final String claimant;

    ClaimantRule(String pattern, String sets, String example, String claimant) {
        this.pattern = pattern;
        this.sets = sets;
        this.example = example;
        this.claimant = claimant;
    }

    /** "claimant.speaker-before". */
    String ruleName() {
        return FieldSource.ruleName("claimant", this);
    }
}
