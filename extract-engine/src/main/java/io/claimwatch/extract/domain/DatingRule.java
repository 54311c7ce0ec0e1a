package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that choose, among the date phrases of a sentence ({@link DateRule}), the event dates of
 * one figure, each a named unit with what it matches, what it sets and an example {@code
 * TimeRulesTest} checks. The first that gives dates wins. Dates right after a reporting verb date the
 * statement, not the event ("said on Monday that 2,146 cases"), and are never chosen.
 */
enum DatingRule {

    DAY_AFTER_ASIDE("a figure whose unit words and one bracketed aside are all that stand before a date after it, in a factbox's line "
            + "(\"Oil output: 746,338 bpd (46.65%) Sunday vs 826,325 bpd (51.65%) Saturday\") (AsideDays)",
            "its role: the day, a start, both ends of a range",
            "Oil output: 746,338 bpd (46.65%) Sunday vs 826,325 bpd (51.65%) Saturday.", "2010-07-26", "2010-07-24..2010-07-24") {
        @Override
        EventDates apply(FigureDates f) {
            return AsideDays.dated(f);
        }
    },

    OFFSET_FROM_DATE("\"a day after\", \"two weeks before\" in the figure's clause, after a day named earlier in the sentence",
            "start and end: that day moved",
            "The storm hit on March 3, 2024, and a day after it 40 homes were flooded.", null, "2024-03-02..2024-03-02") {
        @Override
        EventDates apply(FigureDates f) {
            return DayOffsets.fromDate(f);
        }
    },

    WHEN_CLAUSE("a figure in a \"when\" clause right after a date (\"since January 2, when troops overran the garrison "
            + "with the loss of 700\"), even a date of a comparison", "start and end: that date",
            "It was the most since January 2, when troops overran the garrison with the loss of 700 soldiers.", "1987-03-20",
            "1987-01-02..1987-01-02") {
        @Override
        EventDates apply(FigureDates f) {
            for (Cand d : f.cands()) {
                if (d.statement() || d.e() > f.ms() || d.kind() == Kind.RANGE) continue;
                String mid = f.text().substring(d.e(), f.ms());
                int comma = mid.indexOf(',');
                if (comma < 0 || !mid.substring(0, comma).isBlank()) continue;
                String first = DateRoles.nextWord(mid, comma + 1 + (mid.length() > comma + 1 && mid.charAt(comma + 1) == ' ' ? 1 : 0));
                if (!f.w().whenWords.contains(first) || mid.indexOf(',', comma + 1) >= 0) continue;
                return new EventDates(d.date(), d.date(), d, d);
            }
            return null;
        }
    },

    CHANGE_ENDS("a figure at one end of a change from one figure to another (\"from $1.1 billion to $4.9 billion\") in a "
            + "sentence that names a period (\"between 2014 and 2019\"): the period's first date is the first figure's, its last "
            + "the second's", "start and end: the period's start for the figure after \"from\", its end for the figure after \"to\"",
            "Between 2014 and 2019, tequila imports increased from $1.1 billion to $4.9 billion, the USDA said.", null, "2019..2019") {
        @Override
        EventDates apply(FigureDates f) {
            Boolean first = f.changeEnd();
            if (first == null) return null;
            for (Cand d : f.cands()) {
                if (d.kind() != Kind.RANGE || d.statement() || d.compare() || d.end() == null || d.end().equals(d.date())) continue;
                PartialDate x = first ? d.date() : d.end();
                return new EventDates(x, x, d, d);
            }
            return null;
        }
    },

    CHANGE_BASE("the figure a change starts from, after \"from\" with no end after it (\"fell to 11.6 percent in October from "
            + "11.7 percent\"), whose own clause, or the fronted clause before it, dates the change by one month or one year "
            + "named before the base and none after it", "start and end: the month or the year before that one",
            "Unemployment fell to 8.2 percent in March from 8.4 percent, the ministry said.", "2023-04-20", "2023-02..2023-02") {
        @Override
        EventDates apply(FigureDates f) {
            if (!f.changeBase()) return null;
            EventDates d = OWN_CLAUSE.apply(f);
            if (d == null) d = FRONTED_DATE.apply(f);
            Cand x = d == null ? null : d.startFrom();
            if (x == null || x != d.endFrom() || x.kind() != Kind.POINT || x.e() > f.ms() || x.date().day() != 0) return null;
            PartialDate p = x.date();
            PartialDate before = p.month() == 0 ? PartialDate.year(p.year() - 1)
                    : p.month() == 1 ? new PartialDate(p.year() - 1, 12, 0) : new PartialDate(p.year(), p.month() - 1, 0);
            return new EventDates(before, before, x, x);
        }
    },

