package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The time stage on dates an article gives once for several figures (the one day a story names, a survey's date carried
 * to its results), on seasons and on dates of a relative clause, through the whole engine.
 */
class TimeStoryRulesTest {

    private static final String FANS = "Fans defy the new rules\n\n"
            + "Thousands of fans have gathered outside the ground despite the new rules. The club had asked supporters to stay "
            + "away. Police arrested six men near the gates.\n\n"
            + "It is believed more than 300 coaches arrived on Monday, the organisers said. Another 40 will come next week, "
            + "with 200 more planned.\n\n"
            + "About 500 stewards work at the ground.";

    @Test
    void theOneDayAStoryNamesDatesItsFiguresOfThePast() {
        // dating.story-day: Monday is the only day the text names; the lead's perfect and the simple past take it
        LocalDate pub = LocalDate.of(2024, 3, 11);
        assertThat(datesOf(FANS, pub, 2000, "")).isEqualTo("2024-03-11..2024-03-11");
        assertThat(datesOf(FANS, pub, 6, "")).isEqualTo("2024-03-11..2024-03-11");
        assertThat(datesOf(FANS, pub, 300, "")).isEqualTo("2024-03-11..2024-03-11");
        // what is to come and a state of the present keep no date
        assertThat(datesOf(FANS, pub, 40, "")).isEqualTo("null..null");
        assertThat(datesOf(FANS, pub, 500, "")).isEqualTo("null..null");
    }

    @Test
    void aStoryOfTwoDaysOrOfADayLongPastHasNoStoryDay() {
        String twoDays = FANS.replace("About 500 stewards work at the ground.", "About 500 stewards worked at the ground on Sunday.");
        // no story day: the lead's perfect ("have gathered") only ends on the day it is told (dating.running-total)
        assertThat(datesOf(twoDays, LocalDate.of(2024, 3, 11), 2000, "")).isEqualTo("null..2024-03-11");
        assertThat(datesOf(FANS, LocalDate.of(2024, 3, 15), 2000, "")).isEqualTo("null..2024-03-15");
    }

    @Test
    void lastSummerIsTheLatestSummerOverAndASeasonWithAYearIsThatYears() {
        // date.season
        String text = "Postal ballots in four regions last summer were hit by delays.";
        assertThat(datesOf(text, LocalDate.of(2005, 1, 27), 4, "")).isEqualTo("2004-06..2004-08");
        assertThat(datesOf(text, LocalDate.of(2004, 10, 5), 4, "")).isEqualTo("2004-06..2004-08");
        assertThat(datesOf(text, LocalDate.of(2004, 8, 5), 4, "")).isEqualTo("2003-06..2003-08");
        assertThat(datesOf("Heating bills rose 12% last winter, the regulator said.", LocalDate.of(2005, 3, 10), 12, ""))
                .isEqualTo("2004-12..2005-02");
        assertThat(datesOf("In the autumn of 2003, 40 schools closed for a week.", LocalDate.of(2005, 3, 10), 40, ""))
                .isEqualTo("2003-09..2003-11");
    }

    @Test
    void aSurveysResultsTakeTheDateOfTheSentenceThatNamedIt() {
        // dating.named-survey: the Evening Herald's poll is dated May 2003; the other poll, named with no date, is not
        String text = "Support for the plan falls\n\n"
                + "Support for the plan has fallen, a new poll suggests.\n\n"
                + "In May 2003 pollsters asked 900 adults for the Evening Herald. For City Radio they asked 1,100 adults. "
                + "The Evening Herald poll found that 58% backed the plan. In the City Radio survey, 41% backed it.";
        LocalDate pub = LocalDate.of(2005, 2, 13);
        assertThat(datesOf(text, pub, 58, "")).isEqualTo("2003-05..2003-05");
        assertThat(datesOf(text, pub, 41, "")).isEqualTo("null..null");
    }

    @Test
    void aSundayPapersNameIsNoDate() {
        // date.weekday: "the Mail on Sunday" names a paper; "Police on Sunday" is a day
        LocalDate pub = LocalDate.of(2005, 2, 16);
        assertThat(datesOf("A survey for the Mail on Sunday found that 63% backed a ban.", pub, 63, "")).isEqualTo("null..null");
        assertThat(datesOf("Police on Sunday arrested 14 people.", pub, 14, "")).isEqualTo("2005-02-13..2005-02-13");
    }

    @Test
    void aDateInARelativeClauseBeforeTheFigureIsThatClauses() {
        // dating.sentence-range and dating.own-clause: "last autumn" dates the loss of the donor, not the party's takings
        String text = "The Green Party, which lost two councillors in a row over its leadership last autumn, took in £41,200.";
        assertThat(datesOf(text, LocalDate.of(2005, 2, 24), 41_200, "")).isEqualTo("null..null");
        assertThat(datesOf("The Green Party lost two councillors last autumn and took in £41,200.", LocalDate.of(2005, 2, 24), 41_200, ""))
                .isEqualTo("2004-09..2004-11");
    }

    @Test
    void anEventToldDaysLaterTakesTheDayTheBodyGivesIt() {
        // frame.body-day: the headline and lead give no day; the body dates what happened two days before publication
        String text = "Guard suspended after footage of stadium scuffle\n\n"
                + "A security guard has been suspended after footage emerged of a scuffle at Riverside Stadium in which four stewards "
                + "were hurt.\n\n"
                + "The club said it was shocked by the footage. It has asked the league to look into it.\n\n"
                + "The footage spread online on Saturday.\n\n"
                + "Officers said they were called to the stadium on Friday night after reports of a disturbance.";
        assertThat(datesOf(text, LocalDate.of(2024, 3, 17), 4, "")).isEqualTo("2024-03-15..2024-03-15");
        assertThat(datesOf(text, LocalDate.of(2024, 3, 28), 4, "")).as("a day long past is no day of the news").isEqualTo("null..null");
    }

