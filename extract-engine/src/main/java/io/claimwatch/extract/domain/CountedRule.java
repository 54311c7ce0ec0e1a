package io.claimwatch.extract.domain;

/**
 * The named rules that choose a figure's counted phrase, in the order {@link CountedPhrase} tries them
 * (the first that reads the figure gives the phrase), then the rules of {@link ClaimExtractor} that
 * carry a phrase from the figure or sentence before. Each has an example whose last figure gets the
 * expected phrase by that rule, checked by {@code CountedRuleCatalogueTest}. A
 * {@link CountedPhrase.Result} names its rule by {@link #id}.
 */
enum CountedRule {

    // ------------------------------------------------------------------ read before the noun phrase
    ON_SCALE("a figure on a named scale measures the thing after it on that scale",
            "A magnitude-7.1 earthquake struck the coast before dawn.", "earthquake magnitude"),
    ON_NAMED_SCALE("a figure \"on the NAME scale\" measures what that scale measures, of the thing named before it",
            "A strong earthquake measuring 6.1 on the Richter scale shook the island.", "earthquake magnitude (Richter)"),
    POPULATION("a place \"of\" a figure of people counts its population",
            "Floods hit the port, a city of about 300,000 people.", "population (people)"),
    POPULATION_OF("a population \"of\" a figure counts the people of the place it belongs to",
            "Floods reached Greenvale, which has a population of about 40,000.", "population (people) of Greenvale"),
    FRONTED_PARTITIVE_OF_THEM("a share \"of them\" counts the noun fronted with \"of\"",
            "Of the patients admitted so far this week, 40% of them were children.", "patients admitted so far this week (pct)"),
    COMPARATIVE("a difference \"more/less than\" counts what the figure before counts, above or below the reference",
            "Police counted 41,000 marchers, 12,000 fewer than organisers had forecast.", "marchers counted below forecast"),
    ELLIPTICAL_SUBJECT("a bare figure before a participle counts the noun of the figure before",
            "Organisers counted 12,000 marchers, while police said 5,000 had gathered in the main square.",
            "marchers gathered in the main square"),
    SIZE_OF_BODY("a figure hyphened to a size adjective (\"5,000-strong\") is the strength of the body named after it",
            "Rebels said they had routed a 5,000-strong government force near the oasis.", "government force strength"),
    BRACKETED_SHARE("a share in brackets after a name is the share of the figure before in that place",
            "Officials said 52,000 people crossed by sea, with about 40 percent arriving in Spain and the rest split "
                    + "between Italy (35%) and Greece (25%).", "percent arriving in Greece"),
    SAME_NOUN_OTHER_YEAR("a bare figure \"in YEAR\" opening its clause counts the noun of the figure before",
            "The latest total compares with 61,000 arrivals in 2020 and 95,000 in 2019.", "arrivals"),
    SAME_COUNT_OTHER_PLACE("a bare figure \"in Place\" opening its clause counts what the figure before counts, there",
            "Nine died in Sonora, four in Sinaloa.", "people died in Sinaloa"),
    SAME_COUNT_IN_STATE("a bare figure \"in (a) ADJ condition\" opening its clause counts what the figure before counts, in that state",
            "Six people were hurt, one in critical condition and five in stable condition.", "people hurt in stable condition"),
    SUPPLY_CUT("a figure after \"VERB SUPPLY to\" with a verb that cuts the supply counts its noun (else people) without it",
            "The storm knocked out power to about 300,000 homes across the region.", "homes without power"),
    SUPPLY_RESTORED("a bare figure after \"VERB SUPPLY to\" with a verb that restores the supply counts people with it restored, and when",
            "Crews restored electricity to 40,000 within two days.", "people with electricity restored within two days"),
    MADE_TO("the object of a verb that makes or tells people act, before \"to\" and a verb, counts them with what they are made to do",
            "The rising river forced about 2,000 to leave their farms.", "people forced to leave"),
    FRONTED_PARTITIVE("a bare figure after \"Of the N,\" counts N, with its participle",
            "Of the victims, 212 were found in the capital.", "victims found in the capital"),
    STATE("a bare figure before \"without/under\" counts the state",
            "Nearly 2 million were without power.", "without power"),
    PEOPLE_VERB("a bare figure before a casualty participle counts people, with the place after it",
            "Officials reported 52 killed in Morelos.", "people killed in Morelos"),
    BARE_PARTICIPLE("a bare figure before an auxiliary and a participle counts the participle and its complement",
            "Officials said 640 were still being housed in the gym.", "housed in the gym"),
    BARE_PROGRESSIVE("a vague bare figure before \"be\" and an -ing form counts the people doing it, with its complement",
            "By nightfall hundreds were still queuing for fuel at the depot.", "people queuing for fuel"),
    // ------------------------------------------------------------------ read after the noun phrase
    LEFT_IN_STATE("a noun after a leaving verb counts the noun in the state named a few words on",
            "The blizzard left 80,000 households in the valley without heating.", "households without heating"),
    DECLARED_OVER_PLACES("a count of places after \"in/for\" that a declaration names counts the places under it",
            "The governor declared a state of emergency in 12 parishes on Monday.", "parishes under a state of emergency"),
    OBJECT_OF_PREVIOUS_VERB("a bare object of a past verb counts the noun of the figure before, with that verb",
            "Last year saw 410 cases, the most since the agency confirmed 700 in 2011.", "cases confirmed"),
    SUBSET_OF_PREVIOUS("a noun after \"including\" takes the predicate of the whole before it",
            "Up to 70 fishermen may still be in Indian jails, including 11 minors.", "minors in Indian jails"),
    SPREAD_OVER_PLACES("a count of places after \"across/in\" carries what is spread over them",
            "Nearly 8,000 schools were closed across 14 provinces.", "provinces with schools closed"),
    PLACES_WITH_NOUN("a count of places after \"in/across\" with no counted figure before it counts the places that hold the plural"
            + " noun before the preposition", "The chain has restaurants in 32 states.", "states with restaurants"),
    PASSIVE_AGENT("the agent after \"PARTICIPLE by\" does what the participle says to the noun before",
            "Some 600 police officers patrolled the stadium, assisted by 40 soldiers.", "soldiers assisting police officers"),
    INVOLVED_IN("a noun after \"N involving\" is counted in N",
            "Police are investigating a brawl involving about 30 fans.", "fans in brawl"),
    AWAY_FROM_PLACE("a distance \"away\" right after a name and a comma is the distance from that name",
            "The blast was heard in the port city, Lamu, some 60 miles away.", "miles from Lamu"),
    MAJORITY_OF("a noun after \"a/an (ADJ) majority of\" counts the majority in it",
            "The ruling party kept a working majority of 14 seats.", "seats majority"),
    COLLECTIVE_OF("a noun after \"a/the (ADJ) BODY of\" (a panel, a team) is counted on or in that body",
            "The appeal was heard by a panel of seven judges.", "judges on the panel"),
    VERB_EVENT("the verb before the figure happened in the event its subject or relative clause's head names (else by that head), or,"
            + " after a comma in -ing, in the first event the sentence names",
            "Heavy rain set off a landslide that buried 23 homes.", "homes buried in a landslide"),
    EVENT_DURING("the noun's verb happened during (or amid) the event the phrase right after it names",
            "At least 30 people have been killed during the clashes in the capital.", "people killed during the clashes"),
    EVENT_IN_WHICH("the noun's verb after the figure happened in the event named before \"in which\" or \"during which\"",
            "The March 3 bombings, in which 85 people were killed, shocked the city.", "people killed in the March 3 bombings"),
    NOUN_VERB_AFTER("the noun after the figure and the event verb after it, with where",
            "At least 30 people died or went missing in the floods.", "people died or went missing in the floods"),
    NOUN_ADJECTIVE_AFTER_BE("the noun and an -able adjective after \"be\", with its complement",
            "Some 700 deaths were attributable to the smog.", "deaths attributable to the smog"),
    HOLDER_OF("the noun that a verb of holding before the figure takes, in the thing the verb's subject names",
            "His second notebook contained 40 drawings.", "drawings in his second notebook"),
    NOUN_VERB_BEFORE("the noun and the event verb before the figure",
            "Police arrested 45 people on Monday.", "people arrested"),
    DEATH_OF("the noun after \"the death(s) of\" and the figure was killed, as a death toll counts the killed (counted-event-nominals.txt)",
            "The strikes have resulted in the deaths of around 50 miners this year.", "miners killed"),
    NOUN_OBJECT_OF_VERB("the noun and the verb that takes the figure as its object, with its subject; a phrasal verb's particle"
            + " (counted-particles.txt) after its verb: \"lay off 600 workers\" -> \"workers laid off\"",
            "Shoppers made roughly 9 million visits to the centre last month.", "visits made by Shoppers to the centre"),
    NOUN_PARTICIPLE_AFTER("the noun and the -ing form after it, when no verb is found",
            "Some 300 workers backing the union marched on Friday.", "workers backing"),
    NOUN_MEASURE_SUBJECT("the noun and what the measure noun opening the sentence says of it",
            "The numbers exchanged in these swaps could range from 50 to 95 soldiers.", "soldiers exchanged in these swaps"),
    NOUN_AFTER_FIGURE("the noun after the figure alone",
            "Walkouts spread to 14 states and 60 cities.", "cities"),
    MEASURE_VERB_AFTER("no noun after a measure: the verb after it, with where it is measured",
            "Officials said an estimated 343,253 acres have burned so far this year.", "acres burned"),
    SHARE_STATE("no noun after a share: the participle after it says what state the share is in",
            "By Tuesday night the blaze was 35% contained.", "pct contained"),
    SHARE_VERB_AFTER("no noun after a share opening its clause: the verb in the past after it, with its object",
            "A survey found that 58% opposed the new road.", "pct opposed the new road"),
    TOLL_OF_DEAD("no noun after the figure: a toll before it counts the killed and names no one: \"killed\" with the toll in brackets",
            "The death toll from the storm was at 41 early on Tuesday.", "killed (death toll)"),
    MEASURE_NOUN("no noun after the figure: a measure noun before it (\"tally\", \"number of\")",
            "The ministry said the number killed in Lagos rose to 19.", "number killed in Lagos"),
    RUNNING_TOTAL("no noun after the figure: a measure noun with a modifier before it that names no kind (\"the city's total\") counts the noun of the"
            + " figure before it in the sentence (less \"new\", \"more\"), with the measure in brackets",
            "The agency logged 40 new complaints, bringing the city's total to 900.", "complaints (city's total)"),
    SHARE_CHANGE("no noun after a share: the change the verb before it names, in its subject",
            "Consumer prices rose 3.2% in March.", "pct rise in Consumer prices"),
    CHANGE_OF_PREVIOUS_FIGURE("no noun after a share: \"up/down\" after a comma and the figure before is the change of what that figure counts",
            "The trade deficit widened to $55.5bn, up 9% from September.", "pct rise in trade deficit"),
    SUBJECT_OF_VERB("no noun after the figure: the subject of the linking verb before it (past a share of a change: \"rose 12% to\"),"
            + " the object of \"at/to\", or of an estimating verb before \"at\" (\"put the toll at\")",
            "The jobless rate stood at 5.2% in March.", "jobless rate (pct)"),
    FROM_TO_LEVEL("no noun after the figure: in \"VERB from X to Y\" with a verb of change or of moving between levels, both figures"
            + " measure the verb's subject",
            "The trade gap shrank from 14% to 9% over the summer.", "trade gap (pct)"),
    VERB_BEFORE("no noun after the figure: the event verb before it",
            "They evacuated 300 overnight.", "people evacuated"),
    UNIT_WORDS("no noun after the figure: its unit as written",
            "The road runs for 72 kilometres.", "kilometres"),
    SHARE_OF_WHOLE("a share \"of\" a noun that is the subject of a verb in the past or of \"be\": the whole and the part its predicate says,"
            + " shared by the shares coordinated with it",
            "A survey found that 64% of tenants are unhappy with the new rules.", "tenants who are unhappy with the new rules (pct)"),
    SHARE_MEASURE_BEFORE("a share no rule above reads (or whose subject read back is its clause's predicate), after \"be\", \"at\" after a"
            + " dash, or \"up/down\" or \"to\" that follow a comma or a dash: the noun phrase opening its clause, past an aside, with its"
            + " complement but not a time",
            "Enrolment in the northern schools - the lowest since the war - was 41% in May.", "Enrolment in the northern schools (pct)"),
    MEASURE_BEFORE_ASIDE("a share after \"to\" after a comma that closes an aside opening with \"the\" or \"a\" measures the noun"
            + " phrase before the aside",
            "The central bank raised its target for the discount rate, the interest it charges commercial lenders, to 4.25% on Monday.",
            "discount rate (pct)"),
    SHARE_OF_VOTE("a share \"of the (ADJ) vote\" not counted so far is a share of that vote, for the name after \"for\" or before the"
            + " verb that takes it",
            "Ferreira won 48% of the popular vote on Sunday.", "share of the popular vote for Ferreira (pct)"),
    SHARE_FOR_HOLDER("a share with no noun of its own before \"for\" and a name, in a sentence of a vote, is that name's share of the vote",
            "With most ballots counted, the mayor led the race against 41% for the Green Party.", "share of the vote for the Green Party (pct)"),
    HOLDER_HAD_SHARE("a share with no noun of its own after a name and a verb that takes it, in a sentence of a vote, is that name's share"
            + " of the vote",
            "With most ballots counted, Ferreira had 48%.", "share of the vote for Ferreira (pct)"),
    COMPARATIVE_CHANGE("a share before \"higher\" or \"lower\" after a linking verb or a market's \"closed\" is the share of a rise or"
            + " fall in the noun phrase opening its clause",
            "Shares of the utility closed 2.4% lower on Friday.", "pct fall in Shares of the utility"),
    CHANGE_OF_MEASURE("a count after a verb of change (and \"by\") whose subject is \"the number of X\" is the rise or fall in X, as"
            + " written; \"their number\" is the sentence's subject's",
            "The number of nurses on strike fell by 1,200 on Tuesday.", "fall in nurses on strike"),
    CHANGE_OF_PREVIOUS_COUNT("a count after \"up\" or \"down\" after a comma, or before \"from\", is the rise or fall in what the count"
            + " before it counts",
            "The shelters housed 3,100 people on Sunday, down 400 from Saturday.", "fall in people housed"),
    SHARE_OF_PREVIOUS_CHANGE("a share after \", or\" right after a count of a rise or a fall is that change's share",
            "The number of nurses on strike fell by 1,200, or 8%, on Tuesday.", "pct fall in nurses on strike"),
    SHARE_OF_PRICE_MOVE("a share after \", or\" right after a company's share price move in cents or dollars is that move's share,"
            + " in the company's shares (\"percent fall in shares\" where the move names no company)",
            "Harbor Foods shares fell 83 cents, or 1.1 percent, on Monday.", "percent fall in Harbor Foods shares"),
    CHANGE_OF_OBJECT("a share after the object of a verb that changes it (\"cut\", \"raise\", and \"by\") is the share of that change"
            + " in the object",
            "The council cut its water bill 12 percent last year.", "percent cut in water bill"),
    CHANGE_OF_IT("a share after \"it\" and a verb of change is the share of the same change named before it in the sentence, in"
            + " its subject",
            "The museum's yearly attendance has fallen for a decade (it fell 8 percent in 2020 alone).", "percent fall in museum's yearly attendance"),
    PER_SHARE("a sum \"per share\" or \"a share\" after a noun \"of\" it or a verb of counted-per-share.txt is that measure per share",
            "Analysts expect the chain to earn 41 cents per share this year.", "earnings per share"),
    SHARE_PRICE("a sum after a verb of change, or after \"to\"/\"at\" and a verb of change or trading (counted-price-verbs.txt), whose"
            + " subject is a company's shares or stock is the share price (or its rise or fall)",
            "Harbor Foods' shares rose 5 percent to 31.40 euros on Monday.", "Harbor Foods share price"),
    SHARE_PRICE_REACHED("a sum the share price reached, \"to close at\" (counted-price-close-verbs.txt) or \"as low as\""
            + " (counted-price-extremes.txt) after a verb of change, whose subject is a company's shares or stock (past a relative"
            + " clause between commas), is the share price",
            "Harbor Foods shares fell 14 cents to close at 31.40 euros on Friday.", "Harbor Foods share price"),
    SHARE_PRICE_OF_MOVER("a sum whose subject is a company named by its ticker, or a name that moved by a change \"to\"/\"at\" a"
            + " plain price, is the share price (or its rise or fall), in pence or cents when written so (CountedShareMovers)",
            "Norland Bank fell 12p to 402 in London trading.", "Norland Bank share price (pence)"),
    SHARE_MOVE("a share right after a verb of a market's move whose subject is a company's shares or stock, or a company named by its"
            + " ticker or moving \"to\"/\"at\" a plain price (past an aside between commas or dashes), is that move's share in the"
            + " company's shares",
            "Shares in Harbor Foods, which reported a loss, closed down 2.1 percent on Tuesday.", "percent fall in shares of Harbor Foods"),
    SHARE_PRONOUN("a sum or a share after a verb of a market's move whose subject is \"it\" or \"they\", where the last figure of the"
            + " sentence before counted a company's shares, counts those shares' price or move",
            "Harbor Foods shares fell 40 cents to 31.40 euros on Monday. They fell 52 cents to end at 31.10 euros.",
            "Harbor Foods share price"),
    SHARE_LEVEL_AFTER_MOVE("a sum \"at\" or \"to\" right after a share that counted a move of shares (past its unit, \"up\", \"lower\","
            + " \"on\" and a day) is the price those shares reached",
            "Shares in the country's largest grocer closed down 0.4 percent at 31.40 euros.", "share price"),
    SHARE_MOVE_CONTINUED("a share after \"after\"/\"before\" and a verb of change in -ing, or after \"and\" and \"up\"/\"down\", goes on"
            + " with the shares whose move the figure before it in the sentence counted",
            "Harbor Foods shares closed down 0.4 percent, after slipping as much as 1.7 percent in morning trading.",
            "percent fall in shares"),
    PAY_OF_SUBJECT("a sum a month (a year, an hour) after a verb of being paid (counted-pay-verbs.txt) is the pay of the verb's subject",
            "Under the new scale, the most junior nurse will start at 3,150 crowns a month.", "most junior nurse pay a month"),
    STAT_LINE_PLAYER("a game's statistic (counted-stat-nouns.txt) in a clause whose verb (counted-stat-verbs.txt) has a name for subject"
            + " counts that name's statistic",
            "Mendes had seven receptions for 102 yards.", "Mendes yards"),
    DIMENSION("a figure in a unit of size (counted-dimension-units.txt) is the size of the thing it qualifies or the subject of its"
            + " verb, in the dimension a word after it or its verb names (counted-dimension-words.txt, -verbs.txt), a weight by default",
            "The old lighthouse, standing 40 metres tall, was built in 1870.", "height of old lighthouse (metres)"),
    RATE_NAME("a figure whose phrase is only its unit, a rate of one unit per another (counted-rate-names.txt), counts the rate"
            + " that unit measures, the unit in brackets",
            "The new vans must average 41 miles per gallon by 2031.", "fuel economy (miles per gallon)"),
    RATE_OF_WHAT("a rate after its unit (\"a day\", \"per day\") followed by \"of\" keeps what it is of, up to five words as the article"
            + " writes them, to a verb, a function word, a conjunction or a mark",
            "About 94,962 barrels a day of oil output were shut on Thursday.", "barrels a day of oil output"),
    CAPACITY_OF("a figure after \"capacity of\" in a unit or a rate (counted-capacity-rates.txt) is that capacity, with the words before"
            + " \"capacity\" and the unit as written in brackets",
            "The plant has a capacity of 550,000 vehicles a year.", "capacity (vehicles a year)"),
    RATE_CAPACITY("a rate written before a noun as its modifier (counted-capacity-rates.txt) is the capacity of the thing the noun names,"
            + " with where it is and the rate as written in brackets",
            "The company shut its 300,000 bpd refinery in Texas on Monday.", "refinery capacity in Texas (bpd)"),
    NUMBERED_CAPACITY("a rate before a facility's capitalised noun and its number (\"Line 6A\") is the capacity of that facility,"
            + " named by noun and number",
            "Enbridge shut the 670,000 bpd Line 6A after the leak.", "Line 6A capacity (bpd)"),
    NOTHING("no rule reads the figure: no counted phrase",
            "It came to 45.", ""),
    // ------------------------------------------------------------------ carried by ClaimExtractor
    CARRIED_FROM_PREVIOUS_FIGURE("a bare figure of the unit of the noun counted before it in the sentence, or of a bare measure noun, counts that",
            "About 20,000 farmers drove tractors into the city, though organisers put the figure at 50,000.", "farmers drove tractors into the city"),
    SAME_UNIT_AS_PREVIOUS_FIGURE("a figure with no phrase (or only its unit) counts what the figure of the same unit before it counts",
            "Some 95 patients were in intensive care, down from 120 a day earlier.", "patients in intensive care"),
    NOUN_OF_PREVIOUS_SENTENCE("a figure with no phrase that a name has counts the noun of the sentence before",
            "Texas had about 210,000 outages. Ohio had more than 95,000.", "outages"),
    OF_THEM_PREVIOUS_SENTENCE("\"N of them\" counts the noun of the sentence before, with its own verb",
            "Eight coaches derailed near the station. Two of them overturned, officials said.", "coaches overturned"),
    ELLIPSIS("a count that heads no noun and whose phrase names none counts the noun of the figure before it in the sentence or the sentence before",
            "Ms Okafor won the seat with 21,406 votes. The Green candidate came third with 4,118.", "votes"),
    MORE_OF_BEFORE("\"more\" right after a figure, with no noun of its own, counts more of the noun of the figure before",
            "Some 40 divers searched the lake on Monday, with dozens more on the way.", "more divers on the way"),
    OUT_OF_WHOLE("a bare figure after \"out of\" counts the noun of the count it is the whole of",
            "Only one applicant out of 12 was hired, the agency said.", "applicant hired"),
    BRACKETED_OF("a vague figure whose noun is given in brackets after \"of\" counts that noun and what follows the bracket",
            "The mayor said the harbour would need millions (of euros) in repairs.", "euros in repairs"),
    // ------------------------------------------------------------------ read over the article (OthersOfFate, ArticleEvents, PartsOfSets, Conversions)
    CONVERSION_OF_SUM("a sum in another currency in brackets (or after \", or\") right after a sum, or after a figure whose words name money,"
            + " counts what that sum counts, its currency named as the conversion's, with the sum's claimant and dates",
            "The strikes cost the airline 43 million pounds ($62 million) in lost revenue.", "US dollars cost in the strikes"),
    OTHERS_OF_FATE("\"others\" or \"more\" before a fate count the people of the figure before that counts a fate, else people",
            "The ferry's owners said 31 passengers drowned and 12 others were missing.", "passengers missing"),
    EVENT_ANTECEDENT("a count of a fate whose phrase names its event by reference (\"in those blasts\") takes the event's earlier mention",
            "Police said the bombings at two markets in Harlow on Sunday had been planned for weeks. Those blasts killed 14 people.",
            "people killed in the bombings at two markets in Harlow"),
    ARTICLE_EVENT("a count of a fate of the article's event whose phrase names no event takes the event's mention in the headline and lead",
            "A landslide on the coast road near Varden buried a bus on Tuesday. Rescuers said 9 people died.",
            "people died in a landslide on the coast road near Varden"),
    PART_OF_SET("a figure \"N of the NOUN\" before its verb, or \"N more\" after it, counts a part of the set named before, as it was named",
            "The agency lists 90 depots closed for \"fire safety breaches\" since 2012. At least 20 of the breaches involved wiring.",
            "fire safety breaches that involved wiring");

    /** The rule's name in explanations: "noun-verb-after". */
    final String id;
    /** What the rule reads and the phrase it gives, in one line. */
    final String description;
    /** An example, and the counted phrase of its last figure. */
    final String example;
    final String counted;

    CountedRule(String description, String example, String counted) {
        this.id = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        this.description = description;
        this.example = example;
        this.counted = counted;
    }

    /** Applied by {@link ClaimExtractor} over the phrase {@link CountedPhrase} gives, not by it. */
    boolean carried() {
        return ordinal() >= CARRIED_FROM_PREVIOUS_FIGURE.ordinal();
    }
}