    OWN_CLAUSE("the dates of the figure's own clause, none beyond a \"while\" (\"four were recovered on Saturday while the remaining six were recovered on Sunday\")",
            "a range; a start and an end (the other end may stand elsewhere in the sentence); else the nearest day",
            "The ministry said on Monday that 1,310 measles cases had been recorded since the outbreak was declared on March 3.",
            "2025-04-15", "2025-03-03..2025-04-14") {
        @Override
        EventDates apply(FigureDates f) {
            List<Cand> clause = new ArrayList<>();
            // not the date a figure is compared with ("killed 10 ..., the deadliest attack since October 7"); a
            // figure inside the comparison takes it ("the most since the agency confirmed 702 in 2011")
            for (Cand d : f.cands()) {
                // the base of a comparison ("up 9% from September") dates only the figure it names ("October's £3.6bn")
                // "from 7% the previous month": a month named back from another dates only the figure right before it
                boolean compared = ComparedDates.compared(f, d);
                if (!d.statement() && !compared && d.e() > f.cs() && d.s() < f.ce() && !f.broken(d)) clause.add(d);
            }
            return f.combine(clause, f.cs(), f.ce());
        }
    },

    SENTENCE_RANGE("a range elsewhere in the sentence (\"... took place between August 6, 2024, and May 25, 2025\"), not in a "
            + "relative clause set off by commas before the figure (\"The party, which lost its donor last autumn, took in £63,081\")",
            "start and end",
            "Some 3,000 delegates attended the talks, which took place between August 6, 2024, and May 25, 2025.", null,
            "2024-08-06..2025-05-25") {
        @Override
        EventDates apply(FigureDates f) {
            for (Cand d : f.cands()) {
                if (d.kind() == Kind.RANGE && !d.statement() && d.s() > f.me() - 400 && !f.inRelativeClause(d)) {
                    return new EventDates(d.date(), d.end(), d, d);
                }
            }
            return null;
        }
    },

    FRONTED_DATE("the dates of the clause that holds the nearest date before the figure's clause, a clause of its own "
            + "(\"In 2023, an outbreak ... killed 214\"; not \"is expected to arrive on Saturday in the state where 32,000 "
            + "homes were without power\"; not a year in a participle's phrase mid-sentence: \"the Stalinists, expelled "
            + "from the party in 1986, lost six seats\")", "as the dates of that clause",
            "In 2019, floods in the same valley displaced over 12,000 people.", null, "2019..2019") {
        @Override
        EventDates apply(FigureDates f) {
            Cand before = null;
            for (Cand d : f.cands()) if (!d.statement() && !d.compare() && d.e() <= f.cs()) before = d;
            if (before == null || !f.clauseBreakBetween(before.e(), f.cs())) return null;
            int gs = before.s();
            while (gs > f.ss() && !DateRoles.isBoundary(f.text().charAt(gs - 1))) gs--;
            List<Cand> group = new ArrayList<>();
            for (Cand d : f.cands()) if (!d.statement() && !d.compare() && d.s() >= gs && d.e() <= before.e()) group.add(d);
            // ", expelled from the party in 1986,": a participle's year mid-sentence tells of the noun, not of the figure
            if (gs > f.ss() && before.date().month() == 0 && f.participle(gs)) return null;
            return f.combine(group, gs, before.e());
        }
    },