    @Test
    void anAttackItsOwnWordsLeaveUndatedTakesTheDaysItsFightSpans() {
        // frame.fight-span: the ambush is named with no date; the battle it was ran from Tuesday through Wednesday
        String text = "Twelve soldiers killed in bandit ambush on mountain road\n\n"
                + "The footage is grainy and short. Gunmen can be seen moving between parked trucks. Smoke rises behind them.\n\n"
                + "The convoy was carrying fuel to an army post in the hills of Karvonia.\n\n"
                + "In a battle lasting from Tuesday through Wednesday, the bandits burned nine trucks, a local official said.";
        LocalDate pub = LocalDate.of(2024, 5, 10);
        assertThat(datesOf(text, pub, 12, "")).isEqualTo("2024-05-07..2024-05-08");
        assertThat(datesOf(text.replace("from Tuesday through Wednesday", "on Wednesday"), pub, 12, ""))
                .as("one day of a fight may be another clash's").isEqualTo("null..null");
        assertThat(datesOf(text.replace("bandit ambush", "landslide"), pub, 12, ""))
                .as("a fight dates an attack only").isNotEqualTo("2024-05-07..2024-05-08");
    }

    @Test
    void aVerbOfCausingDatesTheEventItCausesNotItsSubject() {
        // frame.caused-onset: the earlier attack "sparked" fears, which dates no onset of the strike the article reports
        String text = "Air strike on port city kills nine\n\n"
                + "An air strike on the port city of Varna on Tuesday killed nine people, officials said.\n\n"
                + "Rescuers searched the rubble of two buildings through the night. Hospitals asked for blood donors.\n\n"
                + "The army said it was checking the reports.\n\n"
                + "The attack Saturday sparked fears of a wider war.";
        LocalDate pub = LocalDate.of(2024, 7, 31);
        assertThat(datesOf(text, pub, 9, "")).isEqualTo("2024-07-30..2024-07-30");
        // the event it causes, named after it, has its onset there
        String protests = "Protests spread after court ruling\n\n"
                + "Thousands of people have marched through the capital, and police said 40 were arrested.\n\n"
                + "The court's ruling sparked protests on Monday evening.";
        assertThat(datesOf(protests, pub, 40, "")).startsWith("2024-07-29..");
    }

    @Test
    void aStormsDaysToldInTheBodyWithAVerbOfItsForceDateItsToll() {
        // keys/onsets.txt, a force hitting a place: the lead gives no day; the body's "pummeled ... on Thursday and Friday" gives the storm's
        String text = "Islands count the dead after cyclone\n\n"
                + "Aid groups warned of a long recovery across the islands after the cyclone. At least 14 people have been "
                + "confirmed dead, the disaster office said on Sunday.\n\n"
                + "Schools and clinics lost their roofs. Roads to the north are cut, and boats carry water to the villages.\n\n"
                + "The cyclone pummeled the islands on Thursday and Friday with winds of 200 kph.";
        assertThat(datesOf(text, LocalDate.of(2024, 2, 12), 14, "")).isEqualTo("2024-02-08..2024-02-09");
    }

    private static final String TRIAL = "Jury hears from survivors as trial resumes\n\n"
            + "The trial of the accused bomber resumed in the city court, his lawyers said.\n\n"
            + "Jurors watched videos from the day two bombs exploded at the finish line, killing three people and wounding 180. "
            + "A doctor told the court how she treated the wounded after the April 15, 2013, bombing.";

    @Test
    void aPastEventTheArticleDatesElsewhereDatesAFigureOfItsKind() {
        // dating.event-dated-elsewhere: the bombs of the second paragraph are those of the bombing the third sentence dates
        LocalDate pub = LocalDate.of(2015, 3, 11);
        assertThat(datesOf(TRIAL, pub, 3, "")).isEqualTo("2013-04-15..2013-04-15");
        assertThat(datesOf(TRIAL, pub, 180, "")).isEqualTo("2013-04-15..2013-04-15");
        assertThat(datesOf(TRIAL, pub, 2, "")).as("the bombs themselves").isEqualTo("2013-04-15..2013-04-15");
        // a kind dated twice, apart, dates nothing; nor does a sentence of the present
        String twice = TRIAL.replace("A doctor told", "Another bombing in May 2014 was smaller. A doctor told");
        assertThat(datesOf(twice, pub, 3, "")).isEqualTo("null..null");
        String present = TRIAL.replace("Jurors watched videos from the day two bombs exploded at the finish line, killing",
                "Jurors are shown videos of bombs at the finish line, which kill");
        assertThat(datesOf(present, pub, 3, "")).isEqualTo("null..null");
    }

    @Test
    void aDemonstrativeEventIsNotTheOneDatedElsewhere() {
        // "those bombings" point back to the sentence before (dating.anaphoric-event), not to the bombing the article dates
        String text = "Jury hears from survivors as trial resumes\n\n"
                + "The trial of the accused bomber resumed in the city court, his lawyers said.\n\n"
                + "The court heard that the accused had planned more bombings in the north. Those bombings never killed anyone, "
                + "but police found 40 detonators. A doctor told the court how she treated the wounded after the April 15, 2013, bombing.";
        assertThat(datesOf(text, LocalDate.of(2015, 3, 11), 40, "")).isNotEqualTo("2013-04-15..2013-04-15");
    }
}
