package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** frame.stated-length: the length the headline or lead gives a strike ends its window. */
class EventLengthsTest {

    private static String window(String text, LocalDate pub) {
        EventFrame f = EXTRACTOR.extract(text, pub).frame();
        return f.date() + ".." + f.dateEnd();
    }

    private static String dates(String text, LocalDate pub, String quoteHas) {
        ExtractedClaim c = EXTRACTOR.extract(text, pub).claims().stream().filter(x -> x.quote().contains(quoteHas)).findFirst().orElseThrow();
        return c.eventStart() + ".." + c.eventEnd();
    }

    @Test
    void aLengthWithTheStartInTheSameSentenceEndsTheStrike() {
        // fresh-as as04: "began a second five-day strike on Sunday"
        String text = "LONDON (Reuters) - Members of a British Airways cabin crew union began a second five-day strike on Sunday "
                + "after talks held last week ended without agreement.\n\n"
                + "Thousands of passengers face more disruption at the start of a week of school holidays in Britain.";
        assertThat(window(text, LocalDate.of(2010, 5, 30))).isEqualTo("2010-05-30..2010-06-03");
    }

    @Test
    void aLengthInTheLeadAndTheStartInTheNextSentence() {
        // fresh-as as01: "A three-day strike ... will go ahead", then "The strike begins on Saturday"
        String text = "LONDON (Reuters) - A three-day strike by many of British Airways' cabin crews will go ahead after union talks "
                + "with management collapsed.\n\nThe strike begins on Saturday and is likely to disrupt travel plans for thousands.\n\n"
                + "BA said it would fly at least 60 percent of customers booked.";
        assertThat(window(text, LocalDate.of(2010, 3, 20))).isEqualTo("2010-03-20..2010-03-22");
        assertThat(dates(text, LocalDate.of(2010, 3, 20), "60 percent")).isEqualTo("2010-03-20..2010-03-22");
    }

    @Test
    void weeksAndHoursUpToADay() {
        String weeks = "Workers began a two-week strike at the mine on Monday, the union said.\n\n"
                + "About 2,000 workers have joined the strike.";
        assertThat(window(weeks, LocalDate.of(2025, 3, 5))).isEqualTo("2025-03-03..2025-03-16");
        String hours = "Cabin crew staged a 24-hour strike on Tuesday, the union said.\n\n"
                + "The airline cancelled about 300 flights.";
        assertThat(window(hours, LocalDate.of(2025, 3, 6))).isEqualTo("2025-03-04..2025-03-04");
        // fresh-aq aq20: "during Friday's eight-hour strike"
        String friday = "Lufthansa canceled most of the 360 scheduled flights at its Frankfurt hub during Friday's eight-hour strike.";
        assertThat(window(friday, LocalDate.of(2012, 9, 1))).isEqualTo("2012-08-31..2012-08-31");
    }

    @Test
    void aLengthInAClauseOfItsOwn() {
        // fresh-aq aq14: "began at midnight" (6 p.m. EST on Sunday). The strike is due to run for four days.
        String text = "FRANKFURT (Reuters) - Pilots at German flag carrier Lufthansa went on strike on Monday after last-ditch "
                + "attempts to reach a compromise failed, the airline said.\n\nLufthansa said in a statement: \"We hereby confirm "
                + "that the strike began at midnight\" (6 p.m. EST on Sunday). The strike is due to run for four days.\n\n"
                + "Lufthansa has said the strike will cost it about 100 million euros.";
        assertThat(window(text, LocalDate.of(2010, 2, 22))).isEqualTo("2010-02-22..2010-02-25");
        // the same strike in a paper of the day before, whose clocks put Frankfurt a day ahead (date.weekday-zone-ahead)
        assertThat(window(text, LocalDate.of(2010, 2, 21))).isEqualTo("2010-02-22..2010-02-25");
    }