    FIRST_AFTER("the first date after the figure's clause, not beyond a \"while\"; not a year written as a possessive, which "
            + "names its noun's year (\"slid 7 percent, as investors worried about a repeat of 2012's turmoil\")",
            "its role: a start, an end, both ends of a range, or the day",
            "Officials counted 310 flights cancelled, most of them on Monday.", "2024-01-05", "2024-01-01..2024-01-01") {
        @Override
        EventDates apply(FigureDates f) {
            Cand after = null;
            for (Cand d : f.cands()) {
                if (d.statement() || d.compare() || d.s() < f.ce() || f.broken(d)) continue;
                if (d.date().month() == 0 && f.possessive(d)) continue;
                after = d;
                break;
            }
            if (after == null) return null;
            return EventDates.of(after);
        }
    },

    HELD_AS_OF("a figure dated only \"as of\" or \"by\" a day whose own clause has \"had\", \"has\" or \"have\" of possession, no "
            + "participle among the two words after it (\"had total assets of $98 million ... as of October 7\"): a state of that day, no "
            + "perfect (TimeResolver.asOfDay, MomentDays)", "start and end: that day",
            "Main Street Bank had total assets of $98 million as of October 7, the FDIC said.", "2008-10-10",
            "2008-10-07..2008-10-07"),    // it reads the figure's clause around the date: MomentDays

    SINCE_EARLIER("a figure of a perfect with \"since\" as an adverb (\"has since killed\") and no date of its own sentence: "
            + "the last day the two sentences before name (TimeResolver.sinceEarlier)", "the start (SINCE_TO_REPORT ends it on the day of publication)",
            "Israel launched its offensive in Gaza on October 7. Its military action has since killed 39,258 Palestinians, the ministry said.",
            "2024-07-27", "2023-10-07..2024-07-27"),    // it reads the sentences before the figure's: TimeResolver.sinceEarlier

    PREVIOUS_SENTENCE("in an article whose event the text does not date, a figure of the simple past whose sentence names no date, "
            + "right after a sentence that dates an event: that sentence's last date of no statement (TimeResolver.previousSentence)",
            "its role: the day, a start, both ends of a range",
            "Israeli airstrike on school kills 30 in central Gaza\n\nHamas attacked southern Israel on October 7. "
            + "At least 1,200 people were killed, according to Israeli authorities.", "2024-07-27",
            "2023-10-07..2023-10-07"),    // it reads the sentence before the figure's and the article's frame: TimeResolver.previousSentence

    EARLIER_EVENT("in an article whose event the text dates, a figure of the simple past whose own sentence names no date (no perfect, "
            + "no present, nothing to come), right after a sentence of its paragraph whose every date (no statement's, no "
            + "comparison's) ends before the article's event's day: another, earlier event (EarlierEvents)", "its role: the day, a start, both ends of a range",
            "Storm floods coastal towns\n\nA storm flooded the coastal towns on Tuesday, officials said.\n\nThe region was hit by a "
            + "larger storm in March. That storm destroyed 400 homes.", "2024-07-10", "2024-03..2024-03"),    // it reads the sentence before the figure's and the article's frame: EarlierEvents

    ANAPHORIC_EVENT("a figure whose clause names an event by a demonstrative (lexicon event-references.txt before a noun of "
            + "counted-event-nouns.txt: \"Those blasts killed 137\", \"injured in these clashes\"), that its sentence dates not, "
            + "nothing to come: the event an earlier sentence of its paragraph dated (EventAnaphors)",
            "the last date (no statement's, no comparison's) of the nearest of the three sentences before that gives one",
            "Gunmen raided two villages near the border on Sunday, witnesses said. The army sent troops to the area. "
            + "Those raids left 23 people dead.", "2024-06-12", "2024-06-09..2024-06-09"),    // it reads the sentences before the figure's: EventAnaphors

    EVENT_DATED_ELSEWHERE("a figure no rule dated, none of the present, the perfect or what is to come in its sentence, whose sentence "
            + "names a kind of event (keys/causes.txt) before it (\"two bombs exploded at the finish line, killing three people\") that the "
            + "article names with a date elsewhere, one date only, before publication and before the article's own event (\"the April 15, "
            + "2013, bombing\", \"the bombings in April 2013\") (DatedKinds)", "its role: the day, both ends of a range",
            "Jury hears from survivors as trial resumes\n\nJurors watched videos from the day two bombs exploded at the finish line, "
            + "killing three people. A doctor told the court how she treated the wounded after the April 15, 2013, bombing.",
            "2015-03-10", "2013-04-15..2013-04-15"),    // it reads every sentence of the article and its frame: DatedKinds

