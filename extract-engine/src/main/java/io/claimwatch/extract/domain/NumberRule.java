package io.claimwatch.extract.domain;

/**
 * The named rules of {@link NumberRecognizer}: those that read a figure (a {@link Mention} carries
 * the {@link #id} of the one that read it) and those that drop a number that is no figure. Each has
 * an example, checked by {@code NumberRuleCatalogueTest}: a rule that reads gives the example's one
 * figure that value; a rule that drops leaves the example without figures.
 */
enum NumberRule {

    // ------------------------------------------------------------------ figures
    DIGITS("digits, with a currency sign or code, a unit or a percent sign", "The fund holds $2,500.", "2500"),
    SCALED_DIGITS("digits with a scale word or a glued suffix", "The budget reached 11.3bn last year.", "11300000000"),
    RATE_UNIT_SCALE("digits before a unit of the energy wires that carries its own scale (lexicon/rate-unit-scales.txt): \"1,410 Mmcfd\""
            + " is 1,410 million cubic feet a day; the unit's word stays the rate keys/rates.txt reads",
            "Gas output shut was 1,410 Mmcfd on Sunday.", "1410000000"),
    DIGIT_RANGE("two figures joined by a hyphen, the first the lower; a scale word after the second scales both (\"1.5-2.5 billion euros\")", "Each exchange involved 50-95 soldiers.", "50"),
    NUMBER_WORDS("number words, hyphenated or joined by \"and\"", "It captured nine hundred and nine Russian servicemen.", "909"),
    ONE_IN_A_TOLL("a lone \"one\" that closes a list of figures before a word of people-verbs.txt: \"14 injured and one dead\"",
            "The blast left 14 injured and one dead.", "1"),
    ONE_TOLL_OBJECT("a lone \"one\" right after a verb of a toll (numbers-toll-verbs.txt), or after it and a hedge: \"killed one man\","
            + " \"killing at least one\"", "The blast at the mine killed one guard.", "1"),
    ONE_TOLL_SUBJECT("a lone \"one\" that opens its clause, with a noun of up to two words or none, before a toll's state"
            + " (numbers-one-links.txt, numbers-one-states.txt): \"one guard was killed\", \"one remains critical\"",
            "The riders fled and one was badly hurt.", "1"),
    ONE_STATE_ELLIPTIC("a lone \"one\" (or \"one of them\") after a comma before an adverb of a toll's state that ends the clause",
            "The bus overturned and its riders were hurt, one seriously.", "1"),
    ONE_HEDGED("a lone \"one\" after \"at least\" and before a word that is no function word: a count, not a pronoun",
            "Police said at least one suspect was held.", "1"),
    A_SCALE("\"a\" before a scale word", "They freed a dozen hostages.", "12"),
    A_SINGLE("\"A single\" opening its sentence before a noun: the subject counted as one (not \"in a single day\")",
            "A single tanker reached the port.", "1"),
    HALF_A_SCALE("\"half a\" or \"a quarter of a\" before a scale word, or \"one-and-a-half\" before one of a thousand or more",
            "Half a million people fled.", "500000"),
    HALF_OF("\"half of\" a noun (not of a figure)", "Officials closed half of the schools.", "0.5"),
    TIMES_COUNTED("a thousand times or more: a count of events, not a multiplier (\"three times the average\" is none)",
            "The clip was viewed 12 million times.", "12000000"),
    TIMES_PASSIVE("\"N times\" right after a passive's participle (a hedge between): how often it was done to the subject, not a"
            + " multiplier (\"three times faster\") nor an active verb's repeats (\"tried four times\")",
            "The clerk was robbed 3 times last year.", "3"),
    TIMES_MULTIPLIER("a hedged \"N times\" before a word of a comparison (numbers-multiplier-hedges.txt): the factor the"
            + " sentence claims; a bare multiplier (\"three times faster\") and \"twice\" stay no figure",
            "The new tank holds about four times as much water as the old one.", "4"),
    TIMES_IN_A_PERIOD("\"N times\" before the stretch of time it happened in (numbers-times-periods.txt): how often, whatever"
            + " the verb (\"three times as many\" is a multiplier)", "The ferry broke down 12 times since March.", "12"),
    VAGUE("a vague quantifier of the lexicon (vague.txt)", "Dozens of men lined up.", "24"),
    VAGUE_OF_UNIT("a vague quantifier before \"of\" and a commodity's unit (keys/commodity-units.txt: \"thousands of barrels\"):"
            + " the figure in that unit; an extent (\"tens of thousands of acres\") stays unitless", "Crews cleaned up thousands of barrels of crude oil.", "2000"),
    CONVERSION("a measure in brackets that restates the one before it in other units: a claim of its own, told of what that"
            + " measure is (conversion-of-measure)", "Waves as high as 4 meters (13 feet) hit the coast.", "13"),
    SPLIT_THOUSANDS("digits a wire broke after the comma (\"7, 956\"): one number where it cannot be a list: one to three digits,"
            + " a comma, one space, exactly three digits, a unit or a word of people-verbs.txt right after (past an initialism: \"U.S. dollars\"),"
            + " and no figure, comma or month before", "The blast left 4, 250 wounded.", "4250"),
    MIXED_FRACTION("digits and a fraction after one space, in units of their last place: \"5 1/2 miles\" is 5.5, a share price"
            + " \"$14.62 1/2\" is 14.625", "The stock closed at $14.62 1/2 on Friday.", "14.625"),
    VOTE_TALLY("a score written with a hyphen next to a word of a vote (numbers-vote-words.txt): the votes for and against, two figures",
            "The council voted 7-0 to approve the plan.", "0"),
    SCORE_SIDES("a score written with a hyphen next to a word of its result (numbers-score-words-after.txt: \"a 21-14 win\"; "
            + "numbers-score-words-before.txt: \"led by 14-3\", \"beat Leeds 2-0\", \"the final tally was 61-38\"): each side's points, two figures",
            "The hosts sealed a 21-14 win on Sunday.", "14"),
    RECORD_SIDES("a score written with a hyphen alone in brackets after a capitalised name: the side's record, wins and losses, two figures",
            "The visiting Owls (3-10) lost again.", "10"),
    ODDS_OF_OUTCOME("the first number of \"N in M\" right before a noun of the odds of an outcome (numbers-odds-nouns.txt): \"a one-in-four"
            + " chance\", \"a 1 in 4 chance\"; the base is no figure", "Forecasters gave the storm a 1 in 4 chance of landfall.", "1"),
    SHARED_UNIT_FROM("a bare figure after \"from\" that follows \"to N UNIT\" and ends its clause or comes before a function word:"
            + " the level left, in the unit of the level reached (\"to about 12 lbs from 25\"); not a year", "Cattle cut daily feed to about 12 lbs from 25 during the storm.", "25"),
    GLUED_UNIT("digits with a unit glued and hyphenated to what it measures (\"a 30cm-wide pipe\"), or with a lone \"m\" and no currency"
            + " before a word of numbers-metre-words.txt: metres (\"the 30m shaft\", \"dug 8m down\")", "Crews dug the 30m shaft by hand.", "30"),
    // ------------------------------------------------------------------ no figure
    MASKED_TEXT("a number inside a URL, an e-mail address, a handle, a hashtag, a phone number, a stock code in brackets or after a name (\"( 7203.T )\", \"Japan Airlines 9205.T\") or an exchange rate (\"$1 = 0.75 euro\")", "Call +1 202 555 0143 for details.", null),
    CODE_OR_ID("a zero-led code (\"007\") or more than 15 digits", "Agent 007 was not available.", null),
    GLUED_TO_NAME("digits glued to a word or a symbol before or after them: \"F16\", \"BTR-82A\", \"Covid-19\", \"#5\", \"3D\";"
            + " or to a bracketed letter, a section of a code that names a plan: \"a 401(k) account\"",
            "Covid-19 spread fast.", null),
    ORDINAL("digits with an ordinal suffix, or an ordinal or a fraction in words", "The 488th regiment moved north.", null),
    TIME_OR_DURATION("a clock time (\"11 a.m.\", \"11 (a.m.)\", \"at 2330 local time\"), a duration (\"two more days\"; and the first end of a range of durations:"
            + " \"10 to 14 days\"), or an age in a list of ages"
            + " (\"66, 70 and 95 years old\", \"her 8-, 12- and 14-year-old\"); a number in words whose hyphen hangs before"
            + " one: \"a two- or three-week strike\"",
            "It ended after 10 days of fighting.", null),
    HALF_AS_PART("\"half\" after an ordinal or a direction: a part of a whole in time or place (numbers-half-parts.txt)",
            "Sales rose in the second half of the year.", null),
    HALF_OF_WHAT("\"half of what\": a comparison with an amount the sentence does not give", "The wage is barely half of what a family needs.", null),
    CLOCK_OR_SLASH_DATE("\"10:30\", \"5/24\"", "The meeting starts at 10:30.", null),
    NOT_A_RANGE("a score with no word of a vote or of its result, a span of years or of days of a month written with a hyphen",
            "The board met in 2019-2021 without a chair and the series stood at 3-1 on Friday.", null),
    DAY_OF_MONTH("a day beside its month, the first of a pair before its month (\"on 4 or 5 April\"), or the second day of a range of one month in words (\"from July 7 to 13\")",
            "The talks were held on May 16 in Turkey.", null),
    ODDS("the first number of odds or of a return period: \"1-in-1,000-year\"", "It was a 1-in-500-year flood.", null),
    YEAR("a year: after a word of time, a month or \"the\", or before no noun in the plural (\"her 2022 loss\", \"the record 2023 total\")",
            "The war began in 2022 and a 2016 report warned of it.", null),
    DESIGNATOR("a number after a designator (designators.txt) or one that names the thing after it",
            "Article 5 was invoked.", null),
    GUARDED_DESIGNATOR("a number after a word of designators-guarded.txt (\"Line 61\", \"the 450,000 bpd line 3\") unless a unit, a plural,"
            + " a time unit or a percent sign follows it (\"waited in line 3 hours\")",
            "Enbridge restarted Line 61 on Saturday.", null),
    DESIGNATOR_LIST("each number of a list after a capitalised designator in the plural: \"Locks 16, 17, 20\", \"Landing Zones 1 and 2\"",
            "The rocket boosters landed at Landing Zones 1 and 2 on Sunday.", null),
    MODEL_LIST("each number of a list of two or more model numbers (three digits or more, neither round nor a year, or glued to letters:"
            + " \"A320\") right before a model noun (numbers-model-nouns.txt): \"its 737, 747 and 787 planes\", \"the 777 and 787 models\"",
            "The strike halted production of its 737, 747, 767, 777 and 787 planes.", null),
    MODEL_BEFORE_NOUN("a model number before a model noun in the singular (\"the 787 fleet\"), or before an invariant one after \"a\""
            + " and up to two words that describe it (numbers-model-determiners.txt: \"a fully laden 737 aircraft\")",
            "The rocket can lift more than a fully laden 737 aircraft.", null),
    VAGUE_IN_A_NAME("a capitalised vague word between a lower-case word and a capitalised one: part of a name",
            "The tanker was chartered by the firm Millions Shipping Ltd.", null),
    NAME_RUN_ENDING_IN_NUMBER("two to four capitalised words after \"the\" and a number: a vessel's or channel's name, not an item"
            + " of a list of results", "The navy boarded the Sea Pearl 7 at dawn.", null),
    TRUNK_ZERO_PHONE("a national phone number with its trunk zero, in groups of digits", "For tickets call 0161 496 0732.", null),
    NAME_ENDING_IN_NUMBER("\"the Lower 48\", \"the Fortune 500\": a name that ends in a number", "Heat alerts covered much of the Lower 48 on Sunday.", null),
    NAME_IN_ARTICLE("a number the article uses in a name (numbers-names.txt, or a name of the rules around), wherever that name recurs: "
            + "\"the S&P 500\", \"a Boeing 737\" and then \"the 737 Max\"", "The S&P 500 index and the Magnificent Seven gained on Friday.", null),
    BACK_REFERENCE("digits after \"the\", \"these\", \"those\" that head no noun, where the article gave the number before: \"The 12 affected\"",
            "The court upheld the appeals of 12 men. The 12 affected by the ruling stay in prison.", "12"),
    MODEL_NAME("a number that goes on a capitalised word in running text: \"Boeing 737\", \"outpost Tower 22\"",
            "The airline flies the Airbus A320 and the Boeing 737 on the route.", null),
    PRODUCT_NAME("a number on a name in mixed case that opens in lower case (\"iPad\", \"iPhone\", \"eReader\"), read as a"
            + " capitalised word is by model-name: \"the popular iPad 2\", \"Apple's iPad 2 commands 80 percent\"",
            "The plant is said to make the popular iPad 2.", null),
    ENGINE_SIZE("a measure of an engine's displacement (numbers-engine-units.txt) before an engine noun (numbers-engine-nouns.txt),"
            + " up to three describing words between, or the first of a pair whose hyphen hangs: \"2.0- and 2.5-liter engines\"",
            "Escapes with 2.0- and 2.5-liter engines and its 1.6-liter turbocharged engine were not affected.", null),
    MODEL_YEAR("a year right before the plural of a product's versions (numbers-model-year-nouns.txt): \"2013 versions of the models\"",
            "The voluntary recall involves 2013 versions of the models.", null),
    AGE_QUALIFIER("an age that qualifies who is counted: \"aged 65\", \"65 and older\", \"ages 50 to 64\", \"the age of five\", \"in age from 50 to 110\", \"aged between 18 and 24\"; an age reached: \"turned 95\", \"will turn 18\"",
            "The vaccine is offered to those aged 65 and over.", null),
    AGE_STATED("a number a linking verb gives to the noun \"age\" before it, heading no noun: \"the average age of suspects is 37\","
            + " \"the age range of suspects is from 10 years old to 100\"", "The average age of the suspects was 37.", null),
    AGE_IN_APPOSITION("an age between commas after a name or after \"his wife\" (numbers-age-kin-nouns.txt), or after a name's comma"
            + " before \"and\" and a participle (\"Doe Jr., 38 and living in Boston\")", "Daniel Ray Hollis, 42, of Chico was arrested.", null),
    AGE_OF_PERSON("a bare number that ends its clause after \"he\", \"she\" or \"I\" and \"was\"/\"is\", after a noun of people"
            + " and \"under\"/\"over\" (\"a child under 14\"), or after \"retire\"/\"died\" and \"at\": the person's age",
            "The founder moved abroad when he was six. He was 91.", null),
    DEFINITION("the first number within eight words after a word of a definition (numbers-definition-words.txt)",
            "A recession is often defined as two consecutive quarters of contraction.", null),
    THRESHOLD("a figure before a threshold noun (numbers-threshold-nouns.txt): \"cleared the 50% barrier\"",
            "The party cleared the 5 percent threshold for seats.", null),
    KIND_COMPOUND("a figure joined to a word that makes it name a kind of thing (numbers-kind-compounds.txt): \"a two-bit outfit\", \"a five-point plan\"",
            "The union published a 23-page report and a five-point plan.", null),
    RANKING("the size of a ranking: \"the world's 500 largest\", \"the top 10\", \"the largest 10\" (numbers-superlatives.txt),"
            + " or of a named list after a possessive: \"the FBI's 10 most-wanted\"",
            "Bosses of the world's 500 largest companies and of the top 10 banks attended.", null),
    NAME_IN_WORDS("a capitalised number word right after a capitalised word in running text ends a name: \"the Guildford Four\", \"World War Two\"",
            "The case recalled the Guildford Four and the years after World War Two.", null),
    RATIO("the two numbers of a rate: \"four in ten\", \"1 in every 13\", \"eight out of 10\"", "Four in ten leaders and 1 in every 13 bridges were named.", null),
    IDIOM("a number word in a fixed phrase that counts nothing (numbers-idioms.txt): \"knocked for six\", \"snapped in two\"",
            "Their savings were knocked for six and the mast snapped in two.", null),
    RATE_BASE("the number a rate is taken over: \"per 100,000 people\", \"for every 1,000 births\", \"two of every three\"",
            "Police recorded homicides per 100,000 people.", null),
    TITLE_IN_QUOTES("a number that closes a quotation in title case, the title of a work: \"“Inside Out 2”\", \"‘Despicable Me 4’\"",
            "Fans queued for “Inside Out 2” at dawn.", null),
    CALIBRE("a measure in millimetres or calibres before ammunition or a gun (numbers-calibre-nouns.txt): the kind of round",
            "Police found 9 mm shells near the car.", null),
    INTENSIFIER("\"100%\" before an adjective (numbers-intensified-words.txt) or after an object pronoun at the clause end: a degree, no share",
            "The lawyer said her client was 100% innocent.", null),
    SOURCE_COUNT("a figure that counts who tells a report (numbers-source-nouns.txt before a verb of numbers-source-verbs.txt,"
            + " or after \"according to\")", "The road was closed, two officials in the capital said.", null),
    LIST_MARKER("a number with a closing bracket that no bracket opens, at a list's item: \"1) ... and 2) ...\", or with a full stop"
            + " opening its line, a rank: \"1. ``Title,'' $5 million\"",
            "The talks left open: 1) the limits on research; and 2) the pace of lifting sanctions.", null),
    NAMED_TEST("a measure right before a test or a standard (numbers-test-nouns.txt), or after one and \"at\", names it: \"the 40 mph test\"",
            "Cars must now pass the 40 mph test.", null),
    PAGE_FURNITURE("a number in page furniture (furniture.txt)", "1 Min read", null),
    PRONOUN_ONE("a lone \"one\" or \"zero\", unless before a counted noun or closing a list by place", "One man recounted the beating.", null),
    ONE_AND_ANOTHER("\"one\" that its clause pairs with \"another\" or a bare \"others\": it singles a member out",
            "One officer held the door while another searched the car.", null),
    REFERS_BACK("a small number after a definite determiner refers back to things counted", "The two sides met in Istanbul.", null);

    /** The rule's name in explanations: "scaled-digits". */
    final String id;
    /** What the rule reads, in one line. */
    final String description;
    /** An example, and the value of the figure it reads, its last (null: no figure; a back-reference keeps the figure before it). */
    final String example;
    final String value;

    NumberRule(String description, String example, String value) {
        this.id = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        this.description = description;
        this.example = example;
        this.value = value;
    }

    /** Reads a figure (else it drops a number). */
    boolean reads() {
        return ordinal() < MASKED_TEXT.ordinal();
    }
}