    @Test
    void aClockADayAheadOfThePapersZone() {
        // fresh-as as04: "began a second five-day strike on Sunday ... started officially at midnight (7 p.m. EDT)", in a
        // Saturday's paper: the Sunday after it
        String text = "LONDON (Reuters) - Members of a British Airways cabin crew union began a second five-day strike on Sunday "
                + "after talks ended without agreement. The new wave of industrial action started officially at midnight (7 p.m. EDT).";
        assertThat(window(text, LocalDate.of(2010, 5, 29))).isEqualTo("2010-05-30..2010-06-03");
        assertThat(ZoneClocks.dayAhead("started officially at midnight (7 p.m. EDT)")).isTrue();
        assertThat(ZoneClocks.dayAhead("struck at about 4 a.m. on Saturday (3.00 p.m. ET on Friday)")).isTrue();
        // Seattle is behind ET, Sichuan ahead but on the same day: no day ahead
        assertThat(ZoneClocks.dayAhead("landed at approximately 3:51pm local time (6:51pm ET)")).isFalse();
        // 24-hour clocks, "local time" after the place's
        assertThat(ZoneClocks.dayAhead("struck at 0300 local time on Monday (1900 GMT on Sunday)")).isTrue();
        assertThat(ZoneClocks.dayAhead("landed gently at 08:03 local time (0603 GMT) at Mut")).isFalse();
        assertThat(ZoneClocks.dayAhead("broke out at around 6 p.m. local time (6 a.m. ET)")).isFalse();
    }

    @Test
    void aScheduledStartInThePresentIsTheNextOne() {
        // fresh-as as01, a Friday's paper: "The strike begins on Saturday" is the next day, not six days back
        // (date.weekday-scheduled)
        String text = "LONDON (Reuters) - A three-day strike by many of British Airways' cabin crews will go ahead after union talks "
                + "with management collapsed.\n\nThe strike begins on Saturday and is likely to disrupt travel plans for thousands.";
        assertThat(window(text, LocalDate.of(2010, 3, 19))).isEqualTo("2010-03-20..2010-03-22");
        assertThat(ScheduledDays.after("the four-day visit of West German President Richard Von Weizsaecker, which starts on Friday",
                85)).isTrue();
        assertThat(ScheduledDays.after("Members began a strike on Sunday", 26)).isFalse();
    }

    @Test
    void otherStrikesAndOtherDaysLeaveTheWindowOpen() {
        // "Two more five-day strikes are planned": other strikes; "last summer's 54-day strike": another date
        String more = "Cabin crew began a strike on Monday, the union said.\n\nTwo more five-day strikes are planned.";
        assertThat(window(more, LocalDate.of(2025, 3, 5))).isEqualTo("2025-03-03..null");
        String other = "Workers began a strike at the plant on Monday, months after last summer's 54-day strike at two plants.";
        assertThat(window(other, LocalDate.of(2025, 3, 5))).isEqualTo("2025-03-03..null");
        // fresh-ap ap10: a running strike's age told after a hedge is another strike's
        String age = "A local unit of the union went on strike on Thursday at a General Motors plant.\n\n"
                + "GM has been forced to idle about 30 plants because of the UAW's more than seven-week strike at American Axle.";
        assertThat(window(age, LocalDate.of(2008, 4, 17))).isEqualTo("2008-04-17..null");
        // more hours than a day: where it crosses midnight is in the time of day ("late Tuesday"), not read
        String longer = "About 3,500 workers started a 48-hour strike late Tuesday, the union said.";
        assertThat(window(longer, LocalDate.of(2012, 3, 28))).isEqualTo("2012-03-27..null");
    }

    @Test
    void aFigureToldInThePastAtTheReportIsOfTheDaysSoFar() {
        // fresh-as as03, published on the strike's first day: what BA did is of that day, what it plans of the strike's days
        String text = "LONDON (Reuters) - British Airways flew to the majority of its destinations worldwide on Monday despite the "
                + "start of a five-day strike by cabin crew, it said.\n\n"
                + "The airline reiterated plans to operate more than 60 percent of long-haul flights from Heathrow.\n\n"
                + "BA said it had leased eight aircraft with pilots and cabin crews from other airlines.";
        LocalDate pub = LocalDate.of(2010, 5, 24);
        assertThat(window(text, pub)).isEqualTo("2010-05-24..2010-05-28");
        assertThat(dates(text, pub, "60 percent")).isEqualTo("2010-05-24..2010-05-28");
        assertThat(dates(text, pub, "eight aircraft")).isEqualTo("2010-05-24..2010-05-24");
    }
}