    SINCE_TO_REPORT("dates whose start a \"since\" gave, a day, a month or a year (lexicon SINCE: \"have killed more than 900 people "
            + "since May 2\", \"240 people had died at the mine since 1999\"; a clause's, \"since it ended its truce last December\"; or SINCE_EARLIER's \"has since\") and that have no end of "
            + "their own (ClaimExtractor, RunningTotals)",
            "end: the day of publication (the count runs to the day it is told)",
            "Rebels have seized 40 villages since May 2, the army said.", "2024-05-20", "2024-05-02..2024-05-20"),    // it ends what the other rules chose: RunningTotals, after them

    NAMED_SURVEY("a figure its sentence dates not, after a survey's name (capitalised words before a word of lexicon OPINION: \"The "
            + "Mail on Sunday survey found that 63% ...\"), when one of the three sentences before names it with a date (SurveyDates)",
            "its role: the day, a start, both ends of a range",
            "In May 2003 pollsters asked 900 adults for the Evening Herald. The Evening Herald poll found that 58% backed the plan.",
            "2005-02-13", "2003-05..2003-05"),    // it reads the sentences before the figure's: TimeResolver.namedSurvey

    SO_FAR("a count told as reached \"so far\" (lexicon SO_FAR in the figure's clause: \"So far 1,200 ballots have been "
            + "counted\", \"40 rescued to date\") that its sentence dates not, in an article whose event the text does not date, "
            + "nothing to come (TimeResolver.soFar)", "start and end: the day of publication",
            "Counting goes on in the county\n\nSo far a total of 81,400 postal votes have been counted, officials said.",
            "2024-05-03", "2024-05-03..2024-05-03"),    // it needs the publication date and the article's frame: TimeResolver.soFar

    RUNNING_TOTAL("a count told as it stands at the report that no rule dated: a present perfect or a word of a total in the "
            + "figure's clause (lexicon running-totals.txt: \"the toll now stands at 812\", \"40 sailors have tested positive\"; "
            + "\"total\" only out of the present, WHOLE: \"of the total 14,000 employees\" told in the present is PRESENT_STATE), no "
            + "\"had\", \"was\", \"were\", nothing to come (RunningTotals.standing, after the article's frame)", "end: the day it is told, its sentence's "
            + "statement in the week up to publication, else the day of publication; no start",
            "Fever spreads in the valley\n\nThe regional toll now stands at 812, officials said Monday.", "2024-06-12", "null..2024-06-10"),    // it dates what the other rules and the frame left undated: RunningTotals.standing

    DAY_INCREMENT("a count added to a running one, told in the present perfect, that no rule dated (lexicon running-totals.txt "
            + "INCREMENT and HAVE in the figure's clause: \"Another 52 people have died\", \"an additional 300 have tested positive\"; "
            + "RunningTotals.standing)", "start and end: the day it is told, its sentence's statement in the week up to publication, "
            + "else the day of publication", "Fever spreads in the valley\n\nAnother 52 people have died, officials said Monday.",
            "2024-06-12", "2024-06-10..2024-06-10"),    // it dates what the other rules and the frame left undated: RunningTotals.standing

    PERFECT_ACT("an act done once (an offer, a pledge, an agreement, an order, an announcement: lexicon running-totals.txt ACT) "
            + "told in the present perfect, that no rule dated (\"has offered workers a 66 percent pay rise\", \"has been ordered to pay "
            + "$1.6 million\"; RunningTotals.standing)", "start and end: the day it is told, its sentence's statement in the week up "
            + "to publication, else the day of publication", "Pay dispute at the plant\n\nThe company has offered workers a 6 percent "
            + "raise, the union said Monday.", "2024-06-12", "2024-06-10..2024-06-10"),    // it dates what the other rules and the frame left undated: RunningTotals.standing

