package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time stage's rules, one test each, through the whole engine (the clause and the sentence
 * around a figure decide which date is its own). Phrasings in the style of wire copy, health
 * bulletins and broadcasters' sites on strikes, outbreaks, quakes and storms; each asserts the exact
 * dates, and null where the text does not fix one.
 */
class TimeRulesTest {

    static final LocalDate TUESDAY = LocalDate.of(2025, 4, 15);
    static final LocalDate FRIDAY = LocalDate.of(2024, 1, 5);

    /** The claim of a text whose lower bound is the given value (other figures of the text aside). */
    static ExtractedClaim withLow(String text, LocalDate pub, String low) {
        return all(text, pub).stream().filter(x -> x.low() != null && x.low().compareTo(new java.math.BigDecimal(low)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no claim of " + low + " in <" + text + ">"));
    }

    static String iso(PartialDate d) {
        return d == null ? null : d.toIso();
    }

    // ------------------------------------------------------------------ start, end, range

    @Test
    void aDateUnderSinceIsTheStartAndTheSaidDateIsTheStatements() {
        ExtractedClaim c = only("The ministry said on Monday that 1,310 suspected measles cases had been recorded "
                + "since the outbreak was declared on March 3.", TUESDAY);
        assertThat(iso(c.eventStart())).isEqualTo("2025-03-03");
        assertThat(iso(c.eventEnd())).as("dating.since-to-said: the count runs to the day it is told").isEqualTo("2025-04-14");
        assertThat(iso(c.statementDate())).isEqualTo("2025-04-14");
    }

    @Test
    void aComparisonsDateDatesNoFigureOfItsClause() {
        ExtractedClaim c = only("At least 10 people were killed when rockets hit a village, in what officials described"
                + " as the deadliest attack since October 7.", TUESDAY);
        assertThat(c.eventStart()).as("October 7 is what the attack is compared with").isNull();
    }

    @Test
    void sinceAnEventInAYearManyWordsAfterTheFigure() {
        ExtractedClaim c = only("The country has recorded seven outbreaks of the disease since it was first identified "
                + "in a village near the river in 1994.", null);
        assertThat(iso(c.eventStart())).isEqualTo("1994");
        assertThat(c.eventEnd()).isNull();
    }

    @Test
    void asOfADayIsTheEnd() {
        ExtractedClaim c = only("As of 9 May, 57 cases had been confirmed in the district.", LocalDate.of(2024, 5, 13));
        assertThat(c.eventStart()).isNull();
        assertThat(iso(c.eventEnd())).isEqualTo("2024-05-09");
    }

    @Test
    void asOfReachesPastATimeOfDayAndTheSentenceGoesOnAfterPm() {
        ExtractedClaim c = only("The seismological bureau said more than 800 aftershocks had been recorded "
                + "as of 6:00 p.m. on Thursday, most of them minor.", FRIDAY);
        assertThat(c.eventStart()).isNull();
        assertThat(iso(c.eventEnd())).isEqualTo("2024-01-04");
        ExtractedClaim d = only("Another 2,000 people were still missing as of 11:30 p.m. on Thursday, officials said.", FRIDAY);
        assertThat(d.quote()).contains("as of 11:30 p.m. on Thursday");
        assertThat(iso(d.eventEnd())).isEqualTo("2024-01-04");
    }

    @Test
    void sinceAMonthAndAsOfADayMakeBothEnds() {
        ExtractedClaim c = only("Since the start of the outbreak in October 2023, there have been 1,240 cases "
                + "as of 2 March 2024, according to the health ministry.", null);
        assertThat(iso(c.eventStart())).isEqualTo("2023-10");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-03-02");
    }

    @Test
    void rangesOfYearsAndOfWeekdays() {
        ExtractedClaim c = only("Between 2015 and 2020, the region lost 1,200 hectares of forest.", null);
        assertThat(iso(c.eventStart())).isEqualTo("2015");
        assertThat(iso(c.eventEnd())).isEqualTo("2020");
        ExtractedClaim d = only("From Monday to Wednesday, 310 flights were cancelled at the airport.", FRIDAY);
        assertThat(iso(d.eventStart())).isEqualTo("2024-01-01");
        assertThat(iso(d.eventEnd())).isEqualTo("2024-01-03");
    }

    @Test
    void twoDaysOfAMonthJoinedByWordsAreARangeAndTheSecondIsNoFigure() {
        // date.worded-day-range; number.day-of-month reads the range's second day as no figure
        LocalDate pub = LocalDate.of(2024, 8, 2);
        ExtractedClaim c = only("About 60 of the flood deaths this summer happened from July 7 to 13, the agency said.", pub);
        assertThat(iso(c.eventStart())).isEqualTo("2024-07-07");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-07-13");
        ExtractedClaim d = only("Between June 3 and 9, 2023, inspectors closed 14 plants.", pub);
        assertThat(iso(d.eventStart())).isEqualTo("2023-06-03");
        assertThat(iso(d.eventEnd())).isEqualTo("2023-06-09");
        // (the opener at a word's start after a bracket: the pattern is tried only where a DAYS_FROM word may begin)
        ExtractedClaim f = only("Crews counted 85 wildfires in the park (from July 7 to 13) as the heat held.", pub);
        assertThat(iso(f.eventStart()) + ".." + iso(f.eventEnd())).isEqualTo("2024-07-07..2024-07-13");
        List<ExtractedClaim> e = all("Between July 7 and 13 people were rescued from the roofs.", pub);
        assertThat(e).as("13 counts the people after it").extracting(x -> x.low().intValue()).containsExactly(13);
    }

    @Test
    void aRangeOfDaysToComeTakesTheYearAhead() {
        // date.worded-day-range, date.day-range: a range the sentence speaks of as to come, with no year, is the next one
        // within AHEAD_DAYS of publication, as a day to come is ("will cancel ... from January 19 to 25", told on January 17)
        LocalDate pub = LocalDate.of(2013, 1, 17);
        ExtractedClaim c = withLow("The airline will cancel eight flights from January 19 to 25 on its San Diego route.", pub, "8");
        assertThat(iso(c.eventStart()) + ".." + iso(c.eventEnd())).isEqualTo("2013-01-19..2013-01-25");
        ExtractedClaim d = withLow("The carrier will suspend 12 flights on January 20-26.", pub, "12");
        assertThat(iso(d.eventStart()) + ".." + iso(d.eventEnd())).isEqualTo("2013-01-20..2013-01-26");
        // Past, and beyond the two weeks ahead in which a day without its year is still this year's (DateContext.SOON_DAYS).
        ExtractedClaim past = withLow("The carrier cancelled 12 flights on February 20-26.", pub, "12");
        assertThat(iso(past.eventStart())).as("a past range well after publication is last year's").isEqualTo("2012-02-20");
    }

    @Test
    void sinceMidMonth() {
        ExtractedClaim c = only("The number of people under observation has risen to 216 since mid-August.", LocalDate.of(2024, 10, 1));
        assertThat(iso(c.eventStart())).isEqualTo("2024-08");
        assertThat(iso(c.eventEnd())).as("dating.since-to-report: the count runs to the day it is told").isEqualTo("2024-10-01");
    }

    // ------------------------------------------------------------------ years

    @Test
    void aFrontedYearCoversEveryFigureOfTheSentence() {
        List<ExtractedClaim> cs = all("In 2019, floods in the same valley displaced over 12,000 people and killed 61.", null);
        assertThat(cs).hasSize(2);
        for (ExtractedClaim c : cs) {
            assertThat(iso(c.eventStart())).as(c.quote()).isEqualTo("2019");
            assertThat(iso(c.eventEnd())).as(c.quote()).isEqualTo("2019");
        }
    }

    @Test
    void ofAYearNamesAPeriodOnlyAfterAPeriodNoun() {
        ExtractedClaim c = only("The agency has recorded 240 deaths from the fever in the first 30 weeks of 2024.", null);
        assertThat(iso(c.eventStart())).isEqualTo("2024");
        assertThat(iso(c.eventEnd())).isEqualTo("2024");
        ExtractedClaim d = only("The rate was 17.3 per cent within the same period in 2023.", null);
        assertThat(iso(d.eventStart())).isEqualTo("2023");
        ExtractedClaim e = only("Some 300 graduates marched with the class of 2024.", null);
        assertThat(e.eventStart()).isNull();
        assertThat(e.eventEnd()).isNull();
    }

    // ------------------------------------------------------------------ weekdays and relative days

    @Test
    void weekdaysWithoutAPreposition() {
        LocalDate monday = LocalDate.of(2024, 9, 9);
        ExtractedClaim c = only("More than 30,000 machinists walked off the job early Monday after talks failed.", monday);
        assertThat(iso(c.eventStart())).isEqualTo("2024-09-09");
        ExtractedClaim d = only("The toll climbed from more than 600 given earlier Sunday night by local officials.", monday);
        assertThat(iso(d.eventStart())).isEqualTo("2024-09-08");
        List<ExtractedClaim> e = all("Dozens of prisoners were freed in the latest Saturday exchange, with the presidency "
                + "saying 95 soldiers had come home.", monday);
        assertThat(e).extracting(x -> iso(x.eventStart())).containsExactly("2024-09-07", "2024-09-07");
    }

    @Test
    void lastWeekdayTheDayAfterItIsAWeekBack() {
        // date.weekday: in a Tuesday's paper yesterday is "Monday", so "last Monday" is the Monday before it
        LocalDate tuesday = LocalDate.of(2025, 4, 15);
        ExtractedClaim c = only("The storm cut power to 400,000 homes last Monday, and crews are still at work.", tuesday);
        assertThat(iso(c.eventStart())).isEqualTo("2025-04-07");
        ExtractedClaim d = only("The storm cut power to 400,000 homes last Saturday, and crews are still at work.", tuesday);
        assertThat(iso(d.eventStart())).as("three days back: the plain last Saturday").isEqualTo("2025-04-12");
    }

    @Test
    void byBeforeAPossessiveWeekdayIsNoDeadline() {
        ExtractedClaim c = only("Across the areas hit by Sunday's storm, some 2,000 homes were left without power.", LocalDate.of(2024, 3, 13));
        assertThat(iso(c.eventStart())).isEqualTo("2024-03-10");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-03-10");
    }

    @Test
    void aWeekdayInANameIsNoDate() {
        ExtractedClaim c = only("The Sunday Times reported that 40 people were arrested.", LocalDate.of(2024, 3, 13));
        assertThat(c.eventStart()).isNull();
        assertThat(c.eventEnd()).isNull();
        ExtractedClaim d = only("About 5,000 pilgrims gathered for Good Friday processions in the old town.", LocalDate.of(2024, 3, 13));
        assertThat(d.eventStart()).isNull();
    }

    @Test
    void aWeekdayAfterAPlaceNameIsADate() {
        ExtractedClaim c = only("Flooding cut off 300 homes across the Scottish Highlands Sunday, officials said.", LocalDate.of(2024, 3, 13));
        assertThat(iso(c.eventStart())).isEqualTo("2024-03-10");
        ExtractedClaim s = only("About 400 homes were evacuated, the fire service said in a post on X Tuesday.", LocalDate.of(2024, 3, 13));
        assertThat(iso(s.statementDate())).as("a weekday after the name a reporting verb governs").isEqualTo("2024-03-12");
        assertThat(s.eventStart()).isNull();
        ExtractedClaim d = only("Voters in 14 states went to the polls on Super Tuesday.", LocalDate.of(2024, 3, 13));
        assertThat(d.eventStart()).as("Super Tuesday is a name").isNull();
    }

    @Test
    void aFeastNamesItsDayOfTheLatestYear() {
        ExtractedClaim c = only("Rescuers pulled 14 survivors from the rubble on Christmas Day.", LocalDate.of(2024, 1, 3));
        assertThat(iso(c.eventStart())).isEqualTo("2023-12-25");
        assertThat(iso(c.eventEnd())).isEqualTo("2023-12-25");
    }

    @Test
    void aPassiveReportingVerbDatesTheEventAndAnActiveOneTheStatement() {
        ExtractedClaim c = only("Twelve new cases were reported on Monday in the capital.", TUESDAY);
        assertThat(iso(c.eventStart())).isEqualTo("2025-04-14");
        assertThat(c.statementDate()).isNull();
        ExtractedClaim d = only("The death toll of 675 would likely rise, rescuers said late on Tuesday.", LocalDate.of(2024, 11, 19));
        assertThat(d.eventStart()).isNull();
        assertThat(iso(d.statementDate())).isEqualTo("2024-11-19");
    }

    @Test
    void yesterdayIsTheDayBeforePublication() {
        ExtractedClaim c = only("Police arrested 45 people yesterday after the match.", LocalDate.of(2024, 6, 2));
        assertThat(iso(c.eventStart())).isEqualTo("2024-06-01");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-06-01");
    }

    // ------------------------------------------------------------------ no dateline

    @Test
    void withoutAPublicationDateAWeekdayIsTheTextsDateOnThatWeekday() {
        Extraction x = EXTRACTOR.extract("The first tremor struck before dawn on February 6, 2023, near the border.\n\n"
                + "The toll from Monday's quake has climbed above 3,400.\n\n"
                + "Rescuers said 80 people were pulled out alive on Wednesday.", null);
        assertThat(x.publicationDate()).isNull();
        assertThat(x.claims()).hasSize(2);
        assertThat(iso(x.claims().get(0).eventStart())).isEqualTo("2023-02-06");
        // no Wednesday among the text's dates: the one nearest its latest date
        assertThat(iso(x.claims().get(1).eventStart())).isEqualTo("2023-02-08");
    }

    @Test
    void withoutAPublicationDateAWeekdayIsTheOneNearestTheTextsLatestDate() {
        // a photo caption's date, and the story's weekdays on either side of it
        Extraction x = EXTRACTOR.extract("Flood toll climbs as rivers crest\n\n"
                + "Residents wade through a street in Porto Alegre, Brazil, May 9, 2024. REUTERS/Staff\n\n"
                + "The death toll rose to 113 early on Friday, the civil defence agency said.\n\n"
                + "About 70,000 people had been moved to shelters by Wednesday.", null);
        assertThat(x.publicationDate()).isNull();
        assertThat(x.claims()).extracting(c -> iso(c.eventStart())).containsExactly("2024-05-10", null);
        assertThat(x.claims()).extracting(c -> iso(c.eventEnd())).containsExactly("2024-05-10", "2024-05-08");
        // a later year named: the latest full date is no longer the newest thing the text knows of
        Extraction y = EXTRACTOR.extract("The dam failed on May 9, 2019.\n\n"
                + "A new report released in 2024 says 270 people died, and 300 more were hurt on Friday.", null);
        assertThat(y.claims()).extracting(c -> c.eventStart()).containsOnlyNulls();
    }

    @Test
    void aWireDatelineWithoutAYearTakesTheYearWhoseDayFallsOnTheLeadsWeekday() {
        // 4 March fell on a Monday in 2024 and on a Tuesday in 2025; the text names 2024
        Extraction x = EXTRACTOR.extract("LISBON, March 4 (Reuters) - Firefighters were battling 31 wildfires across central "
                + "Portugal on Tuesday, the civil protection agency said.\n\n"
                + "The fires have burned some 12,000 hectares since Saturday, more than in all of 2024.", null);
        assertThat(x.publicationDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(x.claims()).extracting(c -> iso(c.eventStart())).containsExactly("2025-03-04", "2025-03-01");
        // no weekday in the lead: the year stays unknown
        Extraction y = EXTRACTOR.extract("LISBON, March 4 (Reuters) - Firefighters were battling 31 wildfires across central "
                + "Portugal, the civil protection agency said, the worst start to a season since 2024.", null);
        assertThat(y.publicationDate()).isNull();
    }

    @Test
    void theSamePeriodLastYearIsTheSentencesPeriodAYearBack() {
        ExtractedClaim c = withLow("The agency counted 2,310 crossings in the first 20 days of March, twice the 1,150 recorded "
                + "over the same period last year.", LocalDate.of(2025, 3, 24), "1150");
        assertThat(iso(c.eventStart())).isEqualTo("2024-03-01");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-03-20");
        ExtractedClaim d = withLow("Exports fell to 4,200 tonnes in May, from 5,900 tonnes in the same month a year earlier.",
                LocalDate.of(2025, 6, 12), "5900");
        assertThat(iso(d.eventStart())).isEqualTo("2024-05");
        assertThat(iso(d.eventEnd())).isEqualTo("2024-05");
        ExtractedClaim e = withLow("Arrivals reached 1,340 in the first quarter, down from 2,050 in the same period of 2023, "
                + "after 610 in March 2024 alone.", null, "2050");
        assertThat(span(e)).isEqualTo("2023-01..2023-03");                // the first quarter's months, in 2023
        ExtractedClaim f = withLow("Dengue cases rose to 32,091 in the first 28 days of July 2024, from 19,000 in the "
                + "same period of 2023.", null, "19000");
        assertThat(iso(f.eventStart())).isEqualTo("2023-07-01");
        assertThat(iso(f.eventEnd())).isEqualTo("2023-07-28");
    }

    @Test
    void lastMonthIsTheMonthBeforePublication() {
        ExtractedClaim c = only("The government declared an emergency last month after 40 people died.", LocalDate.of(2019, 12, 7));
        assertThat(iso(c.eventStart())).isEqualTo("2019-11");
        ExtractedClaim d = only("Only about 30% of residents were vaccinated when the epidemic exploded last month.", LocalDate.of(2020, 1, 9));
        assertThat(iso(d.eventStart())).isEqualTo("2019-12");
        assertThat(only("The government declared an emergency last month after 40 people died.", null).eventStart()).isNull();
    }

    @Test
    void overnightIsTheNightBeforePublication() {
        ExtractedClaim c = only("Storm surge flooded 1,400 homes overnight, the fire service said.", LocalDate.of(2025, 8, 12));
        assertThat(iso(c.eventStart())).isEqualTo("2025-08-11");
        assertThat(iso(c.eventEnd())).isEqualTo("2025-08-12");
        // after a reporting verb it dates the statement, not the toll
        ExtractedClaim d = only("Officials announced overnight that the toll from Sunday's quake had risen to 381.", LocalDate.of(2014, 8, 4));
        assertThat(iso(d.eventStart())).isEqualTo("2014-08-03");
        assertThat(iso(d.eventEnd())).isEqualTo("2014-08-03");
    }

    @Test
    void withoutAPublicationDateAMonthDayTakesTheYearOfTheTextsDates() {
        Extraction x = EXTRACTOR.extract("The strike began on October 2, 2023.\n\n"
                + "By October 9, some 4,000 workers had joined the walkout.", null);
        assertThat(x.claims()).hasSize(1);
        ExtractedClaim c = x.claims().get(0);
        assertThat(iso(c.eventStart())).isEqualTo("2023-10-02");      // the count as of a later day runs from the strike's start
        assertThat(iso(c.eventEnd())).isEqualTo("2023-10-09");
    }

    @Test
    void aWireDatelineIsNotTheEventsDate() {
        ExtractedClaim c = only("KYIV, Aug 15, 2024 (Reuters) - Ukraine said 90 soldiers had been returned in an exchange.", null);
        assertThat(c.eventStart()).isNull();
        assertThat(c.eventEnd()).isNull();
    }

    // ------------------------------------------------------------------ ranges of days, years relative to publication

    @Test
    void aLineBreakInsideADatePhraseReadsAsASpace() {
        // hard-wrapped wire copy: "held on Sunday and\nMonday" is the two days of the vote
        String text = "CONSERVATIVES MAKE MAJOR GAINS IN FINNISH POLLS\n\nFinland's Conservatives emerged with\n"
                + "major general election gains after a swing away from the left.\n"
                + "    Conservative Party leader Ilkka Suominen told reporters\n"
                + "\"they can't keep us out of government now\" after the Party gained\n"
                + "nine Parliamentary seats in elections held on Sunday and\n"
                + "Monday, taking its total to 53 seats.\n";
        ExtractedClaim c = EXTRACTOR.extract(text, LocalDate.of(1987, 3, 16)).claims().stream()
                .filter(x -> x.low().intValue() == 9).findFirst().orElseThrow();
        assertThat(iso(c.eventStart())).isEqualTo("1987-03-15");
        assertThat(iso(c.eventEnd())).isEqualTo("1987-03-16");
    }

    @Test
    void aRangeOfDaysOfOneMonth() {
        ExtractedClaim c = withLow("Another 15 migrants were reported arriving between 12-14 June.", LocalDate.of(2024, 6, 21), "15");
        assertThat(iso(c.eventStart())).isEqualTo("2024-06-12");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-06-14");
        ExtractedClaim d = withLow("Some 3,000 delegates attended the summit held on March 4-6, 2023.", null, "3000");
        assertThat(iso(d.eventStart())).isEqualTo("2023-03-04");
        assertThat(iso(d.eventEnd())).isEqualTo("2023-03-06");
    }

    @Test
    void twoDaysJoinedByAndAreARange() {
        ExtractedClaim c = only("In the capital, police arrested 87 people on Saturday night and Sunday morning.", LocalDate.of(2024, 7, 8));
        assertThat(iso(c.eventStart())).isEqualTo("2024-07-06");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-07-07");
    }

    @Test
    void thisYearLastYearAndTheBeginningOfTheYear() {
        LocalDate pub = LocalDate.of(2018, 6, 29);
        ExtractedClaim c = only("The total compares with 81,200 arrivals through the same period last year.", pub);
        assertThat(iso(c.eventStart())).isEqualTo("2017");
        ExtractedClaim d = only("At least 640 people have drowned since the beginning of the year.", pub);
        assertThat(iso(d.eventStart())).isEqualTo("2018-01-01");       // a count of the year so far: up to the report
        assertThat(iso(d.eventEnd())).isEqualTo("2018-06-29");
        ExtractedClaim e = only("Some 5,200 people have crossed this year.", pub);
        assertThat(iso(e.eventStart())).isEqualTo("2018-01-01");
        ExtractedClaim f = only("The agency counted 1,050 crossings this fiscal year.", pub);
        assertThat(f.eventStart()).isNull();                              // a fiscal year is no calendar year
    }

    @Test
    void aYearThenAnEndWithinItMakeAPeriod() {
        ExtractedClaim c = only("The agency said arrivals in 2018 have reached 9,800 men, women and children "
                + "who were rescued at sea through 20 June.", LocalDate.of(2018, 6, 29));
        assertThat(iso(c.eventStart())).isEqualTo("2018");
        assertThat(iso(c.eventEnd())).isEqualTo("2018-06-20");
        List<ExtractedClaim> shares = all("Some 31,000 migrants reached Europe by sea in 2019 through 9 May, with 40 percent landing in Spain.",
                LocalDate.of(2019, 5, 14));
        assertThat(shares).extracting(x -> iso(x.eventStart())).containsExactly("2019", "2019");
        assertThat(shares).extracting(x -> iso(x.eventEnd())).containsExactly("2019-05-09", "2019-05-09");
    }

    @Test
    void aMonthBeforeANounNamesItWhateverThePreposition() {
        ExtractedClaim c = withLow("That was a 4% rise from the May total of 180,200.", LocalDate.of(2021, 7, 19), "180200");
        assertThat(iso(c.eventStart())).isEqualTo("2021-05");
        assertThat(iso(c.eventEnd())).isEqualTo("2021-05");
    }

    @Test
    void aDateBeyondWhileBelongsToTheOtherEvent() {
        List<ExtractedClaim> cs = all("Police said four bodies were recovered on Saturday night while the remaining six were "
                + "recovered during the search conducted on Sunday.", LocalDate.of(2020, 6, 15));
        assertThat(cs).extracting(x -> iso(x.eventStart())).containsExactly("2020-06-13", "2020-06-14");
    }

    @Test
    void withoutAPublicationDateAMonthTakesTheYearOfTheTextsLatestDate() {
        Extraction x = EXTRACTOR.extract("The new rules took effect in January 2021.\n\n"
                + "In June, the agency recorded 188,000 encounters at the border.", null);
        assertThat(x.claims()).hasSize(1);
        assertThat(iso(x.claims().get(0).eventStart())).isEqualTo("2021-06");   // not 2020: the text's dates bound it below
    }

    @Test
    void aDateInItsOwnSegmentOfABylineIsThePublicationDate() {
        Extraction x = EXTRACTOR.extract("Storm leaves thousands without power\n\nWire Staff | March 3, 2022\n\n"
                + "About 120,000 customers remained in the dark yesterday.", null);
        assertThat(x.publicationDate()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(iso(x.claims().get(x.claims().size() - 1).eventStart())).isEqualTo("2022-03-02");
    }

    @Test
    void aSinceAfterASuperlativeComparesAndDatesNoOtherFigure() {
        List<ExtractedClaim> cs = all("Last year saw 410 cases, the most since the agency confirmed 702 in 2011.", LocalDate.of(2019, 2, 20));
        assertThat(cs).hasSize(2);
        assertThat(iso(cs.get(0).eventStart())).isEqualTo("2018");
        assertThat(iso(cs.get(0).eventEnd())).isEqualTo("2018");
        assertThat(iso(cs.get(1).eventStart())).isEqualTo("2011");
        assertThat(iso(cs.get(1).eventEnd())).isEqualTo("2011");
        ExtractedClaim d = only("It was the first national strike since a walkout in 2007 that involved 46,000 workers.", null);
        assertThat(iso(d.eventStart())).isEqualTo("2007");                // in the comparison's own clause: its day
        assertThat(iso(d.eventEnd())).isEqualTo("2007");
    }

    @Test
    void byThisTimeLastYearIsLastYearAndAllOfAYearIsThatYear() {
        LocalDate pub = LocalDate.of(2023, 8, 9);
        ExtractedClaim c = only("By this time last year, 44 confirmed heat deaths had been reported.", pub);
        assertThat(iso(c.eventStart())).isEqualTo("2022");
        assertThat(iso(c.eventEnd())).isEqualTo("2022");
        ExtractedClaim d = only("The count is inching closer to the 372 cases in all of 2018.", pub);
        assertThat(iso(d.eventStart())).isEqualTo("2018");
        assertThat(iso(d.eventEnd())).isEqualTo("2018");
    }

    @Test
    void aYearBeforeANounThatNamesAFigure() {
        ExtractedClaim c = withLow("This summer is outpacing the record-breaking 2022 total of 425 deaths.", LocalDate.of(2023, 8, 9), "425");
        assertThat(iso(c.eventStart())).isEqualTo("2022");
        assertThat(iso(c.eventEnd())).isEqualTo("2022");
        ExtractedClaim d = withLow("The share fell below 2021's rate of 44%.", LocalDate.of(2023, 8, 9), "44");
        assertThat(iso(d.eventStart())).isEqualTo("2021");
        ExtractedClaim e = withLow("Officials counted 2020 ballots by hand.", LocalDate.of(2023, 8, 9), "2020");
        assertThat(e.eventStart()).isNull();                              // a count, not a year
    }

    @Test
    void theStatementsDateAFewWordsFromItsVerbOrBeforeIt() {
        LocalDate friday = LocalDate.of(2024, 3, 15);
        ExtractedClaim c = only("The minister told reporters on Thursday that 120 people had been rescued.", friday);
        assertThat(iso(c.statementDate())).isEqualTo("2024-03-14");
        assertThat(c.eventStart()).isNull();
        ExtractedClaim d = only("The ministry said in a statement on Monday that 45 people had died.", friday);
        assertThat(iso(d.statementDate())).isEqualTo("2024-03-11");
        assertThat(d.eventStart()).isNull();
        ExtractedClaim e = only("The election commission on Friday said turnout remained 51.8 per cent.", friday);
        assertThat(iso(e.statementDate())).isEqualTo("2024-03-15");
        assertThat(e.eventStart()).isNull();
        // a figure between the verb and the date: the date is the event's
        ExtractedClaim f = only("Health officials confirmed two more deaths on Monday.", friday);
        assertThat(iso(f.eventStart())).isEqualTo("2024-03-11");
        assertThat(f.statementDate()).isNull();
        // no "on": a participle earlier in the clause dates nothing
        ExtractedClaim g = only("There were 59 deaths reported already this year.", friday);
        assertThat(iso(g.eventStart())).isEqualTo("2024-01-01");
    }

    // ------------------------------------------------------------------ baselines of a comparison

    @Test
    void theBaselineOfAComparisonTakesItsOwnPeriod() {
        String text = "Exports reached 8,200 tonnes in the first quarter, up from 6,900 in the same period of 2023.";
        assertThat(span(withLow(text, TUESDAY, "6900"))).isEqualTo("2023-01..2023-03");      // the first quarter of 2023
        ExtractedClaim earlier = withLow("The agency counted 12,400 visitors this year, down from about 15,000 a year earlier.",
                TUESDAY, "15000");
        assertThat(iso(earlier.eventStart())).isEqualTo("2024");
    }

    @Test
    void theFirstDaysOfAMonthAreARange() {
        ExtractedClaim c = only("Hospitals recorded 1,180 deaths from the heat in the first 10 days of August.",
                LocalDate.of(2025, 8, 12));
        assertThat(iso(c.eventStart())).isEqualTo("2025-08-01");
        assertThat(iso(c.eventEnd())).isEqualTo("2025-08-10");
    }

    @Test
    void aTimelineLineIsDatedByTheYearOrMonthThatOpensIt() {
        LocalDate pub = LocalDate.of(2010, 2, 5);
        String text = "Toyota is preparing to recall 300,000 cars, a source said on Thursday.\n\n"
                + "Following are details on some previous major auto recalls. 1971 - General Motors recalls 6.7 million vehicles "
                + "due to engine mounts. July 1998 - GM recalls close to 1 million Cadillac, Pontiac and Chevrolet cars.";
        assertThat(iso(withLow(text, pub, "6700000").eventStart())).as("date.timeline-head: a year").isEqualTo("1971");
        assertThat(iso(withLow(text, pub, "6700000").eventEnd())).isEqualTo("1971");
        ExtractedClaim cadillacs = all(text, pub).stream().filter(x -> x.high() != null
                && x.high().compareTo(new java.math.BigDecimal("1000000")) == 0).findFirst().orElseThrow();
        assertThat(iso(cadillacs.eventEnd())).as("a month and year before a dash").isEqualTo("1998-07");
        ExtractedClaim range = only("2005 - 2010 saw 300 recalls of cars.", pub);
        assertThat(range.eventStart()).as("a span of years opens no line").isNull();
        ExtractedClaim wire = only("Oct 5 (Reuters) - Toyota recalled 300 cars.", pub);
        assertThat(wire.eventStart()).as("a wire's dateline is no head").isNull();
    }

    // ------------------------------------------------------------------ the named rules and their examples

    @Test
    void everyDateRuleResolvesItsExample() {
        for (DateRule r : DateRule.values()) {
            assertThat(r.matches).as(r.name()).isNotBlank();
            assertThat(r.sets).as(r.name()).isNotBlank();
            assertExample(r.name(), r.example, r.pub, r.want);
        }
    }

    @Test
    void everyDatingRuleResolvesItsExample() {
        for (DatingRule r : DatingRule.values()) {
            assertThat(r.matches).as(r.name()).isNotBlank();
            assertThat(r.sets).as(r.name()).isNotBlank();
            assertExample(r.name(), r.example, r.pub, r.want);
        }
    }

    private static void assertExample(String rule, String example, String pub, String want) {
        List<ExtractedClaim> cs = all(example, pub == null ? null : LocalDate.parse(pub));
        // the example's last figure, as the counted rules' catalogue reads it ("from $1.1 billion to $4.9 billion")
        assertThat(cs).as(rule + ": " + example).isNotEmpty();
        ExtractedClaim c = cs.get(cs.size() - 1);
        assertThat(iso(c.eventStart()) + ".." + iso(c.eventEnd())).as(rule + ": " + example).isEqualTo(want);
    }

    @Test
    void aFigureToldByItsDistanceFromTheArticlesEventIsDatedFromTheEventsDay() {
        // dating.event-offset: "the day before his rampage", "a week after the quake" count from the frame's day, not the report's
        String story = "Gunman kills 7 at a mall\n\nA gunman shot dead seven people at a shopping mall on Tuesday.\n\n"
                + "Police said he had set fire to 4 cars the day before his rampage.\n\n"
                + "He had withdrawn $8,000 just days before the shooting, his bank said.\n\n"
                + "He had bought 3 rifles in a gun shop, his neighbour said.";
        List<ExtractedClaim> cs = EXTRACTOR.extract(story, LocalDate.of(2024, 3, 15)).claims();
        ExtractedClaim cars = cs.stream().filter(x -> x.low().intValue() == 4).findFirst().orElseThrow();
        assertThat(iso(cars.eventStart()) + ".." + iso(cars.eventEnd())).isEqualTo("2024-03-11..2024-03-11");
        ExtractedClaim cash = cs.stream().filter(x -> x.low().intValue() == 8000).findFirst().orElseThrow();
        assertThat(iso(cash.eventStart()) + ".." + iso(cash.eventEnd())).isEqualTo("2024-03..2024-03-12");
        ExtractedClaim rifles = cs.stream().filter(x -> x.low().intValue() == 3).findFirst().orElseThrow();
        assertThat(iso(rifles.eventStart())).as("no distance from the event").isNotEqualTo("2024-03-11");
        // "a day after a storm": another event ("a"), not the article's own
        ExtractedClaim other = withLow("Quake shakes the coast\n\nAn earthquake struck the coast on Monday.\n\n"
                + "Rescuers had freed 12 people a day after a storm hit the region.", LocalDate.of(2024, 3, 15), "12");
        assertThat(iso(other.eventStart())).isNotEqualTo("2024-03-12");
    }

    @Test
    void aVoteCountToldDaysLaterIsOfTheElectionsDay() {
        // dating.election-day: results told on Tuesday of Sunday's vote are Sunday's; a survey's figures and the protests are not
        String story = "Protests grow after disputed vote\n\n"
                + "Thousands marched in the capital on Monday after Sunday's presidential election.\n\n"
                + "On Tuesday, the electoral board said the president had won 52.1% of the votes, with 90% of the ballots counted, "
                + "ahead of his rival with 41.3%.\n\n"
                + "Police said 120 people were detained during the protests on Monday.\n\n"
                + "A poll published on Tuesday found 38% of voters backed the rival.";
        LocalDate pub = LocalDate.of(2024, 3, 13);
        List<ExtractedClaim> cs = EXTRACTOR.extract(story, pub).claims();
        for (String low : List.of("52.1", "90", "41.3")) {
            ExtractedClaim c = cs.stream().filter(x -> x.low().compareTo(new java.math.BigDecimal(low)) == 0).findFirst().orElseThrow();
            assertThat(iso(c.eventStart()) + ".." + iso(c.eventEnd())).as(low).isEqualTo("2024-03-10..2024-03-10");
        }
        ExtractedClaim detained = cs.stream().filter(x -> x.low().intValue() == 120).findFirst().orElseThrow();
        assertThat(iso(detained.eventStart())).as("no count of votes").isEqualTo("2024-03-11");
        ExtractedClaim poll = cs.stream().filter(x -> x.low().intValue() == 38).findFirst().orElseThrow();
        assertThat(iso(poll.eventStart())).as("an opinion survey keeps its own day").isNotEqualTo("2024-03-10");
        ExtractedClaim deadline = withLow("Results of Sunday's vote were still out by Tuesday evening.\n\n"
                + "With 90% of the ballots counted, the president had 52.1%.", pub, "52.1");
        assertThat(iso(deadline.eventStart())).as("'the vote by Tuesday' is a deadline, not the vote's day").isEqualTo("2024-03-10");
        ExtractedClaim held = only("The ruling party took 61% of the votes in the election held on Sunday, officials said.", pub);
        assertThat(iso(held.eventStart())).isEqualTo("2024-03-10");
    }

    @Test
    void aReportOfTheDayBeforeDatesItsPastFiguresOnThatDay() {
        // dating.day-before: told the day after, what happened that day is of that day; a perfect runs to the report, a war goes on
        LocalDate pub = LocalDate.of(2024, 3, 13);
        String flood = "Flash floods swamp valley towns\n\nFlash floods hit the valley towns on Tuesday after a day of heavy storms.\n\n"
                + "Rescuers pulled 40 people from the water, officials said. About 300 homes have been flooded, the mayor said.";
        List<ExtractedClaim> cs = EXTRACTOR.extract(flood, pub).claims();
        ExtractedClaim pulled = cs.stream().filter(x -> x.low().intValue() == 40).findFirst().orElseThrow();
        assertThat(span(pulled)).isEqualTo("2024-03-12..2024-03-12");
        ExtractedClaim homes = cs.stream().filter(x -> x.low().intValue() == 300).findFirst().orElseThrow();
        assertThat(span(homes)).as("a perfect").isEqualTo("2024-03-12..2024-03-13");
        ExtractedClaim twoDays = withLow("Flash floods swamp valley towns\n\nFlash floods hit the valley towns on Monday after a day "
                + "of heavy storms.\n\nRescuers pulled 40 people from the water, officials said.", pub, "40");
        assertThat(iso(twoDays.eventEnd())).as("told two days after").isEqualTo("2024-03-13");
        ExtractedClaim rain = withLow("Flash floods swamp valley towns\n\nFlash floods hit the valley towns on Tuesday after a day "
                + "of heavy storms.\n\nBetween 4 and 5 inches of rain had fallen in the hills, forecasters said.", pub, "4");
        assertThat(span(rain)).as("the past perfect").isEqualTo("2024-03-12..2024-03-12");
    }

    @Test
    void anOvernightEventIsOfThePublicationDayTheReportNames() {
        // dating.overnight-day: "overnight" in a report that names its own day is that day's night; with no such day, the span stays
        LocalDate pub = LocalDate.of(2024, 3, 10);
        String named = "Rocket hits market town\n\nFour people were killed in a rocket attack on a market overnight, police said. "
                + "Another 12 were wounded.\n\nThe governor visited the market on Sunday.";
        List<ExtractedClaim> cs = EXTRACTOR.extract(named, pub).claims();
        for (int low : List.of(4, 12)) {
            ExtractedClaim c = cs.stream().filter(x -> x.low().intValue() == low).findFirst().orElseThrow();
            assertThat(span(c)).as(String.valueOf(low)).isEqualTo("2024-03-10..2024-03-10");
        }
        ExtractedClaim unnamed = withLow("Rocket hits market town\n\nFour people were killed in a rocket attack on a market overnight, "
                + "police said.", pub, "4");
        assertThat(iso(unnamed.eventStart()) + ".." + iso(unnamed.eventEnd())).as("no day named").isEqualTo("2024-03-09..2024-03-10");
    }

    @Test
    void aRunningTotalSinceADayRunsToTheDayItIsTold() {
        // dating.since-to-report: "since" a day, a month or a year with no end is a count up to the report
        LocalDate pub = LocalDate.of(2024, 5, 20);
        ExtractedClaim seized = only("Rebels have seized 40 villages since May 2, the army said.", pub);
        assertThat(iso(seized.eventStart()) + ".." + iso(seized.eventEnd())).isEqualTo("2024-05-02..2024-05-20");
        ExtractedClaim jobs = only("The mill town has lost 3,000 jobs since 2008.", pub);
        assertThat(iso(jobs.eventStart()) + ".." + iso(jobs.eventEnd())).isEqualTo("2008..2024-05-20");
        ExtractedClaim fined = only("The regulator lists more than 40 dairies fined for hygiene breaches since 2016.", pub);
        assertThat(iso(fined.eventStart()) + ".." + iso(fined.eventEnd())).as("a count in the present").isEqualTo("2016..2024-05-20");
        ExtractedClaim compared = only("Exports fell 12% in April, the steepest fall since 2009.", pub);
        assertThat(iso(compared.eventStart()) + ".." + iso(compared.eventEnd())).as("a comparison stays").isEqualTo("2024-04..2024-04");
    }

    @Test
    void aRunningTotalSinceAClauseWithADateRunsToTheDayItIsTold() {
        // dating.since-to-report: the date of a clause "since" opens starts the count, and the report ends it
        LocalDate pub = LocalDate.of(2024, 5, 20);
        ExtractedClaim raids = only("The militia has carried out some 400 raids since launching its insurgency in 2011.", pub);
        assertThat(iso(raids.eventStart()) + ".." + iso(raids.eventEnd())).isEqualTo("2011..2024-05-20");
        ExtractedClaim closed = only("Nine more clinics have shut down since the province cut their funding last November.", pub);
        assertThat(iso(closed.eventStart()) + ".." + iso(closed.eventEnd())).isEqualTo("2023-11..2024-05-20");
        ExtractedClaim most = only("The dam released 900 cubic meters a second, the most since engineers opened it in 1998.", pub);
        assertThat(iso(most.eventEnd())).as("a comparison ends nothing").isNotEqualTo("2024-05-20");
    }

    @Test
    void aFigureAfterASentenceOfAnEarlierEventIsOfThatEvent() {
        // dating.earlier-event: the sentence before dates only an earlier event; one that dates the article's event too, or
        // stands in another paragraph, gives the figure nothing
        LocalDate pub = LocalDate.of(2024, 7, 10);
        String head = "Storm floods coastal towns\n\nA storm flooded the coastal towns on Tuesday, officials said.\n\n";
        assertThat(datesOf(head + "The region was hit by a larger storm in March. That storm destroyed 400 homes.", pub, 400, ""))
                .isEqualTo("2024-03..2024-03");
        assertThat(datesOf(head + "The region was hit by a larger storm in March.\n\nThe storm destroyed 400 homes.", pub, 400, ""))
                .as("another paragraph").isNotEqualTo("2024-03..2024-03");
        assertThat(datesOf(head + "Tuesday's storm was worse than the one in March. The storm destroyed 400 homes.", pub, 400, ""))
                .as("the sentence before dates the article's event too").isNotEqualTo("2024-03..2024-03");
    }

    @Test
    void aCountSoFarIsOfTheDayOfPublication() {
        // dating.so-far: a total reached "so far" that its sentence dates not is the report's day; a date of its own, or what is to come, stays
        LocalDate pub = LocalDate.of(2024, 5, 3);
        String tally = "Counting goes on in the county\n\nElection staff said that to date 12,300 ballot papers had been checked by hand.";
        ExtractedClaim checked = withLow(tally, pub, "12300");
        assertThat(iso(checked.eventStart()) + ".." + iso(checked.eventEnd())).isEqualTo("2024-05-03..2024-05-03");
        ExtractedClaim dated = withLow("Counting goes on in the county\n\nSo far 4,100 votes had been counted by Wednesday, staff said.", pub, "4100");
        assertThat(iso(dated.eventEnd())).as("a day of its own").isEqualTo("2024-05-01");
        ExtractedClaim toCome = withLow("Counting goes on in the county\n\nSo far officials will have counted 9,000 votes.", pub, "9000");
        assertThat(toCome.eventStart()).as("what is to come").isNull();
    }

    // ------------------------------------------------------------------ the article's event

    @Test
    void anOnsetInAQuotationDatesNotTheArticlesEvent() {
        // frame.quoted-onset: the quoted speaker recalls an earlier flood; the reporter's Tuesday dates this one
        String flood = "Flash floods hit mountain towns\n\n"
                + "Flash floods hit mountain towns in the north of the province early Tuesday, forcing dozens from their homes.\n\n"
                + "“Some of these streets were hit by floods three weeks ago as well,” the mayor said.\n\n"
                + "More than 6 inches of rain fell in the valley in four hours.";
        ExtractedClaim c = withLow(flood, LocalDate.of(2024, 7, 30), "6");
        assertThat(iso(c.eventStart())).isEqualTo("2024-07-30");
    }

    @Test
    void aCountAsOfALaterDayRunsFromTheEventsDay() {
        String fire = "Wildfire forces thousands to flee\n\n"
                + "A wildfire broke out on Tuesday near the town of Sparrow Creek, officials said.\n\n"
                + "The fire had scorched at least 12,000 hectares by Friday morning, the province said.";
        ExtractedClaim c = EXTRACTOR.extract(fire, LocalDate.of(2024, 7, 6)).claims().stream()
                .filter(x -> x.low().intValue() == 12000).findFirst().orElseThrow();
        assertThat(iso(c.eventStart())).isEqualTo("2024-07-02");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-07-05");
        String quake = "Quake toll climbs\n\n"
                + "A strong earthquake struck the coast on Saturday, toppling houses.\n\n"
                + "About 300 people were staying in shelters as of Sunday afternoon, the agency said.";
        ExtractedClaim d = EXTRACTOR.extract(quake, LocalDate.of(2024, 7, 8)).claims().stream()
                .filter(x -> x.low().intValue() == 300).findFirst().orElseThrow();
        assertThat(iso(d.eventStart())).isEqualTo("2024-07-06");
        assertThat(iso(d.eventEnd())).isEqualTo("2024-07-06");
    }

    @Test
    void anEventOfTwoDaysDatesTheFiguresThatGiveNone() {
        String text = "Voters go to the polls\n\n"
                + "Voters cast ballots in elections held on Sunday and Monday across the country.\n\n"
                + "With 99 pct of votes counted, the Greens had won four seats.";
        ExtractedClaim c = EXTRACTOR.extract(text, LocalDate.of(1987, 3, 16)).claims().stream()
                .filter(x -> x.low().intValue() == 99).findFirst().orElseThrow();
        assertThat(iso(c.eventStart())).isEqualTo("1987-03-15");
        assertThat(iso(c.eventEnd())).isEqualTo("1987-03-16");
    }

    /** The dates, "start..end", of the claim of an article whose lower bound is {@code low} and whose quote starts so. */
    static String datesOf(String text, LocalDate pub, int low, String quoteStart) {
        ExtractedClaim c = EXTRACTOR.extract(text, pub).claims().stream()
                .filter(x -> x.low() != null && x.low().intValue() == low && x.quote().startsWith(quoteStart)).findFirst().orElseThrow();
        return iso(c.eventStart()) + ".." + iso(c.eventEnd());
    }

    @Test
    void aPossessiveDayBeforeTheEventsNameDatesTheArticlesFigures() {
        String text = "Coastal towns count the cost\n\n"
                + "The earthquake flattened fishing villages along the coast, and about 4,000 people are homeless.\n\n"
                + "Ports were closed for repairs. Exports of fish will be hit by Sunday's quake, traders said.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 9), 4000, "")).isEqualTo("2024-07-07..2024-07-07");
    }

    @Test
    void theOnsetsDateIsTheOneNearestItsVerbNotAnEarlierEventsItAnswers() {
        String text = "Air raid on port kills 12\n\n"
                + "Warplanes struck the port on Saturday, in what officials said was a response to a rocket attack on the capital on Friday.\n\n"
                + "At least 12 people were killed, medics said.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 22), 12, "At least")).isEqualTo("2024-07-20..2024-07-20");
    }

    @Test
    void anArticleOfNoKindOfEventIsOfTheDayOrPeriodItsLeadGives() {
        String jet = "Jet skids off runway\n\n"
                + "A passenger jet skidded off a runway at the city's airport today, officials said.\n\n"
                + "The plane was carrying 140 passengers.";
        assertThat(datesOf(jet, LocalDate.of(2024, 7, 9), 140, "")).isEqualTo("2024-07-09..2024-07-09");
        String sales = "Shoppers return\n\n"
                + "Retail sales rose in March as shoppers returned to the high street, official figures showed.\n\n"
                + "Clothing sales grew 3%, the statistics office said.";
        assertThat(datesOf(sales, LocalDate.of(2024, 4, 19), 3, "")).isEqualTo("2024-03..2024-03");
    }

    @Test
    void aDateBeyondWhileDatesNoFigureBeforeIt() {
        List<ExtractedClaim> cs = all("Five soldiers were killed while three more were expected to be released "
                + "from a hospital as early as Friday.", LocalDate.of(2016, 6, 3));
        assertThat(iso(cs.get(0).eventStart())).isNull();
    }

    @Test
    void theFirstMonthsOfTheYearAreARange() {
        ExtractedClaim c = only("Prices rose by more than 33 pct in the first two months of this year.", LocalDate.of(1987, 3, 14));
        assertThat(iso(c.eventStart())).isEqualTo("1987-01");
        assertThat(iso(c.eventEnd())).isEqualTo("1987-02");
    }

    @Test
    void yesterdaysEventIsAPointEvenAfterFrom() {
        ExtractedClaim c = only("The death toll from yesterday's bombing had risen to at least 70.", LocalDate.of(1987, 3, 24));
        assertThat(iso(c.eventStart())).isEqualTo("1987-03-23");
        assertThat(iso(c.eventEnd())).isEqualTo("1987-03-23");
    }

    @Test
    void aYearBeforeANounOfAnEventDatesIt() {
        ExtractedClaim c = withLow("The four prefectures suffered 6.2 percent of the damage from the 2011 natural disaster.",
                LocalDate.of(2016, 4, 16), "6.2");
        assertThat(iso(c.eventStart())).isEqualTo("2011");
    }

    @Test
    void aYearBeforeANounOfAnEventAfterAnArticleAndAnAdjectiveOrAfterADaysPrepositionDatesIt() {
        ExtractedClaim swap = withLow("She was one of 14 journalists freed in a 2019 prisoner swap, the ministry said on Monday.",
                TUESDAY, "14");
        assertThat(iso(swap.eventStart())).isEqualTo("2019");
        ExtractedClaim floods = withLow("Officials promised new dams after 2018 floods in the valley killed more than 120 people.",
                TUESDAY, "120");
        assertThat(iso(floods.eventStart())).isEqualTo("2018");
        ExtractedClaim deadly = withLow("Aid fell by a third after the deadly 2017 storm destroyed 900 homes.", TUESDAY, "900");
        assertThat(iso(deadly.eventStart())).isEqualTo("2017");
        assertThat(iso(deadly.eventEnd())).isEqualTo("2017");
    }

    @Test
    void aStartOfAnotherActBeforeAnAsOfMomentDatesNotTheFiguresState() {
        ExtractedClaim grown = withLow("The blaze has spread across the ridge since Saturday and was 15% contained as of Monday "
                + "evening.", TUESDAY, "15");
        assertThat(iso(grown.eventStart())).isEqualTo("2025-04-14");
        assertThat(iso(grown.eventEnd())).isEqualTo("2025-04-14");
        ExtractedClaim counted = withLow("Since March 1, 57 cases had been confirmed as of Monday.", TUESDAY, "57");
        assertThat(iso(counted.eventStart())).as("a count run up from its start keeps it").isEqualTo("2025-03-01");
    }

    @Test
    void aDayTheSentenceSpeaksOfAsToComeIsThisYears() {
        ExtractedClaim c = withLow("About 5,000 bank workers voted to strike on March 24 unless their demand is met.",
                LocalDate.of(1987, 3, 14), "5000");
        assertThat(iso(c.eventStart())).isEqualTo("1987-03-24");
    }

    @Test
    void aDateOfAnotherVerbOrOfTheMainClauseDatesNoFigureOfAnother() {
        LocalDate sunday = LocalDate.of(2016, 6, 26);
        ExtractedClaim c = withLow("The governor has declared an emergency in 44 of 55 counties and deployed 200 guardsmen on Friday.",
                sunday, "44");
        assertThat(c.eventStart()).isNull();
        ExtractedClaim d = only("A relief team is expected to arrive on Saturday in the valley where more than 32,000 homes "
                + "were still without power.", sunday);
        assertThat(d.eventStart()).isNull();
    }

    @Test
    void aYearInAParticiplesPhraseMidSentenceDatesNoFigureAfterIt() {
        ExtractedClaim c = withLow("The Eurocommunists kept their seats, while the Stalinists, expelled from the party in 1986, "
                + "lost six of their 10 seats.", LocalDate.of(1987, 3, 16), "6");
        assertThat(c.eventStart()).isNull();
        ExtractedClaim d = withLow("The Express said its poll, conducted on Friday, found the Conservatives ahead with 35.6 pct.",
                LocalDate.of(1987, 3, 1), "35.6");
        assertThat(iso(d.eventStart())).isEqualTo("1987-02-27");      // a day in such a phrase still dates the poll's figures
    }

    @Test
    void aForecastOrAPlanKeepsItsDayInAnArticleAboutAFire() {
        String text = "Wildfire forces thousands to flee\n\n"
                + "A wildfire broke out on Tuesday near the town of Sparrow Creek, officials said.\n\n"
                + "With temperatures on Saturday expected to rise as high as 31 Celsius, crews braced for a long day.";
        ExtractedClaim c = EXTRACTOR.extract(text, LocalDate.of(2024, 7, 6)).claims().stream()
                .filter(x -> x.numberText().contains("31")).findFirst().orElseThrow();
        assertThat(iso(c.eventStart())).isEqualTo("2024-07-06");
        assertThat(iso(c.eventEnd())).isEqualTo("2024-07-06");
    }

    @Test
    void aWeekdayInLowerCaseIsADate() {
        ExtractedClaim c = only("more than 2,000 people were left homeless by tuesday's storm, officials said.", LocalDate.of(1987, 3, 12));
        assertThat(iso(c.eventStart())).isEqualTo("1987-03-10");
        assertThat(iso(c.eventEnd())).isEqualTo("1987-03-10");
    }

    @Test
    void theEventNamedRightBeforeADayDatesTheArticlesFigures() {
        String text = "Pipeline cut by tremor\n\n"
                + "Oil exports were halted after a tremor broke a pipeline in the hills, an official said.\n\n"
                + "Repairing the 30 km of damaged pipe will take months. The quake last Tuesday night was felt in the capital.";
        assertThat(datesOf(text, LocalDate.of(1987, 3, 16), 30, "")).isEqualTo("1987-03-10..1987-03-10");
    }

    @Test
    void anArticleOfNoKindOfEventIsOfTheDayItsThirdLeadSentenceGives() {
        String text = "Pilot calls for help after cabin panel comes loose\n\n"
                + "Recordings captured the moment a pilot asked controllers for help after a cabin panel came loose.\n\n"
                + "The plane was carrying 140 passengers. It had left the city just after noon on Sunday when the panel came loose.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 9), 140, "")).isEqualTo("2024-07-07..2024-07-07");
    }

    @Test
    void twoYearsOrTwoMonthsJoinedByAndAreAPeriod() {
        ExtractedClaim c = withLow("Two ferry disasters in 2019 and 2021 killed 412 people.", LocalDate.of(2024, 7, 9), "412");
        assertThat(iso(c.eventStart()) + ".." + iso(c.eventEnd())).isEqualTo("2019..2021");
        ExtractedClaim d = only("Exports fell 4% after storms in June and July.", LocalDate.of(2024, 9, 9));
        assertThat(iso(d.eventStart()) + ".." + iso(d.eventEnd())).isEqualTo("2024-06..2024-07");
    }

    @Test
    void aDayEarmarkedForAStrikeLiesAhead() {
        ExtractedClaim c = withLow("Unions have earmarked 14 April for a walkout by 90,000 nurses.", LocalDate.of(2025, 2, 20), "90000");
        assertThat(iso(c.eventStart())).isEqualTo("2025-04-14");
    }
    // ------------------------------------------------------------------ reference periods of statistics

    static String span(ExtractedClaim c) {
        return iso(c.eventStart()) + ".." + iso(c.eventEnd());
    }

    @Test
    void aPartOfAYearWithNoYearIsTheLatestBegun() {
        LocalDate november = LocalDate.of(2010, 11, 20);
        assertThat(span(only("Retail sales rose 0.4% in the third quarter, the agency said.", november))).isEqualTo("2010-07-01..2010-09-30");
        assertThat(span(only("The first quarter saw output climb 2.1%.", november))).isEqualTo("2010-01-01..2010-03-31");
        assertThat(span(withLow("Exports grew by 3.5% in the second half of the year.", LocalDate.of(2011, 1, 10), "3.5")))
                .isEqualTo("2010-07-01..2010-12-31");
        assertThat(span(only("Orders fell 1.2% over the last quarter, the company said.", LocalDate.of(2011, 2, 3))))
                .isEqualTo("2010-10-01..2010-12-31");
        assertThat(span(only("Sales reached 12,400 units in Q2.", november))).isEqualTo("2010-04-01..2010-06-30");
    }

    @Test
    void aPartOfANamedYearAndItsLastMonths() {
        LocalDate march = LocalDate.of(2011, 3, 2);
        assertThat(span(only("The charity received £3m in gifts in the final quarter of 2010.", march))).isEqualTo("2010-10-01..2010-12-31");
        assertThat(span(only("Output shrank 0.3% in the last three months of 2010.", march))).isEqualTo("2010-10-01..2010-12-31");
        assertThat(span(only("Output shrank 0.3% in the first quarter of last year.", march))).isEqualTo("2010-01-01..2010-03-31");
        assertThat(span(only("Imports grew 4.4% over the whole of 2010.", march))).isEqualTo("2010..2010");
    }

    @Test
    void aSpanToAMonthAndTheYearToAMonth() {
        LocalDate december = LocalDate.of(2010, 12, 9);
        assertThat(span(only("Output grew 0.2% in the three months to October.", december))).isEqualTo("2010-08-01..2010-10-31");
        assertThat(span(only("Rents were up 6.1% in the year to November.", december))).isEqualTo("2010-11-01..2010-11-30");
        ExtractedClaim c = withLow("Prices rose 2.4% for the 12 months ended in October, from 2.2% the month before.", december, "2.2");
        assertThat(span(c)).as("a span a month back").isEqualTo("2009-10..2010-09");
        assertThat(span(withLow("Prices rose 2.4% for the 12 months ended in October, from 2.2% the month before.", december, "2.4")))
                .isEqualTo("2009-11-01..2010-10-31");
    }

    @Test
    void thePreviousMonthIsTheOneBeforeTheMonthTheSentenceNames() {
        ExtractedClaim c = withLow("Factory prices rose in March to 3.2% from 3% the previous month.", LocalDate.of(2011, 5, 4), "3");
        assertThat(span(c)).isEqualTo("2011-02..2011-02");
        ExtractedClaim d = only("Prices fell 0.4% the previous month.", LocalDate.of(2011, 5, 4));
        assertThat(span(d)).as("no month named before it: from publication").isEqualTo("2011-04..2011-04");
        ExtractedClaim e = withLow("In August, shops hired 48,000 workers, down from 52,000 the month before.", LocalDate.of(2011, 9, 6), "52000");
        assertThat(span(e)).isEqualTo("2011-07..2011-07");
        ExtractedClaim f = only("Of the patients, 12 had eaten at the fair in the month before they fell ill.", LocalDate.of(2011, 9, 6));
        assertThat(f.eventStart()).as("the month before a clause is no date").isNull();
    }

    @Test
    void anArticleOfAStatisticsPeriodDatesItsUndatedFigures() {
        String text = "Charities see gifts rise\n\n"
                + "Britain's largest charities received more than £40m in gifts in the final quarter of 2010, new figures show.\n\n"
                + "The biggest single gift was a bequest of £2m to a hospice.";
        assertThat(datesOf(text, LocalDate.of(2011, 2, 24), 2000000, "")).isEqualTo("2010-10..2010-12");
    }

    @Test
    void aLengthEndedOnADayRunsBackFromIt() {
        LocalDate wednesday = LocalDate.of(2012, 4, 4);
        assertThat(span(only("About 3,500 employees led by the CFMEU completed a seven-day strike on Tuesday after talks broke down.",
                wednesday))).as("date.ended-length: the seven days ending Tuesday").isEqualTo("2012-03-28..2012-04-03");
        assertThat(span(only("Some 46,000 workers ended a two-day strike on September 26, the union said.", LocalDate.of(2007, 9, 28))))
                .isEqualTo("2007-09-25..2007-09-26");
        assertThat(span(only("More than 2,000 miners completed a second five-day strike on Friday.", LocalDate.of(2012, 4, 9))))
                .as("an ordinal between").isEqualTo("2012-04-02..2012-04-06");
        assertThat(span(only("Talks will resume to end a six-day strike by 7,000 miners on Monday.", LocalDate.of(1987, 3, 23))))
                .as("a plan to end it, no end told").isNotEqualTo("1987-03-18..1987-03-23");
    }

    @Test
    void aWeekdayAfterNextIsOfTheWeekAfterPublications() {
        assertThat(span(only("The 9,000 workers at the plant will walk off the job at noon next Thursday if no agreement is reached.",
                LocalDate.of(1987, 3, 19)))).as("date.weekday-next: a Thursday's paper, seven days on").isEqualTo("1987-03-26..1987-03-26");
        assertThat(span(only("Some 2,100 workers will vote on the contract next Monday, union leaders said.", LocalDate.of(2024, 7, 24))))
                .as("a Wednesday's paper, five days on").isEqualTo("2024-07-29..2024-07-29");
        assertThat(span(only("About 800 workers plan to strike this coming Sunday.", LocalDate.of(2024, 7, 26))))
                .as("this coming: the first after publication").isEqualTo("2024-07-28..2024-07-28");
        assertThat(span(only("About 800 workers struck on Friday.", LocalDate.of(2024, 7, 26))))
                .as("a bare weekday stays the last").isEqualTo("2024-07-26..2024-07-26");
    }

    @Test
    void theDayAfterPublicationToldAsToComeIsThatDay() {
        LocalDate saturday = LocalDate.of(2011, 10, 29);
        assertThat(span(only("Australian rival Virgin Blue said it was adding an extra 3,000 seats on its domestic network on Sunday"
                + " to assist Qantas passengers.", saturday))).as("date.weekday-to-come: a progressive").isEqualTo("2011-10-30..2011-10-30");
        assertThat(span(withLow("Airlines cut another 1,300 flights on Monday and planned only about a dozen for Tuesday.",
                LocalDate.of(2011, 8, 29), "12"))).as("a word of plans").isEqualTo("2011-08-30..2011-08-30");
        assertThat(span(only("Police said 3,000 people marched through the city on Sunday.", saturday)))
                .as("the simple past: the last Sunday").isEqualTo("2011-10-23..2011-10-23");
    }

    @Test
    void aPlanToldInAPastProgressiveTwoDaysOnIsThatDay() {
        // date.weekday-to-come (NextWeekdays.soon): fresh-au's Lufthansa lead in a Saturday's paper
        LocalDate saturday = LocalDate.of(2013, 4, 20);
        assertThat(span(only("Germany's largest airline Lufthansa said it was cancelling almost 1700 flights on Monday, mostly on"
                + " domestic routes.", saturday))).as("two days on").isEqualTo("2013-04-22..2013-04-22");
        assertThat(span(only("Police said 3,000 people marched through the city on Monday.", saturday)))
                .as("the simple past: the last Monday").isEqualTo("2013-04-15..2013-04-15");
        assertThat(span(only("Lufthansa said it was cancelling almost 1700 flights on Wednesday.", saturday)))
                .as("four days on is no plan's day: the last Wednesday").isEqualTo("2013-04-17..2013-04-17");
    }

    @Test
    void aFigureNothingDatesTakesTheOneDayTheLeadNames() {
        // dating.lead-day (NewsDays): fresh-aw's Escape recall; the lead's day is a statement's, the act told is the news
        LocalDate thursday = LocalDate.of(2012, 7, 19);
        String story = "Ford tells Escape owners to stop driving\n\nFord Motor Co told owners of the Escape on Thursday to stop driving"
                + " the SUV immediately. Ford recalled about 11,500 new Escape SUVs, the company said. Most of the rest are on dealer lots.";
        assertThat(span(withLow(story, thursday, "11500"))).isEqualTo("2012-07-19..2012-07-19");
        String own = "Ford tells Escape owners to stop driving\n\nFord Motor Co said on Thursday that about 11,500 new Escape SUVs had"
                + " been recalled. Most of the rest are on dealer lots.";
        assertThat(withLow(own, thursday, "11500").eventStart()).as("in the lead's own sentence a statement's day dates the statement").isNull();
    }

    @Test
    void aQuarterNamedFromPublicationIsItsCalendarMonths() {
        // date.relative-quarter (RelativeQuarters): fresh-aw's Foxconn blast, told on 23 May 2011
        LocalDate monday = LocalDate.of(2011, 5, 23);
        assertThat(span(withLow("Apple sold 4.69 million iPads last quarter, analysts said.", monday, "4690000")))
                .isEqualTo("2011-01..2011-03");
        assertThat(span(withLow("Analysts said more than 6 million could ship this quarter.", monday, "6000000")))
                .isEqualTo("2011-04..2011-06");
        assertThat(span(withLow("Goldman expects a $5 billion hit to profits this quarter.", LocalDate.of(2018, 1, 2), "5000000000")))
                .as("a new year's first quarter").isEqualTo("2018-01..2018-03");
        ExtractedClaim part = withLow("Rebels moved 40,000 people out of this quarter of the city.", monday, "40000");
        assertThat(iso(part.eventStart())).as("a quarter of a place, no quarter of a year").isNotEqualTo("2011-04");
    }

    @Test
    void aFigureTheFrameWouldDateTakesTheLaterDayTheLeadTellsOfAnEventThatGoesOn() {
        // dating.lead-news-day (NewsDays.after): fresh-as's Lockheed strike; the lead tells Saturday's news of a strike begun weeks before
        LocalDate saturday = LocalDate.of(2012, 5, 19);
        String strike = "Lockheed reaches deals with two smaller unions\n\nLockheed Martin Corp said on Saturday it had negotiated new contracts"
                + " with two smaller unions, as a strike by the machinists union stretched into a fifth week. The strike began on April 23."
                + " The company said the contracts each included a $3,000 ratification bonus.";
        assertThat(span(withLow(strike, saturday, "3000"))).isEqualTo("2012-05-19..2012-05-19");
        assertThat(iso(withLow(strike + " The union represents 3,300 workers at the plant.", saturday, "3300").eventStart()))
                .as("a state told in the present stands at the report: the strike's span").isNotEqualTo("2012-05-19");
        // fresh-at's Toronto G20 protests: the arrests told on the lead's Sunday, not the riots' Saturday
        LocalDate sunday27 = LocalDate.of(2010, 6, 27);
        String protest = "Police fire tear gas again in Toronto\n\nPolice in Toronto fired tear gas on protesters for a second straight day"
                + " on Sunday. The protests began on Saturday. About 70 people also were detained after police raided a campus.";
        assertThat(span(withLow(protest, sunday27, "70"))).isEqualTo("2010-06-27..2010-06-27");
        // a storm's lead tells how far it has spread: no news day (keys/news-day-kinds.txt)
        String storm = "Gulf output shut by Bonnie\n\nAlmost 50 percent of daily crude production in the Gulf of Mexico was shut as of Sunday"
                + " due to Tropical Storm Bonnie, the government said. Bonnie crossed production areas off the Gulf coast on Saturday."
                + " Workers had been evacuated from 84 production platforms, the bureau said.";
        assertThat(span(withLow(storm, LocalDate.of(2010, 7, 26), "84"))).isNotEqualTo("2010-07-25..2010-07-25");
        // fresh-au's Norway strike: a change in the perfect runs up from the strike's start and keeps its span
        LocalDate sunday = LocalDate.of(2012, 7, 1);
        String cut = "Norway oil strike enters second week\n\nA strike by offshore workers that began on June 24 entered its second week on"
                + " Sunday, unions said. Statoil said the strike had cut production of oil by 230,000 barrels per day.";
        assertThat(iso(withLow(cut, sunday, "230000").eventStart())).as("a change run up since the strike began").isNotEqualTo("2012-07-01");
    }

    @Test
    void aFactboxFigureTakesTheDayAfterItsAside() {
        // dating.day-after-aside (AsideDays): fresh-at's Bonnie factbox; each figure's day follows its bracketed share
        String box = "ESTIMATED CAPACITY OFFLINE Oil output: 746,338 bpd (46.65%) Sunday vs 826,325 bpd (51.65%) Saturday"
                + " Gas output: 1,410 Mmcfd (22.03%) Sunday vs 1,506 Mmcfd (23.53%) Saturday.";
        LocalDate monday = LocalDate.of(2010, 7, 26);
        assertThat(span(withLow(box, monday, "746338"))).isEqualTo("2010-07-25..2010-07-25");
        assertThat(span(withLow(box, monday, "826325"))).as("not the Sunday told before it").isEqualTo("2010-07-24..2010-07-24");
        assertThat(span(withLow(box, monday, "51.65"))).isEqualTo("2010-07-24..2010-07-24");
        assertThat(span(withLow(box, monday, "22.03"))).isEqualTo("2010-07-25..2010-07-25");
        assertThat(span(withLow("Police said 40 people (including two children) were hurt on Sunday.", monday, "40")))
                .as("an aside before a verb: the clause's own day").isEqualTo("2010-07-25..2010-07-25");
    }

    @Test
    void aLeadThatNamesTheDayAfterPublicationIsOfThatDay() {
        LocalDate sunday = LocalDate.of(2010, 2, 21);
        assertThat(span(withLow("FRANKFURT (Reuters) - About 4,000 pilots at Lufthansa went on strike on Monday after talks failed, the airline said."
                + " The strike is due to run for four days.", sunday, "4000"))).as("date.weekday-lead-ahead: a Sunday's paper, a Monday's lead")
                .isEqualTo("2010-02-22..2010-02-22");
        assertThat(span(only("About 4,000 pilots at Lufthansa went on strike on Monday after talks failed, the airline said.", sunday)))
                .as("a sentence alone is no lead: the last Monday").isEqualTo("2010-02-15..2010-02-15");
        assertThat(span(withLow("Pilots at Lufthansa walked out on Monday, the airline said.\n\nSome 3,000 passengers were stranded on Monday.",
                sunday, "3000"))).as("and the rest of the article with it").isEqualTo("2010-02-22..2010-02-22");
        assertThat(span(withLow("Pilots at Lufthansa walked out on Sunday, the airline said.\n\nSome 3,000 passengers were stranded on Monday.",
                sunday, "3000"))).as("a lead of the day of publication: a bare weekday stays the last").isEqualTo("2010-02-15..2010-02-15");
    }

    @Test
    void aWeekdayToldAsToComeIsTheNextOne() {
        LocalDate thursday = LocalDate.of(2012, 5, 24);
        assertThat(span(only("Another 50 to 60 temporary workers will be added on Tuesday, and the company will bring in more as needed.",
                thursday))).as("date.weekday-forecast: \"will\", five days on").isEqualTo("2012-05-29..2012-05-29");
        assertThat(span(only("The unions and Disneyland have two more meetings scheduled on Monday and Tuesday.", LocalDate.of(2024, 7, 19))))
                .as("a word of a plan, beyond the next day").isEqualTo("2024-07-22..2024-07-23");
        assertThat(span(only("Officials will review the strike that began on Tuesday with 4,000 workers.", thursday)))
                .as("a clause of its own in between: the last one").isEqualTo("2012-05-22..2012-05-22");
        assertThat(span(only("Oil companies shut rigs in the Gulf of Mexico on Friday.\n\nThe storm, packing winds of 100 mph, will likely hit near Houston early Saturday.", LocalDate.of(2008, 9, 12))))
                .as("a hedged forecast: left as it is").isEqualTo("2008-09-06..2008-09-06");
        assertThat(span(only("Fishing will also be affected by Sunday's 9.0 magnitude earthquake.", LocalDate.of(2004, 12, 28))))
                .as("a possessive names a day gone by").isEqualTo("2004-12-26..2004-12-26");
        String plans = "House Democrats forged ahead with President Joe Biden's economic plans Tuesday after a 220-212 vote.";
        assertThat(NextWeekdays.forecast(plans, plans.indexOf("Tuesday"))).as("\"plans\", a noun: no plan of that day").isFalse();
        String meetings = "The unions have two more meetings scheduled on Monday.";
        assertThat(NextWeekdays.forecast(meetings, meetings.indexOf("Monday"))).as("a plan word").isTrue();
    }
}
