package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static io.claimwatch.extract.domain.Fixtures.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberRecognizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Officials counted 1,150 square kilometers of territory.|1150|km2",
            "It captured nine hundred and nine Russian servicemen.|909|''",
            "The fund holds 2.5 million dollars.|2500000|USD",
            "The budget reached 11.3bn last year.|11300000000|''",
            "Ukraine Says It Captured 1K Russian Soldiers|1000|''",
            "Storm Kills 43 In Delta|43|''",
            "The count gave the Green Party 37, the most in its history.|37|''",
            "Floods leave 1M affected|1000000|''",
            "Donations start from $2 a month.|2|USD",
            "Highs reached 44C in Seville.|44|°C",
            "The convoy was 72 km long.|72|km",
            "Turnout was 64.5% in the capital.|64.5|%",
            "They freed a dozen hostages.|12|''",
            "Some fifty people were evacuated.|50|''",
            "Twenty-one people died.|21|''",
            "The deal is worth $4.2 billion.|4200000000|USD",
            "Police said 2000 people gathered.|2000|''",
            "Workers won a 7 percent raise.|7|%",
            "Half a million people fled.|500000|''",
            "A quarter of a million people fled.|250000|''",
            "One person died in the blaze.|1|''",
            "Government borrowing came in at £120.7bn.|120700000000|GBP",
            "The reform would save 17.7 billion euros a year.|17700000000|EUR",
            "It would pay 30,000 dirhams to each household.|30000|MAD",
            // thousands grouped by a narrow no-break or a no-break space, as typeset numbers are
            "Officials counted 2\u202F084 ballots in the first district.|2084|''",
            "The agency said 12\u00A0500 people were evacuated.|12500|''",
            "A total of 1\u00A0250\u00A0000 voters cast ballots.|1250000|''",
            // a figure glued to the noun of its scale
            "A magnitude-7.1 earthquake struck the coast.|7.1|''",
            // a change measured between periods is no duration
            "Consumer prices rose 3 percent year on year in September.|3|%",
            "Retail sales grew 0.4% month-on-month.|0.4|%",
            // wire copy's spaced scales and currency abbreviations
            "The lender had assets of 41.7 mln dlrs when it closed.|41700000|USD",
            "Brokers put the claims at 2.3 bln stg.|2300000000|GBP",
    })
    void readsFigures(String sentence, String value, String unit) {
        Mention m = one(sentence);
        assertThat(m.value).isEqualByComparingTo(new BigDecimal(value));
        assertThat(m.unit).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The 488th regiment moved north.",
            "The 80th Air Assault Brigade published a video.",
            "The war began in 2022.",
            "Soldiers stood in front of a BTR-82A.",
            "The talks were held on May 16 in Turkey.",
            "It ended after 10 days of fighting.",
            "It was the first meeting in three years.",
            "Over the past six months the front barely moved.",
            "Call +1 202 555 0143 for details.",
            "See pic.twitter.com/h3d6AY8gPJ for the video.",
            "Follow @user2024 for updates.",
            "1 Min read",
            "The meeting starts at 10:30.",
            "Article 5 was invoked.",
            "The leader spun off on lap 13 in the rain.",
            "Barges waited below Lock 14 on the river.",
            "Water was pumped into reactor 2 overnight.",
            "Miners were trapped below Shaft 9 on Tuesday.",
            "One man recounted the beating.",
            "The two sides met in Istanbul.",
            "Their faces were bound; one of them was beaten.",
            "The series stood at 3-1 on Friday.",
            "Covid-19 spread fast.",
            "The session opened at 9 a.m. sharp.",
            "Talks will resume at 1000 EST tomorrow in Pontiac.",
            "An El Al spokeswoman said flights would resume at 2330 local time.",
            "The tremor, recorded at 1358 local time, had its epicentre offshore.",
            "Members of UAW Local 594 voted to accept the settlement.",
            "Workers of local 222 voted Sunday to strike.",
            "It was the twenty-first attempt.",
            "Several videos have been released.",
            "\"We lost everything,\" said Hassan Ait Lahcen, 52, a farmer.",
            "Daniel Ray Hollis, 42, of Chico was arrested.",
            "Inflation is at its lowest level in two and a half years.",
            "The plant opened on 25 May 2025 at 10 a.m.",
            "Call 202-555-0143 for details.",
            // a number that names a thing, a dateline with an abbreviated month, a week label
            "Residents were urged to call the 112 emergency number.",
            "Nov. 4 (UPI) -- Nurses walked out.",
            "The ministry said infections peaked in week 32.",
            // fractions are shares, not counts; an age that qualifies who is counted
            "The coalition won two-thirds of the seats.",
            "Three quarters of the vote went to the incumbent.",
            "Most of the patients were children under the age of five.",
            // the first end of a range of durations; a half that is a part of a year or of a region
            "Repairs should take 10 to 14 days to finish.",
            "The check takes between four and eight hours per truck.",
            "A decision is expected in two or three weeks.",
            "Exports slowed in the second half of the year.",
            "Snow fell across the western half of the county.",
            // a definition, a threshold a rule sets, an age that qualifies who is counted
            "A recession is commonly defined as two straight quarters of contraction.",
            "Rapid growth is defined as a gain of 50 km (31 miles) in a day.",
            // a name in running text, even after a capitalised word
            "Chief Warrant Officer 4 Dana Ruiz was flown to Germany.",
            "The party cleared the 5 percent threshold for seats.",
            "The advice covers people who are 65 and older.",
            // days of a month written as a range
            "The festival ran on 12-14 June in the old town.",
            "Talks are planned for March 4-6 in Geneva.",
            // ages listed together, the unit after the last
            "The victims were 66, 70 and 95 years old.",
            "The climbers, 23 and 31 years of age, were rescued.",
            "He carried their 3-, 7- and 9-year-old across the river.",
            "Passengers faced 10- to 15-minute delays at the gates.",
            "It may take more than a two- or three-week strike.",
            "Strikers may not borrow against their 401(k) accounts.",
            "Most deaths were among people ages 50 to 64.",
            "The vaccine is offered to those aged 65 and over.",
    })
    void ignoresNonFigures(String sentence) {
        assertThat(mentions(sentence)).isEmpty();
    }

    @Test
    void aNumberThatGoesOnACapitalisedWordInRunningTextIsAName() {
        assertThat(one("The carrier grounded its fleet of 65 Boeing 737 Max 9 aircraft.").value).isEqualByComparingTo("65");
        assertThat(one("Drones hit the outpost Tower 22 in Jordan, wounding 40 troops.").value).isEqualByComparingTo("40");
        assertThat(one("A spokesman told CNN 40 people were hurt.").value).isEqualByComparingTo("40");
    }

    @Test
    void theSecondDayOfASpanOfOneMonthIsNoFigure() {
        // NumberRule.DAY_OF_MONTH: "from July 7 to 13", "between May 4 and 14"
        assertThat(mentions("Most of the 60 fires broke out from August 7 to 13 in the hills.")).extracting(x -> x.value.intValue())
                .containsExactly(60);
        assertThat(mentions("The detentions took place between May 4 and 14 in the capital.")).isEmpty();
        assertThat(mentions("Hearings are set for Oct. 3 through 5 in the county court.")).isEmpty();
        // (a count after a day and "and" that is not a day stays: "on June 3 and 400 more")
        assertThat(mentions("The river rose on June 3 and 400 more homes were flooded.")).extracting(x -> x.value.intValue())
                .containsExactly(400);
    }

    @Test
    void oddsAndReturnPeriodsAreNoCounts() {
        // NumberRule.ODDS
        assertThat(mentions("The storm dropped a 1-in-1,000-year rainfall on the valley.")).isEmpty();
        assertThat(mentions("Forecasters called it a 1-in-200 year event that flooded 300 homes.")).extracting(x -> x.value.intValue())
                .containsExactly(300);
    }

    @Test
    void anAgeReachedOrASpanOfAgesIsNoCount() {
        // NumberRule.AGE_QUALIFIER
        assertThat(mentions("Four residents, ranging in age from 61 to 104, died in the heat.")).extracting(x -> x.value.intValue())
                .containsExactly(4);
        assertThat(mentions("Three children between the ages of 4 and 8 were treated.")).extracting(x -> x.value.intValue())
                .containsExactly(3);
        assertThat(mentions("Two patients aged between 30 and 45 were discharged.")).extracting(x -> x.value.intValue())
                .containsExactly(2);
        assertThat(mentions("Nine pupils between the ages of six and 12 were rescued.")).extracting(x -> x.value.intValue())
                .containsExactly(9);
        assertThat(mentions("A class for children ages five to 10 was cancelled.")).isEmpty();
        assertThat(mentions("My neighbour just turned 97 last week.")).isEmpty();
        assertThat(mentions("The flood turned 40 homes into rubble.")).extracting(x -> x.value.intValue()).containsExactly(40);
    }

    @Test
    void aFigureThatNamesAKindOfThingIsNoCount() {
        // NumberRule.KIND_COMPOUND: a word joined to the figure names what the thing is
        assertThat(mentions("The mayor called his rivals two-bit crooks.")).isEmpty();
        assertThat(mentions("The council set out a five-point plan on housing.")).isEmpty();
        assertThat(mentions("It rated the tremor on the 10-point local intensity scale.")).isEmpty();
        assertThat(mentions("Auditors filed a 40-page report and a two tier pay system.")).isEmpty();
        assertThat(mentions("Envoys again backed a two-state solution for the island.")).isEmpty();
        // a point that is no part of a plan or a scale is counted: a poll's lead; and plurals are counted
        assertThat(one("The poll gave the Greens a seven-point lead.").value).isEqualByComparingTo("7");
        assertThat(one("The family shared a flat with two bedrooms.").value).isEqualByComparingTo("2");
    }

    @Test
    void theSizeOfARankingIsNoCount() {
        // NumberRule.RANKING
        assertThat(mentions("Chiefs of the world's 100 biggest banks met in Zurich.")).isEmpty();
        assertThat(mentions("The region holds six of the world's 20 tallest towers.")).isEmpty();
        assertThat(mentions("The top 20 cities saw rents rise, and the county's top 5 too.")).isEmpty();
        assertThat(mentions("It was one of the deadliest 10 storms on record.")).isEmpty();
        // a ranking within a country is a count the story gives: "of the country's 300 largest farms, 41 closed"
        assertThat(mentions("Of the country's 300 largest farms, 41 closed.")).extracting(x -> x.value.intValue())
                .containsExactly(300, 41);
    }

    @Test
    void aCapitalisedNumberWordAfterANameEndsTheName() {
        // NumberRule.NAME_IN_WORDS
        assertThat(mentions("Campaigners compared them to the Birmingham Six and the Maguire Seven.")).isEmpty();
        assertThat(mentions("The museum opened after World War Two ended.")).isEmpty();
        // a headline in title case, or a number word opening a sentence, is a figure
        assertThat(one("Floods Kill Seven In Valley Towns").value).isEqualByComparingTo("7");
        assertThat(one("Seven people drowned in the valley.").value).isEqualByComparingTo("7");
        assertThat(one("CAIRO Seven people drowned in the valley.").value).isEqualByComparingTo("7");
    }

    @Test
    void anAgeAfterAFullNameClosingASentenceIsNoCount() {
        // NumberRule.AGE_IN_APPOSITION
        assertThat(mentions("The others charged are a farmer, a teacher and retired nurse Ann Marsh, 63.")).isEmpty();
    }

    @Test
    void digitsAfterTheThatHeadNoNounReferBackToANumberGivenBefore() {
        // NumberRule.BACK_REFERENCE: read over the whole article (its masks)
        String text = "Police held 14 men after the raid. The 14 arrested were released on Sunday.";
        List<Tok> t = Tok.of(text, 0, text.length());
        NumberRecognizer numbers = new NumberRecognizer(Lexicon.get());
        assertThat(numbers.find(text, t, numbers.articleMasks(text))).extracting(x -> x.value.intValue()).containsExactly(14);
        // first given there, or before a noun, it is a figure
        String first = "The 14 arrested were released on Sunday. The 30 officers who made the arrests were thanked.";
        List<Tok> t2 = Tok.of(first, 0, first.length());
        assertThat(numbers.find(first, t2, numbers.articleMasks(first))).extracting(x -> x.value.intValue()).containsExactly(14, 30);
    }

    @Test
    void theTwoNumbersOfARateAreNoCounts() {
        // NumberRule.RATIO
        assertThat(mentions("Three in ten voters backed the plan.")).isEmpty();
        assertThat(mentions("About 1 in every 20 homes lacks a meter.")).isEmpty();
        // a figure by year is no rate: "from 40 in 2019 to 95 in 2023"
        assertThat(mentions("Cases rose from 40 in 2019 to 95 in 2023.")).extracting(x -> x.value.intValue())
                .containsExactly(40, 95);
    }

    @Test
    void outOfABaseOfTenIsARateButOutOfAnotherNumberACount() {
        // NumberRule.RATIO: "out of" ten is a rate's two terms
        assertThat(mentions("Seven out of 10 tenants said the rent was too high.")).isEmpty();
        // out of a hundred: the share per hundred counts, its base does not (number.rate-per-hundred)
        assertThat(mentions("Only three out of every 100 appeals succeed.")).extracting(x -> x.value.intValue()).containsExactly(3);
        assertThat(mentions("About 12 out of 100 adults in the valley are diabetic.")).extracting(x -> x.value.intValue())
                .containsExactly(12);
        // "out of" any other number counts a part and its whole
        assertThat(mentions("The jury upheld 14 out of 19 complaints.")).extracting(x -> x.value.intValue()).containsExactly(14, 19);
    }

    @Test
    void aNumberWordInAFixedPhraseCountsNothing() {
        // NumberRule.IDIOM (numbers-idioms.txt)
        assertThat(mentions("Small traders were knocked for six by the new levy.")).isEmpty();
        assertThat(mentions("The old pier snapped in two during the gale.")).isEmpty();
        assertThat(mentions("There are no two ways about it, the mayor said.")).isEmpty();
        // the same words that count things stay figures
        assertThat(one("The gale snapped two masts in the harbour.").value).isEqualByComparingTo("2");
    }

    @Test
    void aNumberJoinedToAnAdjectiveInEdNamesAKind() {
        // NumberRule.KIND_COMPOUND: "three-cornered", "3-wheeled"; not a spaced participle, nor "two-hundred"
        assertThat(mentions("It became a three-cornered contest for the seat.")).isEmpty();
        assertThat(mentions("Vendors sell fruit from 3-wheeled carts.")).isEmpty();
        assertThat(one("The blast left two injured in the street.").value).isEqualByComparingTo("2");
        assertThat(one("Some two-hundred residents were moved.").value).isEqualByComparingTo("200");
    }

    @Test
    void theFirstDayOfAPairBeforeItsMonthIsADay() {
        // NumberRule.DAY_OF_MONTH: "on 4 or 5 April"
        assertThat(mentions("The vote is expected on 8 or 9 June, aides said.")).isEmpty();
        assertThat(mentions("The fair runs from 3 to 6 September.")).isEmpty();
        assertThat(mentions("Ticket prices rose from 3 to 6 pounds.")).isNotEmpty();
    }

    @Test
    void theBaseOfARateIsNoCountButTheRateIs() {
        // NumberRule.RATE_BASE
        assertThat(mentions("The county logged 3.8 overdose deaths per 100,000 residents last year.")).extracting(x -> x.value.doubleValue())
                .containsExactly(3.8);
        assertThat(mentions("The clinic saw 12 stillbirths for every 1,000 births.")).extracting(x -> x.value.intValue())
                .containsExactly(12);
        // "one" before the rate's base is the rate's figure
        assertThat(mentions("The valley had one recorded drowning per 10,000 visitors.")).extracting(x -> x.value.intValue())
                .containsExactly(1);
    }

    @Test
    void digitsAWireBrokeAfterTheCommaAreOneNumberWhereTheyCannotBeAList() {
        // NumberRule.SPLIT_THOUSANDS
        assertThat(mentions("The blast left 4, 250 wounded and 30 dead.")).extracting(x -> x.value.intValue())
                .containsExactly(4250, 30);
        assertThat(one("The fund repaid about 12, 500 U.S. dollars to the town.").value.intValue()).isEqualTo(12500);
        // a list, a date, or no unit or people's verb after: two numbers
        assertThat(mentions("The three towns lost 12, 300 and 450 homes.")).extracting(x -> x.value.intValue())
                .containsExactly(12, 300, 450);
        assertThat(mentions("Polls gave them 8, 9, 120 seats.")).extracting(x -> x.value.intValue()).doesNotContain(9120);
        assertThat(mentions("On May 3, 200 wounded soldiers were flown out.")).extracting(x -> x.value.intValue())
                .containsExactly(200);
    }

    @Test
    void aThousandTimesOrMoreCountsEventsButAMultiplierDoesNot() {
        // NumberRule.TIMES_COUNTED
        assertThat(one("The trailer was streamed 3.2 million times in a day.").value.intValue()).isEqualTo(3200000);
        assertThat(one("The toll was paid 18,400 times in March.").value.intValue()).isEqualTo(18400);
        assertThat(mentions("Rents rose three times faster than wages.")).isEmpty();
    }

    @Test
    void aNumberClosingATitleInQuotesIsNoCount() {
        // NumberRule.TITLE_IN_QUOTES
        assertThat(mentions("Critics praised \u201cToy Harbor 3\u201d and \u2018Night Shift 2,\u2019 which took $40 million.")).extracting(x -> x.value.intValue())
                .containsExactly(40000000);
        assertThat(mentions("The studio delayed the musical \"Eleven,\" a remake.")).isEmpty();
        // a quotation of speech is no title: its words are in lower case
        assertThat(mentions("\u201cWe counted 14,\u201d the warden said.")).extracting(x -> x.value.intValue()).containsExactly(14);
    }

    @Test
    void halfAScaleWrittenAsOneHyphenatedWord() {
        // NumberRule.HALF_A_SCALE
        assertThat(one("The podcast has more than half-a-million listeners.").value.intValue()).isEqualTo(500000);
    }

    @Test
    void halfOfAStatedFigureIsNotAClaimButTheFigureIs() {
        Mention m = one("Aid will reach half of the 3 million residents.");
        assertThat(m.value).isEqualByComparingTo("3000000");
    }

    @Test
    void aMeasureInBracketsAfterAMeasureIsAFigureOfItsOwn() {
        // NumberRule.CONVERSION: a second claim, as the gold sets write it; the figure before stays the measure's own
        assertThat(mentions("The ferry ran aground 30 kilometers (19 miles) north of the port."))
                .extracting(x -> x.value.intValue(), x -> x.rule).containsExactly(tuple(30, "digits"), tuple(19, "conversion"));
        assertThat(mentions("They sailed in a 12-meter (39-foot) boat.")).extracting(x -> x.value.intValue()).containsExactly(12, 39);
        // not a figure in brackets that is no measure, nor one after a share
        assertThat(mentions("The ferry carried 30 kilometers of cable (and 19 crew).")).extracting(x -> x.rule).doesNotContain("conversion");
        assertThat(mentions("Turnout fell to 41% (12 points lower).")).extracting(x -> x.rule).doesNotContain("conversion");
    }

    @Test
    void aCountOfTheSourcesOfAReportIsNoFigure() {
        // NumberRule.SOURCE_COUNT: who tells, not what happened
        assertThat(mentions("The bridge was shut, two officials in the port city said.")).isEmpty();
        assertThat(mentions("Three senior police sources told the paper the convoy had left.")).isEmpty();
        assertThat(mentions("The ferry had sailed late, according to four diplomats.")).isEmpty();
        assertThat(mentions("Two aides familiar with the talks said 12 ministers would attend."))
                .extracting(x -> x.value.intValue()).containsExactly(12);
        // sources that are what is counted stay figures
        assertThat(mentions("Two officials were wounded in the blast, police said.")).extracting(x -> x.value.intValue()).containsExactly(2);
        assertThat(mentions("Five officials resigned on Monday.")).extracting(x -> x.value.intValue()).containsExactly(5);
    }

    @Test
    void aCalibreIsNoFigure() {
        // NumberRule.CALIBRE: the kind of round or gun
        assertThat(mentions("Investigators found 9 mm shells and a 7.62-caliber rifle near the car.")).isEmpty();
        assertThat(mentions("The militia fired 155mm artillery shells at the town.")).isEmpty();
        // a measure in millimetres of anything else stays a figure
        assertThat(mentions("The storm dropped 120 mm of rain.")).extracting(x -> x.value.intValue()).containsExactly(120);
    }

    @Test
    void moreTimeAndAClockTimeWithItsHourInBracketsAreNoFigures() {
        // NumberRule.TIME_OR_DURATION
        assertThat(mentions("Had she waited two more days, she would have seen it.")).isEmpty();
        assertThat(mentions("Repairs will take four additional weeks.")).isEmpty();
        assertThat(mentions("\u201cIt was about 9 (p.m.) when the lights went out,\u201d she said.")).isEmpty();
        // more of a thing stays a count
        assertThat(mentions("Rescuers found two more bodies.")).extracting(x -> x.value.intValue()).containsExactly(2);
    }

    @Test
    void thousandsGroupedByPlainSpacesAsBulletinsWriteThem() {
        assertThat(mentions("The ministry recorded 3 512 cases (3 301 confirmed, 211 probable), including 2 046 deaths."))
                .extracting(x -> x.value.intValue()).containsExactly(3512, 3301, 211, 2046);
        // not two figures side by side, a zero-led code, or a lead group of four digits
        assertThat(mentions("Scores were 4, 5 100 and 6.")).extracting(x -> x.value.intValue()).doesNotContain(5100);
        assertThat(mentions("In 2019 500 people fled.")).extracting(x -> x.value.intValue()).doesNotContain(2019500);
        // nor a day after its month
        assertThat(mentions("By June 3 400 people had been evacuated.")).extracting(x -> x.value.intValue()).containsExactly(400);
    }

    @Test
    void aYearThatNamesAMeasureOrIsCoordinatedWithAYearIsNoCount() {
        assertThat(mentions("The wave is outpacing the record 2023 total of 390 deaths.")).extracting(x -> x.value.intValue())
                .containsExactly(390);
        assertThat(mentions("The tally has passed total cases for both 2018 and 2019.")).isEmpty();
    }

    @Test
    void aYearBeforeASingularNounIsAYearButBeforeAPluralACount() {
        // NumberRule.YEAR
        assertThat(mentions("Officials cited a 2016 report and her 2019 loss in court.")).isEmpty();
        assertThat(mentions("The firm cut 1900 jobs after its 2019 merger.")).extracting(x -> x.value.intValue()).containsExactly(1900);
        assertThat(mentions("An extra 1800 staff were hired.")).extracting(x -> x.value.intValue()).containsExactly(1800);
    }

    @Test
    void aNumberTheClauseGivesToAgeIsAnAge() {
        // NumberRule.AGE_STATED
        assertThat(mentions("The average age of the suspects was 37, and 12 of them were women.")).extracting(x -> x.value.intValue())
                .containsExactly(12);
        assertThat(mentions("The age range of the victims was from 19 years old to 84.")).isEmpty();
        assertThat(mentions("The voting age is sixteen in the region.")).isEmpty();
        // an age a rule changes is a claim
        assertThat(mentions("Ministers want to raise the retirement age for nurses to 67.")).extracting(x -> x.value.intValue())
                .containsExactly(67);
        assertThat(mentions("The median age was 31 and 4,100 pregnant women were seen.")).extracting(x -> x.value.intValue())
                .containsExactly(4100);
    }

    @Test
    void oneThatTheClausePairsWithAnotherCountsNothing() {
        // NumberRule.ONE_AND_ANOTHER
        assertThat(mentions("One officer held the door while another searched the car.")).isEmpty();
        assertThat(mentions("One person kept signing up others to vote.")).isEmpty();
        assertThat(mentions("The blast killed one officer and injured three others.")).extracting(x -> x.value.intValue())
                .containsExactly(1, 3);
        assertThat(mentions("One person died and several others were hurt.")).extracting(x -> x.value.intValue()).contains(1);
    }

    @Test
    void aNameThatEndsInANumberIsNoFigure() {
        assertThat(mentions("Some 90 million people across the Lower 48 were under flood watches.")).extracting(x -> x.value.intValue())
                .containsExactly(90000000);
        // a party or a team with its seats or points is one
        assertThat(mentions("The count gave the Democrats 213, two short of a majority.")).extracting(x -> x.value.intValue())
                .contains(213);
    }

    @Test
    void aLoneOneIsAFigureAsTheLastItemOfAListByPlace() {
        assertThat(mentions("Nine died in Sonora, four in Sinaloa and one in Durango.")).extracting(x -> x.value.intValue())
                .containsExactly(9, 4, 1);
        assertThat(mentions("One in Durango said so.")).isEmpty();
    }

    @Test
    void oneThousandForOneThousandIsOneClaim() {
        Mention m = one("It was part of a 1,000-for-1,000 swap with Russia.");
        assertThat(m.low).isEqualByComparingTo("1000");
        assertThat(m.high).isEqualByComparingTo("1000");
        assertThat(m.hedge).isEqualTo(Hedge.EXACT);
    }

    @Test
    void threePhasesIsAClaimButThreeDaysIsNot() {
        Mention m = one("The swap was carried out in three phases over three days.");
        assertThat(m.value).isEqualByComparingTo("3");
        assertThat(m.hedge).isEqualTo(Hedge.EXACT);
    }

    @Test
    void hyphenRange() {
        Mention m = one("Each exchange involved 50-95 soldiers.");
        assertThat(m.hedge).isEqualTo(Hedge.RANGE);
        assertThat(m.low).isEqualByComparingTo("50");
        assertThat(m.high).isEqualByComparingTo("95");
    }

    @Test
    void aScaleWordAfterAHyphenRangeScalesBothEnds() {
        Mention m = one("The storm may cost insurers 1.5-2.5 billion euros, the broker said.");
        assertThat(m.hedge).isEqualTo(Hedge.RANGE);
        assertThat(m.low).isEqualByComparingTo("1500000000");
        assertThat(m.high).isEqualByComparingTo("2500000000");
        assertThat(m.unit).isEqualTo("EUR");
        Mention d = one("The refit will cost the yard $3-4 bn over a decade.");
        assertThat(d.low).isEqualByComparingTo("3000000000");
        assertThat(d.high).isEqualByComparingTo("4000000000");
        assertThat(d.unit).isEqualTo("USD");
        assertThat(one("Between 20-30 dozen eggs were broken.").high).isEqualByComparingTo("360");
    }

    @Test
    void aStockCodeInBracketsIsNoFigure() {
        assertThat(mentions("Shares of the carmaker ( 7203.T ) fell 3 percent in Tokyo.")).extracting(m -> m.low.intValue()).containsExactly(3);
        assertThat(mentions("The two lenders (0005.HK, 2388.HK) lost 12 percent.")).extracting(m -> m.low.intValue()).containsExactly(12);
        assertThat(mentions("Output rose to 4.5 million tonnes.")).extracting(m -> m.low.intValue()).containsExactly(4500000);
        // a code right after the company's name, no bracket (numbers.stock-code-after-name)
        assertThat(mentions("Fellow carrier Japan Airlines Corp 9205.T said it grounded 7 jets.")).extracting(m -> m.low.intValue()).containsExactly(7);
        assertThat(mentions("Staff struck at Honda unit Yutaka Giken 7229.Q. PetroChina's 601857.HK shed 2 percent."))
                .extracting(m -> m.low.intValue()).containsExactly(2);
    }

    @Test
    void aListAfterADesignatorInThePluralNamesItsThings() {
        // NumberRule.DESIGNATOR_LIST: "Locks 16, 17, 20", "Channels 116, 454, 795, and", "Landing Zones 1 and 2"
        assertThat(mentions("Locks 16, 17, 20 close and 40 boats wait.")).extracting(m -> m.low.intValue()).containsExactly(40);
        assertThat(mentions("It airs on SiriusXM Channels 116, 454, 795, and the Westwood One network.")).isEmpty();
        assertThat(mentions("The boosters will land at Landing Zones 1 and 2 at Cape Canaveral.")).isEmpty();
        // a later item with a noun of its own is a figure; so is a list after a plural that is no designator
        assertThat(mentions("Crews closed Routes 1 and 20 miles of road.")).extracting(m -> m.low.intValue()).containsExactly(20);
        assertThat(mentions("Officials counted Votes 213, 210 and 12.")).extracting(m -> m.low.intValue()).containsExactly(213, 210, 12);
    }

    @Test
    void aNumberedLineIsAName() {
        // NumberRule.GUARDED_DESIGNATOR (designators-guarded.txt) and DESIGNATOR_LIST: pipelines' names (fresh-ax, fresh-ao)
        assertThat(mentions("Enbridge also said it had briefly shut down two larger adjacent lines -- the 400,000 bpd Line 61 and"
                + " the 670,000 bpd Line 6A -- but both were pumping again within a day.")).extracting(m -> m.low.intValue())
                .containsExactly(2, 400000, 670000);
        assertThat(mentions("The westernmost portion of the pipeline, Line 14, could restart on Wednesday and the remainder, Line 64,"
                + " on Thursday.")).isEmpty();
        assertThat(mentions("Enbridge also shut down Line 13, which was restarted late Saturday, as well as Lines 6A and 61 which"
                + " were restarted earlier Saturday.")).isEmpty();
        assertThat(mentions("It asked to do repairs at multiple locations along lines 14, 6A, 13 and 61, which run through the state."))
                .isEmpty();
        assertThat(mentions("Only the 450,000 bpd line 3 remained shut.")).extracting(m -> m.low.intValue()).containsExactly(450000);
        // a number that counts what follows stays a figure
        assertThat(mentions("Crews laid the line 12 miles west of the plant.")).extracting(m -> m.low.intValue()).containsExactly(12);
        assertThat(mentions("Voters stood in lines 40 metres long.")).extracting(m -> m.low.intValue()).containsExactly(40);
        assertThat(mentions("In recent weeks 30 and 40 people died.")).extracting(m -> m.low.intValue()).containsExactly(30, 40);
        assertThat(mentions("Unit 3 released 100 tonnes of water.")).extracting(m -> m.low.intValue()).containsExactly(100);
    }

    @Test
    void anExchangeRateNoteIsNoFigure() {
        assertThat(mentions("The fund lost 40 million euros. ($1 = 0.7508 euro)")).extracting(m -> m.low.intValue()).containsExactly(40000000);
        assertThat(mentions("$1 = 0.9752 Australian dollars")).isEmpty();
        assertThat(mentions("The toll was 12 (1 euro = $1.3215) on Monday.")).extracting(m -> m.low.intValue()).containsExactly(12);
        assertThat(mentions("The ticket cost $1 and the meal $12.")).extracting(m -> m.low.intValue()).containsExactly(1, 12);
    }

    @Test
    void aScoreNextToAVoteIsATallyOfTwoFigures() {
        assertThat(mentions("The school board voted 5-2 on Tuesday to close the library.")).extracting(m -> m.low.intValue(), m -> m.high.intValue())
                .containsExactly(tuple(5, 5), tuple(2, 2));
        assertThat(mentions("Members voted unanimously 9-0 for the merger.")).extracting(m -> m.low.intValue()).containsExactly(9, 0);
        assertThat(mentions("The motion passed in a 52-48 vote after midnight.")).extracting(m -> m.low.intValue()).containsExactly(52, 48);
        // a score next to its result is a side each (number.score-sides), no tally; a bare score stays none
        assertThat(mentions("The visitors won 3-1 in the final.")).extracting(m -> m.rule).containsExactly("score-sides", "score-sides");
        assertThat(mentions("The club voted to move after a 3-1 defeat.")).extracting(m -> m.rule).containsExactly("score-sides", "score-sides");
        assertThat(mentions("The club voted to move after the series stood at 3-1.")).isEmpty();
    }

    @Test
    void aNumberThatOpensAnItemOfAListCountsNothing() {
        assertThat(mentions("Three points divide them: 1) the cost of the bridge; 2) its route; and 3) who pays for it."))
                .extracting(m -> m.low.intValue()).containsExactly(3);
        assertThat(mentions("1) Water is short in the camps.")).isEmpty();
        // a figure in brackets stays a figure
        assertThat(mentions("The fund (worth 12) was closed.")).extracting(m -> m.low.intValue()).containsExactly(12);
    }

    @Test
    void aTitleInQuotesMayHoldCommas() {
        assertThat(mentions("Crowds queued for \"The Long Road: Winter, Part 3\" at the cinema.")).isEmpty();
        assertThat(mentions("\"We lost 12, all of them,\" he said.")).extracting(m -> m.low.intValue()).containsExactly(12);
    }

    @Test
    void aNumberInAFixedPhraseWithAnyNumberCountsNothing() {
        assertThat(mentions("The ruling sets the reform three steps back, its author said.")).isEmpty();
        assertThat(mentions("The ruling sets the reform 10 steps back.")).isEmpty();
        assertThat(mentions("Builders cut three steps into the slope.")).extracting(m -> m.low.intValue()).containsExactly(3);
    }

    @Test
    void aSpanOfElidedTimeUnitsIsADuration() {
        assertThat(mentions("Some curbs end after a decade, and others over the next five.")).isEmpty();
        assertThat(mentions("She may run again in eight-year's time, aides say.")).isEmpty();
        // a noun after it: a count
        assertThat(mentions("Prices rose at the last three auctions.")).extracting(m -> m.low.intValue()).containsExactly(3);
        assertThat(mentions("The party won 61 seats in the last 200-seat chamber.")).extracting(m -> m.low.intValue()).containsExactly(61, 200);
    }

    @Test
    void oneWhoOpensItsClauseAndTellsIsASpeakerNotACount() {
        assertThat(mentions("One resident, Ann Lee, told reporters the water rose fast.")).isEmpty();
        assertThat(mentions("\"The road was gone,\" one survivor said.")).isEmpty();
        assertThat(mentions("One passenger who filmed the landing said the cabin was calm.")).isEmpty();
        assertThat(mentions("One witness, who asked not to be named, told the court he ran.")).isEmpty();
        // "one" that a verb before it counts stays a figure
        assertThat(mentions("The blast injured one resident of the block, police said.")).extracting(m -> m.low.intValue()).containsExactly(1);
        assertThat(mentions("Rescuers freed several people, including one passenger who was trapped, officials said."))
                .extracting(m -> m.low.intValue()).containsExactly(3, 1);
        assertThat(mentions("One resident was killed in the blast, the mayor said.")).extracting(m -> m.low.intValue()).containsExactly(1);
    }

    @Test
    void vagueQuantifiers() {
        assertVague("Hundreds of Russian prisoners were taken.", 200, 999);
        assertVague("Dozens of men lined up.", 24, 99);
        assertVague("Thousands of civilians are held.", 2000, 9999);
        assertVague("Tens of thousands fled the city.", 20000, 99999);
        assertVague("Sources suggest it could be in the hundreds.", 200, 999);
        assertVague("Their pay came to a total in the hundreds of millions of dollars.", 200_000_000, 999_999_999);
        assertVague("Several people were injured.", 3, 9);
    }

    private static void assertVague(String s, long lo, long hi) {
        Mention m = one(s);
        assertThat(m.hedge).as(s).isEqualTo(Hedge.VAGUE);
        assertThat(m.low).as(s).isEqualByComparingTo(BigDecimal.valueOf(lo));
        assertThat(m.high).as(s).isEqualByComparingTo(BigDecimal.valueOf(hi));
    }
}