    NOW_STATE("a state told as it stands now (lexicon report-now.txt and a verb of the present, time-words.txt PRESENT, in the "
            + "figure's clause: \"About 75% of the city is now under army control\"), that its sentence dates not, no perfect, "
            + "nothing to come, in an article whose event the text does not date, or of an event that goes on (not sudden) whose day "
            + "the text gives (NowStates; ClaimExtractor's frame dating)", "start and end: the day of publication, not the span from the event's day",
            "Troops push into the old city\n\nAbout 60% of the old city is now held by the army, a commander said.",
            "2024-06-12", "2024-06-12..2024-06-12"),    // it needs the publication date and the article's frame: NowStates

    PRESENT_STATE("a figure no rule and no frame dated, whose own clause is of the present (time-words.txt PRESENT: \"about 40 "
            + "patients are in a critical condition\"; or a verb of a state, present-state-verbs.txt: \"the deficit stands at 16.9%\"), no perfect, no verb of the past (running-totals.txt HAVE, PAST), nothing to "
            + "come (PresentStates, after RUNNING_TOTAL)", "start and end: the day it is told, its sentence's statement in the week "
            + "up to publication, else the day of publication", "Two of the five pumping stations are still out of service, the "
            + "utility said.", "2024-06-12", "2024-06-12..2024-06-12"),    // it needs the publication date: PresentStates

    ANNOUNCED_ACT("a figure no rule and no frame dated, whose own clause tells an act going on or to come (lexicon "
            + "announced-acts.txt: a verb of being and a verb of an act in \"-ing\", \"was recalling\"; \"will\" or \"would\" and "
            + "a verb of an act, \"will cut\", not of change or state, \"will reach\"; a plan or an offer, \"offered\"), no perfect, "
            + "no expectation nor estimate (AnnouncedActs, after PRESENT_STATE)", "start and end: the day it "
            + "is told, its sentence's statement in the week up to publication, else the day of publication",
            "Mattel said Wednesday it was recalling 1.5 million toys worldwide.", "2007-08-02", "2007-08-01..2007-08-01"),    // it needs the publication date: AnnouncedActs

    STORY_DAY("in an article whose event the text does not date and whose every day named (no statement's, no comparison's) is "
            + "one day, the day of publication or the day before, a figure of the body in the past or the perfect whose "
            + "sentence dates it not, nothing to come, no present (TimeResolver.storyDay)", "start and end: that day",
            "Crowds defy the new rules\n\nHundreds of fans have gathered outside the ground. Police arrested 12 people near "
            + "the gates.\n\nMore than 40 coaches arrived on Sunday.", "2024-03-10", "2024-03-10..2024-03-10"),    // it needs every day the article names: TimeResolver.storyDay

    LEAD_DAY("in an article whose event the text does not date and that has no story day (STORY_DAY), a figure of the body after "
            + "the lead that no rule, no frame and no other event dates, when the lead sentence names one day only, a statement's too (\"Ford told owners on Thursday "
            + "to stop driving the Escape\"), on or before publication (NewsDays, after every other dating)", "start and end: that day",
            "Ford halts Escape sales\n\nFord Motor Co told owners of its Escape SUV on Thursday to stop driving them. The latest "
            + "recall involves 11,500 vehicles.", "2012-07-19", "2012-07-19..2012-07-19"),    // it needs the article's lead and frame: NewsDays

    LEAD_NEWS_DAY("in an article whose event is a strike or a protest (keys/news-day-kinds.txt) and is dated, when the lead sentence names one day only, a "
            + "statement's too, after the event's day and on or before publication (the news of its latest day: \"Lockheed Martin said on "
            + "Saturday it had negotiated new contracts\" in a strike begun weeks before), a figure of the body after the lead that its "
            + "sentence dates not and the frame would date, no toll of the event (NewsDays.after)", "start and end: the lead's day",
            "Strike drags on at plant\n\nThe company said on Saturday it had reached deals with two smaller unions. The strike began "
            + "on April 23.\n\nThe contracts each include a $3,000 bonus.", "2012-05-19", "2012-05-19..2012-05-19"),    // it needs the article's lead and frame: NewsDays.after

