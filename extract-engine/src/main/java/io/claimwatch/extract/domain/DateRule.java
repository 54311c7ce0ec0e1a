package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The rules that find the date phrases of a sentence, each a named unit: what it matches, what it
 * sets, and an example that {@code TimeRulesTest} runs through the whole engine (the example's one
 * figure, published on {@link #pub}, gets the dates {@link #want}, "start..end"). They run in this
 * order; a phrase one rule takes, a later one leaves. The role of each phrase (the event's day, its
 * start, its end) comes from the words before it ({@link DateRoles}); which phrase dates which figure
 * is {@link TimeResolver#eventDates}'s choice.
 */
enum DateRule {

    DAY_RANGE("a range of days of one month", "start and end",
            "Another 15 migrants were reported arriving between 12-14 June.", "2024-06-21", "2024-06-12..2024-06-14") {
        @Override
        void find(SentenceDates s) {
            DayRanges.numbered(s);
        }
    },

    WORDED_DAY_RANGE("two days of one month joined by words (\"from July 7 to 13\", \"between July 7 and 13\"; lexicon DAYS_FROM, "
            + "DAYS_TO); not before a noun (\"between July 7 and 13 people\" is a count)", "start and end",
            "About 100 of the deaths this summer happened from July 7 to 13, the county said.", "2024-07-23", "2024-07-07..2024-07-13") {
        @Override
        void find(SentenceDates s) {
            DayRanges.worded(s);
        }
    },

    PERIOD_END("the last day of a period named as its end (\"at the end of June\", \"by the end of 2013\", \"at the end of the first "
            + "quarter\", \"at year end\", \"by year's end\"; lexicon period-ends.txt): the moment a stock or a state is told at; with no "
            + "year, the latest over, or the next in a sentence of what is to come or after \"by\" (PeriodEnds)",
            "the role its preposition gives: a day",
            "The insurance fund stood at about $45 billion at the end of June, the FDIC said.", "2008-10-10", "2008-06-30..2008-06-30") {
        @Override
        void find(SentenceDates s) {
            PeriodEnds.find(s);
        }
    },

    REFERENCE_PERIOD("the period a statistic is reported for: a part of a year (\"the third quarter\", \"the second half of the "
            + "year\", \"the final quarter of 2004\", \"Q3\"), a year's last months (\"the last three months of 2004\"), a span to a "
            + "month (\"the three months to September\"; \"up 6% in the year to November\", a change, is November), a span of days "
            + "to a day (\"the week ending July 6\"); with no year, the latest begun (ReferencePeriods)", "start and end: the period's first and last months; the claim gives their first and last days, after its key is read",
            "The economy shrank 0.2% in the last three months of 2004, the statistics office said.", "2005-02-17", "2004-10-01..2004-12-31") {
        @Override
        void find(SentenceDates s) {
            ReferencePeriods.find(s);
        }
    },

    NAMED_DAY("a day an event of one year is known by (\"9/11\"; a month and day right before a noun of that event, \"the "
            + "Sept. 11 hijackers\"; lexicon feast-days.txt) (FeastDays): that day of that year, not this year's",
            "the role its preposition gives", "Four of the Sept. 11 plotters had trained in the same camp.", "2010-09-25",
            "2001-09-11..2001-09-11") {
        @Override
        void find(SentenceDates s) {
            FeastDays.named(s);
        }
    },

    TIMELINE_HEAD("a date that opens a line of a timeline, a dash or a colon after it (\"1971 - GM recalls 6.7 million vehicles\", "
            + "\"July 1998 - ...\", \"--Aug. 14 -- ...\") (TimelineHeads)", "the line's day",
            "Past recalls. 1981 - GM recalls 5.8 million vehicles due to loose bolts.", "2010-02-05", "1981..1981") {
        @Override
        void find(SentenceDates s) {
            TimelineHeads.find(s);
        }
    },

    CALENDAR_DATE("a day or a month named with its number or year: \"August 6, 2024\", \"6 August\", \"August 2024\", "
            + "\"2024-08-06\"; a day without a year takes the text's", "the role its preposition gives",
            "As of 9 May, 57 cases had been confirmed in the district.", "2024-05-13", "null..2024-05-09") {
        @Override
        void find(SentenceDates s) {
            if (!s.digits) return;
            Matcher m = s.w.date.matcher(s.sent);
            for (int from = 0; TextSearch.findAtWordStart(m, s.sent, from, s.w.dateFirsts, s.w.monthStarts); from = m.end()) {
                if (s.taken(m.start(), m.end(), true)) continue;
                PartialDate d = s.partial(m, s.roles.ahead(s.c.text, s.ss, s.ss + m.start()));
                if (d == null || CalendarDates.DATELINE_AFTER.matcher(s.sent.substring(m.end())).lookingAt()) continue;
                if (d.day() == 0 && s.firstOf(m.start(), m.end(), d)) continue;   // "... of July 2024"
                s.add(s.ss + m.start(), s.ss + m.end(), d, null, false);
            }
        }
    },

    WEEKDAY("a weekday that is no name (\"on Wednesday\", \"Sunday's election\", \"early Monday\"): the last one on or "
            + "before publication; \"last Saturday\" on a Saturday, or on the Sunday after it (the day before is \"yesterday\" or "
            + "\"on Saturday\", never \"last Saturday\"), is a week back; the day after publication's with \"local time\" after it "
            + "(lexicon LOCAL: \"Friday morning local time\" in Thursday's paper) is that next day, and so is the day after "
            + "publication's in an article whose clocks put its place a day ahead of the paper's zone (\"began at midnight (6 p.m. "
            + "EST on Sunday)\": date.weekday-zone-ahead, ZoneClocks); after a verb of a schedule in the present (\"The strike "
            + "begins on Saturday\": date.weekday-scheduled, ScheduledDays) the next one on or after publication; after \"next\" the one "
            + "of the week after publication's (\"next Thursday\": date.weekday-next, NextWeekdays); the day after publication's after a "
            + "word of a plan or a progressive in its clause is that day (\"said it was adding 3,000 seats on Sunday\" in a "
            + "Saturday's paper: date.weekday-to-come), and so is the day two days on (\"said it was cancelling almost 1700 flights on "
            + "Monday\" in a Saturday's paper)", "the role its preposition gives",
            "More than 30,000 machinists walked off the job early Monday after talks failed.", "2024-09-11",
            "2024-09-09..2024-09-09") {
        @Override
        void find(SentenceDates s) {
            if (!s.sent.contains("day")) return;
            Matcher m = s.w.weekday.matcher(s.sent);
            for (int from = 0; TextSearch.findAtWordStart(m, s.sent, from, s.w.weekdayFirsts, s.w.weekdayStarts); from = m.end()) {
                if (!s.roles.isWeekdayDate(s.sent, m.start(), m.end())) continue;
                int dow = s.w.weekdayOf(m.group(1));
                boolean last = s.w.previousBefore.matcher(s.sent.substring(Math.max(0, m.start() - 6), m.start())).find();
                LocalDate previous = last && s.c.pub != null ? s.c.pub.with(TemporalAdjusters.previous(DayOfWeek.of(dow))) : null;
                // "Power was knocked out last Monday" in a Tuesday's paper: the Monday of the week before (date.weekday)
                if (previous != null && previous.plusDays(1).equals(s.c.pub)) previous = previous.minusWeeks(1);
                PartialDate d = previous != null ? PartialDate.of(previous) : s.c.weekday(dow);
                // date.weekday-local: "fired a missile Friday morning local time" in Thursday's paper, a place hours ahead: the next day
                if (previous == null && s.c.pub != null && s.c.pub.plusDays(1).getDayOfWeek().getValue() == dow
                        && s.w.localTimeAfter.matcher(s.sent.substring(m.end())).lookingAt()) d = PartialDate.of(s.c.pub.plusDays(1));
                // date.weekday-zone-ahead: "went on strike on Monday" in a Sunday's paper whose clocks put the place a day
                // ahead ("began at midnight (6 p.m. EST on Sunday)"): the next day (ZoneClocks); date.weekday-lead-ahead, a
                // lead that names the day after publication's weekday: "ordered Qantas on Monday" in a Sunday's paper (LeadDays)
                else if (previous == null && s.c.pub != null && s.c.pub.plusDays(1).getDayOfWeek().getValue() == dow
                        && s.c.dayAheadOfZone()) d = PartialDate.of(s.c.pub.plusDays(1));
                // date.weekday-scheduled: "The strike begins on Saturday" in a Friday's paper: the next one (ScheduledDays)
                else if (previous == null && s.c.pub != null && ScheduledDays.after(s.sent, m.start()))
                    d = PartialDate.of(s.c.pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow))));
                // date.weekday-next: "next Thursday" in a Wednesday's paper: the Thursday of the week after (NextWeekdays)
                LocalDate ahead = previous == null ? NextWeekdays.day(s.sent, m.start(), dow, s.c.pub) : null;
                // date.weekday-to-come: "said it was adding 3,000 seats on Sunday" in a Saturday's paper: the next day (NextWeekdays)
                // (or two days on: "said it was cancelling almost 1700 flights on Monday" in a Saturday's paper)
                if (ahead == null && previous == null && NextWeekdays.soon(s.c.pub, dow) != null
                        && NextWeekdays.toCome(s.sent, m.start())) ahead = NextWeekdays.soon(s.c.pub, dow);
                // date.weekday-forecast: "Another 50 workers will be added on Tuesday" in a Thursday's paper: the next one (NextWeekdays)
                // (not a possessive: "will be affected by Sunday's earthquake" names a day gone by)
                else if (ahead == null && previous == null && s.c.pub != null && m.group(2) == null && NextWeekdays.forecast(s.sent, m.start()))
                    ahead = s.c.pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
                if (ahead != null) d = PartialDate.of(ahead);
                if (d == null) continue;
                s.add(s.ss + m.start(), s.ss + m.end(), d, m.group(2) != null ? Kind.POINT : null, false);
            }
        }
    },

    RELATIVE_DAY("a day or span of days relative to publication (\"yesterday\", \"last night\", \"overnight\"; "
            + "lexicon DAY)", "the role its preposition gives; a span sets both ends",
            "Police arrested 45 people yesterday after the match.", "2024-06-02", "2024-06-01..2024-06-01") {
        @Override
        void find(SentenceDates s) {
            if (s.c.pub == null || !s.mayHold(s.w.relativeDayWords)) return;
            Matcher r = s.w.relativeDay.matcher(s.sent);
            while (r.find()) {
                String[] off = s.w.days.get(TimeWords.entry(r.group()));
                if (off == null) continue;
                PartialDate d = PartialDate.of(s.c.pub.plusDays(Integer.parseInt(off[0])));
                boolean possessive = r.end() + 1 < s.sent.length() && (s.sent.charAt(r.end()) == '\'' || s.sent.charAt(r.end()) == '’')
                        && s.sent.charAt(r.end() + 1) == 's';
                if (off.length == 1) s.add(s.ss + r.start(), s.ss + r.end(), d, possessive ? Kind.POINT : null, false);
                else s.addSpan(s.ss + r.start(), s.ss + r.end(), d, PartialDate.of(s.c.pub.plusDays(Integer.parseInt(off[1]))));
            }
        }
    },

    LAST_WEEK("a week named back from publication (\"last week\"; lexicon past-weeks.txt) (LastWeeks)", "start and end: "
            + "the calendar week, Monday to Sunday, before the week of publication", "Some 30 MPs voted against the bill last week.",
            "2005-03-02", "2005-02-21..2005-02-27") {
        @Override
        void find(SentenceDates s) {
            LastWeeks.find(s);
        }
    },

    RELATIVE_QUARTER("a calendar quarter named from publication with no ordinal (\"last quarter\", \"this quarter\", \"the current "
            + "quarter\"; lexicon relative-quarters.txt) (RelativeQuarters)", "start and end: its first and last months",
            "Apple sold 4.69 million iPads last quarter, analysts said.", "2011-05-20", "2011-01..2011-03") {
        @Override
        void find(SentenceDates s) {
            RelativeQuarters.find(s);
        }
    },

    HOLIDAY("a day of the year named by a feast (\"on Boxing Day\", \"the New Year's Day earthquake\"; lexicon "
            + "feast-days.txt) (FeastDays), a fixed day or the nth weekday of a month (\"on Thanksgiving\"; a name of one word not "
            + "before a lower-case word, \"a Thanksgiving dinner\"): the last one on or before publication", "the role its preposition gives",
            "The tsunami which struck on Boxing Day killed more than 30,000 people in Sri Lanka.", "2005-01-07",
            "2004-12-26..2004-12-26") {
        @Override
        void find(SentenceDates s) {
            FeastDays.feasts(s);
        }
    },

    ANCHORED_DAY("a day named relative to the day the sentence names before it (\"the previous day\", \"the following "
            + "day\"; lexicon ANCHORED); not before a noun (\"the day before the vote\")", "the role its preposition gives",
            "On Thursday, the army said it had recovered the bodies of five hostages the previous day.", "2024-07-27",
            "2024-07-24..2024-07-24") {
        @Override
        void find(SentenceDates s) {
            if (!s.sent.contains("day")) return;
            Matcher m = s.w.anchoredDay.matcher(s.sent);
            while (m.find()) {
                // "the day before the vote": a day before a noun is that noun's
                String entry = TimeWords.entry(m.group());
                if (DateRoles.beforeNoun(s.sent, m.end(), entry, s.w) || s.taken(m.start(), m.end(), false)) continue;
                Cand day = null;     // the day named last before it
                for (Cand d : s.out) {
                    if (d.e() <= s.ss + m.start() && d.date().toLocalDate() != null && (day == null || d.e() > day.e())) day = d;
                }
                if (day == null) continue;
                LocalDate x = day.date().toLocalDate().plusDays(s.w.anchored.get(entry));
                s.add(s.ss + m.start(), s.ss + m.end(), PartialDate.of(x), null, false);
            }
        }
    },

    RECENT_SPAN("a span that ends at publication (\"in the past two weeks\", \"over the last 24 hours\", \"the past week\"; "
            + "lexicon RECENT, SPAN, HOURS, RECENT_YEARS; \"last\" only with a count)", "start and end: that many days or months back "
            + "to publication; years in months (\"the past five years\" in July 2024: 2019-07..2024-07; \"the past decade\" ten years)",
            "In the past two weeks, tens of thousands of people have been evacuated across several provinces.", "2024-07-24",
            "2024-07-10..2024-07-24") {
        @Override
        void find(SentenceDates s) {
            if (s.c.pub == null || !s.mayHold(s.w.recentWords)) return;
            Matcher m = s.w.recentSpan.matcher(s.sent);
            while (m.find()) {
                boolean counted = m.group(2) != null;
                String unit = m.group(3).toLowerCase(Locale.ROOT);
                int n = counted ? s.w.count(m.group(2)) : 1;
                if (!counted && (m.group(1).equalsIgnoreCase("last") || unit.endsWith("s")) || n < 1) continue;
                LocalDate from;
                if (s.w.recentYears.containsKey(unit)) {      // "in the past five years": the months back to publication's
                    n *= s.w.recentYears.get(unit);         // "over the past decade": ten years (RECENT_YEARS|10)
                    if (n <= 50 && !s.taken(m.start(), m.end(), true)) s.addSpan(s.ss + m.start(), s.ss + m.end(),
                            PartialDate.month(s.c.pub.minusYears(n)), PartialDate.month(s.c.pub));
                    continue;
                }
                if (s.w.spanMonths.contains(unit)) from = s.c.pub.minusMonths(n);
                else if (s.w.hourUnits.contains(unit)) from = s.c.pub.minusDays(Math.max(1, (n + 23) / 24));
                else from = s.c.pub.minusDays((long) n * s.w.spanDays.get(unit));
                if (n > 400 || s.taken(m.start(), m.end(), true)) continue;
                s.addSpan(s.ss + m.start(), s.ss + m.end(), PartialDate.of(from), PartialDate.of(s.c.pub));
            }
        }
    },

    MONTH_AHEAD("a month named alone after a preposition in a sentence that speaks of it as to come (lexicon FUTURE, INFINITIVE "
            + "before it: \"the board's next meetings in March and May\", \"the plant will close in January\") (MonthsAlone)",
            "the role its preposition gives; the next such month after publication",
            "The company said it expected to hire 300 more workers in January.", "2016-11-20", "2017-01..2017-01") {
        @Override
        void find(SentenceDates s) {
            MonthsAlone.find(s, true);
        }
    },

    MONTH_ALONE("a month named alone after a preposition (\"in March\", \"since mid-August\"), or after \"last\" "
            + "(\"Last May\": the latest one before the month of publication); a later month than the publication's is "
            + "last year's", "the role its preposition gives",
            "Last May, wildfires led to the evacuation of hundreds of workers from the region.", "2016-05-04", "2015-05..2015-05") {
        @Override
        void find(SentenceDates s) {
            MonthsAlone.find(s, false);
        }
    },

    RELATIVE_MONTH("a month relative to publication (\"last month\", \"earlier this month\"; lexicon MONTH); \"the previous month\" "
            + "after a month the sentence names is the one before it (lexicon ANCHORED_MONTH); right after a figure, one of these "
            + "dates only that figure (\"up from 440,000 six months earlier\")",
            "the role its preposition gives",
            "The government declared an emergency last month after 40 people died.", "2019-12-07", "2019-11..2019-11") {
        @Override
        void find(SentenceDates s) {
            RelativeMonthsAndYears.months(s, this);
        }
    },

    SEASON("a season (lexicon SEASON) after \"last\", \"this past\" or \"this\" (SEASON_WHICH: \"last summer\" is the latest "
            + "over before publication), or before a year (\"the summer of 2004\", \"autumn 2004\"; no winter) (Seasons)",
            "start and end: the season's first and last months",
            "Trial postal ballots in four regions last summer were hit by delays.", "2005-01-27", "2004-06..2004-08") {
        @Override
        void find(SentenceDates s) {
            Seasons.find(s);
        }
    },

    YEAR("a year after a preposition (\"In 2023,\", \"since 2022\", \"the first 28 weeks of 2025\"), before a noun "
            + "of a figure or a statistic (\"the 2022 total\", \"2021's rate\", \"Total 1986 exports\"; lexicon STATISTIC) or of an event (\"the 2011 earthquake\"), or with a "
            + "verb after it (\"in 1999 killed\"); \"the same period of 2024\" moves the sentence's earlier period",
            "the role its preposition gives",
            "A major earthquake in central Taiwan in 1999 killed about 2,400 people.", "2016-02-06", "1999..1999") {
        @Override
        void find(SentenceDates s) {
            YearPhrases.find(s);
        }
    },

    RELATIVE_YEAR("a year relative to the reference date (\"this year\", \"since the beginning of the year\"; lexicon "
            + "YEAR; \"the year\" only after \"the first two months of\"); \"the same period last year\" moves the "
            + "sentence's earlier period a year back; \"the previous year\" after a year the sentence names is the one before "
            + "it (lexicon ANCHORED_YEAR: \"in 2007, down from 164 crashes the previous year\")",
            "the role its preposition gives; a past count of the year of reference runs from its first day to the reference "
            + "date (TimeResolver.yearToDate)",
            "Some 5,200 people have crossed this year.", "2018-06-29", "2018-01-01..2018-06-29") {
        @Override
        void find(SentenceDates s) {
            RelativeMonthsAndYears.years(s, this);
        }
    },

    NTH_DAY("a date followed by the ordinal of its day in an event (\"on Saturday, the seventh day of the fire\")",
            "the event's start, that many days back",
            "The fire that has forced 8,000 people from their homes grew on Saturday, the seventh day of the blaze.",
            "2016-05-07", "2016-05-01..2016-05-07") {
        @Override
        void find(SentenceDates s) {
            // (the ordinal counts from a day phrase a rule before this one found: none, nothing to count from)
            if (s.out.isEmpty() || !s.sent.contains(" of")) return;
            Matcher m = s.w.nthDay.matcher(s.sent);
            for (int from = 0; TextSearch.findAtWordStart(m, s.sent, from, s.w.nthDayFirsts); from = m.end()) {
                int n = s.w.ordinal(m.group(1)) * s.w.spanDays.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), 0);
                Cand day = null;      // the day phrase right before it: "Saturday, the seventh day"
                for (Cand d : s.out) {
                    String mid = s.c.text.substring(Math.min(d.e(), s.ss + m.start()), s.ss + m.start()).strip();
                    if (d.e() <= s.ss + m.start() && (mid.equals(",") || mid.isEmpty()) && d.date().toLocalDate() != null) day = d;
                }
                if (day == null || n < 1 || n > 400) continue;
                LocalDate start = day.date().toLocalDate().minusDays(n - 1L);
                s.out.add(new Cand(s.ss + m.start(), s.ss + m.end(), Kind.START, PartialDate.of(start), null, false, null, this));
            }
        }
    },

    ENDED_LENGTH("an event of a stated length that a verb of ending closes, its last day right after its noun (\"completed a "
            + "seven-day strike on Tuesday\"; lexicon ending-verbs.txt) (EndedLengths)", "the event's start, the length back from that day",
            "About 3,500 unionized workers at the mines have just completed a seven-day strike on Tuesday, a union spokesman said.",
            "2012-04-04", "2012-03-28..2012-04-03") {
        @Override
        void find(SentenceDates s) {
            EndedLengths.find(s, this);
        }
    },

    AGE("an event's age in days or weeks (\"a 20-day-old strike\", \"the three-week-old war\")",
            "the event's start, that many days before publication",
            "Union leaders said 30,000 workers were still out in the 20-day-old strike.", "1987-03-19", "1987-02-27..null") {
        @Override
        void find(SentenceDates s) {
            if (s.c.pub == null || !s.sent.contains("-")) return;
            Matcher m = s.w.age.matcher(s.sent);
            while (m.find()) {
                int n = s.w.count(m.group(1)) * s.w.spanDays.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), 0);
                if (n < 1 || n > 400 || !s.roles.eventWithin(s.sent, m.end(), 4)) continue;    // "a 10-day-old girl" is no event
                s.out.add(new Cand(s.ss + m.start(), s.ss + m.end(), Kind.START, PartialDate.of(s.c.pub.minusDays(n)), null, false, null, this));
            }
        }
    };

    /** What the rule matches. */
    final String matches;
    /** The field of a figure's dates it sets. */
    final String sets;
    /** An example with one figure ... */
    final String example;
    /** ... published on this day (ISO, or null) ... */
    final String pub;
    /** ... whose event dates are these: "start..end", "null" for none. */
    final String want;

    DateRule(String matches, String sets, String example, String pub, String want) {
        this.matches = matches;
        this.sets = sets;
        this.example = example;
        this.pub = pub;
        this.want = want;
    }

    /** "date.calendar-date". */
    String ruleName() {
        return FieldSource.ruleName("date", this);
    }

    /** Adds the rule's date phrases of the sentence to {@code s.out}. */
    abstract void find(SentenceDates s);
}