    DAY_BEFORE("in a report published the day after its event's day, of an event that goes on for days but not for months (a "
            + "flood, a fire, a storm, a protest; not a war or a strike, keys/durations.txt long), a figure the event dates and its "
            + "sentence dates not, told in the simple past: no perfect, no present, nothing to come (DayBefore)",
            "start and end: the event's day, not a range to the day of publication",
            "Flash floods swamp valley towns\n\nFlash floods hit the valley towns on Tuesday after a day of heavy storms.\n\n"
            + "Rescuers pulled 40 people from the water, officials said.", "2024-03-13", "2024-03-12..2024-03-12"),    // it needs the article's event and the publication date: DayBefore, in the frame's dating

    ELECTION_DAY("a count of what a vote counts (lexicon VOTES in the figure's clause, or in its sentence for a percentage: \"51.2% of "
            + "the votes\", \"with 80% of the ballots counted\"; no opinion survey, lexicon OPINION) in an article that names the "
            + "day of an election (\"Sunday's vote\", \"the election held on Sunday\", lexicon ELECTION; up to ten days before "
            + "publication), which its sentence dates not or dates later (the day results were announced) "
            + "(TimeResolver.electionDay)", "start and end: the election's day",
            "Voters went to the polls in Sunday's presidential election.\n\nOn Tuesday, officials said the president had won 52.1% "
            + "of the votes.", "2024-03-13", "2024-03-10..2024-03-10"),    // it needs the article's election day: TimeResolver.electionDay

    MARKET_DAY("a market's price or move (lexicon MARKET and TRADED in the figure's clause: \"Shares of AT&T closed 2.41% "
            + "lower\", \"the dollar was trading against the euro at $1.3280\") that its sentence dates not, no perfect, nothing "
            + "to come (MarketDays)", "start and end: the day of publication",
            "Shares of the carrier closed 2.4% lower at 612 pence, traders said.", "2024-02-22", "2024-02-22..2024-02-22"),    // it needs the publication date: MarketDays

    MARKET_PRICE("a move (lexicon TRADED) told with its traded price after \"at\", where the clause names no market (no MARKET word; "
            + "lexicon market-prices.txt: a currency sign or a unit word of the price, no scale: \"EADS was down 2.9 percent at 18.465 "
            + "euros\", \"Units of the fund closed down 0.4 percent at NZ$6.90\"; not \"revenue was up 5% at $3.2 billion\") that its "
            + "sentence dates not, no perfect, nothing to come (MarketDays)", "start and end: the day of publication, as MARKET_DAY",
            "Rolls-Royce was down 3.8 percent at 629.5 pence, traders said.", "2010-11-04", "2010-11-04..2010-11-04"),    // it needs the publication date: MarketDays

    MARKET_RUN("a move (lexicon TRADED: \"Its rival shed 2.1% to 11.42 euros\") that its sentence dates not, no perfect, nothing to "
            + "come, right after a run of moves headed by a sentence of a market's prices (MARKET and TRADED) (MarketDays)",
            "start and end: the one day the head names, else the day of publication", "Shares in the carrier fell 2% to 310 pence "
            + "on Tuesday. Its main rival was 1.5% lower at 98 pence.", "2024-02-22", "2024-02-20..2024-02-20"),    // it needs the sentences before: MarketDays

    MARKET_OWN_DAY("a market's price or move (lexicon MARKET and TRADED in the figure's clause, no perfect, nothing to come) whose "
            + "own sentence names its day after the day of the article's event, or that MARKET_DAY, MARKET_PRICE or MARKET_RUN dated to the day of publication "
            + "(\"Allstate shares rose 8.5 percent\" in a story of a hurricane two days before): the event's span does not widen it "
            + "(TimeResolver.tradingDay, in ClaimExtractor's frame dating)", "start and end: the trading day, not the "
            + "event's day to it", "Storm shuts Gulf refineries\n\nA hurricane swept over the Gulf coast on Saturday, shutting "
            + "refineries.\n\nU.S. crude futures fell $2.10 to $97.40 a barrel on Monday.", "2024-09-16", "2024-09-16..2024-09-16"),    // it needs the article's event: ClaimExtractor

    OVERNIGHT_DAY("a figure dated by the \"overnight\" span (the day before publication to that day), its own sentence's or the "
            + "article's sudden event's, in a report that names the day of publication itself, a statement's too (OvernightDays)",
            "start and end: the day of publication",
            "Drone strike hits border post\n\nThree soldiers were killed in a drone attack overnight on a border post, officials "
            + "said.\n\nThe army said on Sunday that the drone was launched from across the river.", "2024-03-10", "2024-03-10..2024-03-10"),    // it needs the article's event and every day it names: OvernightDays

    EVENT_OFFSET("a figure its clause dates after it, no comma between, by a distance from the article's own event (\"the day before "
            + "his rampage\", \"three days after the quake\", \"just days before the shooting\"; lexicon event-offsets.txt, or a noun of the "
            + "frame's kind) whose day the frame gives, or the one day the text names in the frame's span (EventOffsets)", "start and end: the event's day moved; \"days before\" with no "
            + "count: the event's month up to its day", "Gunman kills 9 at two offices\n\nA gunman shot dead nine people at two offices on "
            + "Thursday.\n\nHe had lost $15,000 two days before the shooting, police said.", "2024-03-09", "2024-03-05..2024-03-05"),    // it needs the article's event: EventOffsets

    SINCE_EVENT("a figure counted \"since\" the article's own event, a word that points to it and its noun (lexicon "
            + "event-offsets.txt det, and a noun of the frame's kind or of event: \"The stock is down 33 percent since the explosion\"), "
            + "no date phrase of its sentence, not after \"the\" and a superlative (SinceEvents)", "start: the event's day the frame "
            + "gives; end: the day it is told (its sentence's statement in the week up to publication, else the day of publication)",
            "Mine blast kills 25\n\nAn explosion at a coal mine killed 25 miners on Monday.\n\nThe company's stock is down 33 "
            + "percent since the explosion.", "2010-04-08", "2010-04-05..2010-04-08"),    // it needs the article's event: SinceEvents

    DAY_AFTER_EVENT("a figure in what \"the day after\", \"a day after\" or \"two days after\" opens (not \"less than\", not past a "
            + "clause break but a comma before a participle), no date of its own there: the earlier event the sentence's news follows "
            + "(DayAfterEvents)", "start and end: the day the sentence names before the phrase, a statement's too, else the day of "
            + "publication, moved back by the count", "Enbridge said on Thursday it expects to restart the line, the day after a blast "
            + "in Minnesota killed two workers.", "2007-11-29", "2007-11-28..2007-11-28"),    // it reads the whole sentence: DayAfterEvents

    DISCOVERY_BOUND("a figure no rule and no frame dated, of the past or the perfect, in an article that tells the one day a thing "
            + "that happened unseen was found out (lexicon discoveries.txt: \"learned of the intrusion on March 3\"; DiscoveryBounds)",
            "end: that day; no start", "The retailer said on Friday it had learned of the intrusion on March 3. It has hired a "
            + "security firm. Card numbers of about 40,000 shoppers were taken.", "2024-03-16", "null..2024-03-03"),    // it needs the whole article and its frame: DiscoveryBounds

    SUDDEN_EVENT_DAY("a toll (keys/tolls.txt) of an event over within a day (keys/durations.txt sudden) whose sentence names its day "
            + "with the event's noun (\"the quake that struck on March 3\", \"Friday's bombing\"), one day only: whatever later day the "
            + "toll \"reached\" or \"rose to\" it (SuddenEventDays)", "start and end: the event's day",
            "The death toll from the earthquake that struck the region on March 3 rose to 1,250 on Tuesday, officials said.",
            "2024-03-14", "2024-03-03..2024-03-03");    // it needs the figure's key: SuddenEventDays

    final String matches;
    final String sets;
    final String example;
    final String pub;
    final String want;

    DatingRule(String matches, String sets, String example, String pub, String want) {
        this.matches = matches;
        this.sets = sets;
        this.example = example;
        this.pub = pub;
        this.want = want;
    }

    /** "dating.own-clause". */
    String ruleName() {
        return FieldSource.ruleName("dating", this);
    }

    /**
     * The figure's event dates by this rule, or null when the rule does not apply. The rules that read more than the
     * figure's sentence (the sentences before, the article's frame, the publication date) apply none here: the class named
     * after each applies it.
     */
    EventDates apply(FigureDates f) {
        return null;
    }
}
