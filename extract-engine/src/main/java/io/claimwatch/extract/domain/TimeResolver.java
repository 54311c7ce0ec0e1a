package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates. Resolves, against the publication date it is given (ingest-engine's {@code PublicationDating}
 * decides it, {@link ClaimExtractor} passes it), for a figure, the dates of the event it counts when the text
 * fixes them: every date phrase of the sentence is a candidate ({@link DateRule}: "on May 24", "on
 * Wednesday", "In 2023,", "since ... on September 22", "as of 11 June", "between August 6, 2024, and
 * May 25, 2025") with the role its preposition gives it ({@link DateRoles}), and the figure takes
 * those the first {@link DatingRule} that applies chooses (its own clause's, else a range of the
 * sentence, else those of the clause of the nearest date before it). Weekdays are the last one on or
 * before the publication date (news names today's weekday too). Also the statement date ("said
 * Thursday", "said on May 25"). Conservative: a date is left null unless its year is known (given in
 * place, found with the same month and day elsewhere in the text, or taken from the publication
 * date, else from the text's latest full date; {@link DateContext}). Words in {@code lexicon/}
 * ({@link TimeWords}).
 */
public final class TimeResolver {

    /**
     * Event dates of a figure; either may be null. For explanations: the date phrases that gave the
     * start and the end, and the {@link DatingRule} that chose them (null for none).
     */
    public record EventDates(PartialDate start, PartialDate end, Cand startFrom, Cand endFrom, DatingRule rule) {
        static final EventDates NONE = new EventDates(null, null, null, null, null);

        /** Dates that the phrases {@code startFrom} and {@code endFrom} gave, before a rule chose them. */
        EventDates(PartialDate start, PartialDate end, Cand startFrom, Cand endFrom) {
            this(start, end, startFrom, endFrom, null);
        }

        EventDates by(DatingRule r) {
            return new EventDates(start, end, startFrom, endFrom, r);
        }

        /** The dates one phrase gives by its kind: its day, its start, its end, or both ends of its range. */
        static EventDates of(Cand x) {
            return switch (x.kind()) {
                case START -> new EventDates(x.date(), null, x, null);
                case END -> new EventDates(null, x.date(), null, x);
                case RANGE -> new EventDates(x.date(), x.end(), x, x);
                default -> new EventDates(x.date(), x.date(), x, x);
            };
        }
    }

    /** What a date does for the event: its day, its start, its end, or both ends of a range. */
    enum Kind { POINT, START, END, RANGE }

    /**
     * A date phrase of a sentence: [s, e) of the text, its role, whether it dates a statement, and the
     * {@link DateRule} that found it.
     */
    record Cand(int s, int e, Kind kind, PartialDate date, PartialDate end, boolean statement, String prep, boolean compare,
                DateRule rule) {
        Cand(int s, int e, Kind kind, PartialDate date, PartialDate end, boolean statement, String prep, DateRule rule) {
            this(s, e, kind, date, end, statement, prep, false, rule);
        }
    }

    /** Everything date-like in a text that later resolution needs ({@link DateContext}). */
    public static final class Context extends DateContext {
        Context(String text, LocalDate pub, TimeWords words, CalendarDates dates) {
            super(text, pub, words, dates);
        }
    }

    private final Lexicon lx;
    private final TimeWords words;
    private final DateRoles roles;
    private final CalendarDates calendar;
    private final SurveyDates surveys;
    private final StoryDays stories;
    private final SoFarDays soFar;
    private final MarketDays markets;
    private final NowStates nowStates;
    private final EventAnaphors anaphors;
    private final MomentDays momentDays;

    /** The time stage's words ({@code lexicon/time-words.txt}). */
    TimeWords words() { return words; }

    public TimeResolver(Lexicon lx) {
        this.lx = lx;
        this.words = new TimeWords(lx);
        this.roles = new DateRoles(lx, words);
        this.calendar = new CalendarDates(lx);
        this.surveys = new SurveyDates(this, words);
        this.stories = new StoryDays(this, words, lx);
        this.soFar = new SoFarDays(words);
        this.markets = new MarketDays(this, words);
        this.nowStates = new NowStates(words);
        this.anaphors = new EventAnaphors(words);
        this.momentDays = new MomentDays(lx, words);
    }

    public Context context(String text, LocalDate pub) {
        return new Context(text, pub, words, calendar);
    }

    /**
     * Event dates of a figure in the sentence [ss, se), the figure spanning [ms, me), its clause
     * [cs, ce): those of the first {@link DatingRule} that gives any, else none.
     */
    public EventDates eventDates(Context c, int ss, int se, int ms, int me, int cs, int ce) {
        if (cs < ss) cs = ss;
        if (ce > se) ce = se;
        List<Cand> cands = candidates(c, ss, se);
        if (cands.isEmpty()) return EventDates.NONE;
        FigureDates f = new FigureDates(c.text, cands, ss, se, ms, me, cs, ce, words, lx);
        for (DatingRule r : DatingRule.values()) {
            EventDates d = r.apply(f);
            if (d != null) return d.by(r);
        }
        return EventDates.NONE;
    }

    /**
     * The dates of a count of the year of reference, in the past ("banks to fail so far this year now
     * totals 32", "killed almost 100 people since the start of the year", "So far in 2024, 27,982
     * wildfires have burned" published in 2024): from the year's first day up to the reference date.
     * A year's forecast or plan ("will contract an estimated four pct in 1987") and a year that names
     * a noun ("this year's five pct inflation target") stay the year. Else {@code d} as it is.
     */
    public EventDates yearToDate(Context c, int ss, int se, EventDates d) {
        LocalDate ref = c.reference();
        PartialDate s = d.start(), e = d.end();
        Cand from = d.startFrom();
        if (ref == null || s == null || s.month() != 0 || s.year() != ref.getYear() || e != null && !e.equals(s) || from == null) return d;
        if (possessive(c.text, from.e()) || roles.plannedAround(c.text, ss, se, from.s(), from.e())) return d;
        // date.fiscal-year: "earned 60 cents a share in fiscal 2003" is the accounting year named, not the calendar year so far
        if (words.fiscal.contains(DateRoles.previousWord(c.text, ss, from.s()))) return d;
        return new EventDates(new PartialDate(s.year(), 1, 1), PartialDate.of(ref), from, d.endFrom() == null ? from : d.endFrom(), d.rule());
    }

    /**
     * A figure [ms, ..) the text dates only by the moment it was taken ("as of", "by": lexicon MOMENT), with
     * no start, whose own part of its clause [cs, ce) has no perfect and no verb of change ("was 0% contained as of Tuesday",
     * "1,500 flights were canceled by Sunday evening"): a state or an act of that day, dated that day,
     * start and end. A count that has run up to it from a start the text does not fix ("57 cases had been
     * confirmed as of 9 May", "grew to 358,000 acres by Monday") and the end of a period ("until March") keep
     * no start. A start told in the clause before the figure's own part, in a phrase with a verb or a relative word
     * of its own, is another act's ("the fire has grown since Sunday and is 0% contained as of Thursday morning"): the
     * figure is of the moment.
     */
    public EventDates asOfDay(Context c, int cs, int ce, int ms, EventDates d) {
        return momentDays.asOfDay(c, cs, ce, ms, d);
    }

    /**
     * {@link DatingRule#SINCE_EARLIER}: a figure whose own part of its clause [cs, ms) has a perfect with "since" as
     * an adverb ("Israeli military action in Gaza has since killed 39,258 Palestinians") and that its sentence dates
     * not: counted from the last day the two sentences before it name ("launched its military offensive in Gaza on
     * October 7"), its end open. Else {@code d} as it is.
     */
    public EventDates sinceEarlier(Context c, List<Sentences.Sentence> ss, int idx, int cs, int ms, EventDates d) {
        if (d.start() != null || d.end() != null || cs >= ms || !words.sinceAdverb.matcher(c.text).region(cs, ms).find()) return d;
        for (int k = idx - 1; k >= Math.max(0, idx - 2); k--) {
            List<Cand> before = candidates(c, ss.get(k).start(), ss.get(k).end());
            for (int i = before.size() - 1; i >= 0; i--) {
                Cand x = before.get(i);
                if (!x.statement() && !x.compare() && x.date().toLocalDate() != null) {
                    return new EventDates(x.date(), null, x, null, DatingRule.SINCE_EARLIER);
                }
            }
        }
        return d;
    }

    /**
     * {@link DatingRule#PREVIOUS_SENTENCE}: in an article whose event the text does not date ({@code undated}), a figure
     * whose own sentence names no date (a base of a comparison aside), told in the simple past ("At least 1,200 people were killed and more than 250 others
     * abducted", "Mitch killed about 10,000 people"; no perfect, no present, nothing to come), right after a sentence that dates an event
     * ("Israel launched its military offensive in Gaza on October 7 after Hamas attacked southern Israel"): that date, the
     * last the sentence before gives that dates no statement and no comparison. Else {@code d} as it is.
     */
    public EventDates previousSentence(Context c, List<Sentences.Sentence> ss, int idx, boolean undated, int cs, int ce, EventDates d) {
        if (!undated || d.start() != null || d.end() != null || idx == 0 || ss.get(idx - 1).kind() != Sentences.Kind.BODY
                || candidates(c, ss.get(idx).start(), ss.get(idx).end()).stream().anyMatch(x -> !x.compare())) return d;
        boolean past = false;
        for (int a = LetterWords.next(c.text, cs, ce); a >= 0; ) {
            int e = LetterWords.end(c.text, a, ce);
            String w = c.text.substring(a, e).toLowerCase(java.util.Locale.ROOT);
            if (words.perfect.contains(w) || words.future.contains(w) || words.present.contains(w)) return d;
            past |= w.length() > 3 && (w.endsWith("ed") || lx.irregularPast.contains(w));
            a = LetterWords.next(c.text, e, ce);
        }
        if (!past) return d;
        List<Cand> before = candidates(c, ss.get(idx - 1).start(), ss.get(idx - 1).end());
        for (int i = before.size() - 1; i >= 0; i--) {
            Cand x = before.get(i);
            if (x.statement() || x.compare()) continue;
            return x.kind() == Kind.END ? d : EventDates.of(x).by(DatingRule.PREVIOUS_SENTENCE);
        }
        return d;
    }

    /** {@link DatingRule#NAMED_SURVEY} ({@link SurveyDates}): a survey's results dated by the sentence that named it with its date. */
    public EventDates namedSurvey(Context c, List<Sentences.Sentence> ss, int idx, int ce, EventDates d) {
        return surveys.carried(c, ss, idx, ce, d);
    }

    /**
     * The day of the report, the day of publication, for a figure its sentence dates not: a market's price or move
     * ({@link DatingRule#MARKET_DAY}, {@link MarketDays#dated}), else a count reached "so far" in an article whose event the text
     * does not date ({@code undated}; {@link DatingRule#SO_FAR}, {@link SoFarDays#dated}), else a state told as of now
     * there ({@link DatingRule#NOW_STATE}, {@link NowStates#dated}). Else {@code d} as it is.
     */
    public EventDates reportDay(Context c, List<Sentences.Sentence> ss, int idx, boolean undated, int cs, int ce, EventDates d) {
        return nowStates.dated(c, undated, cs, ce, soFar.dated(c, undated, cs, ce, markets.dated(c, ss, idx, cs, ce, d)));
    }

    /** {@link DatingRule#NOW_STATE} ({@link NowStates#now}): the clause [clause[0], clause[1]) tells a state as of now. */
    public boolean nowState(Context c, int[] clause) { return c.pub != null && nowStates.now(c, clause[0], clause[1]); }

    /**
     * dating.market-own-day ({@link MarketDays#moves}): the clause [clause[0], clause[1]) tells a market's price or move (a MARKET
     * and a TRADED word, no perfect, nothing to come), whose day, when its sentence names it, is a trading day: the span of the
     * article's event does not widen it.
     */
    public boolean marketMove(Context c, int[] clause) { return markets.moves(c, clause[0], clause[1], true); }

    /**
     * dating.market-own-day: dates the day of publication is the trading day of ({@link DatingRule#MARKET_DAY}, {@link
     * DatingRule#MARKET_PRICE}, {@link DatingRule#MARKET_RUN}), which the span of the article's event does not widen either (its one day, the day before a report
     * told a day later, may still be the trading day).
     */
    static boolean tradingDay(EventDates d) {
        return d.rule() == DatingRule.MARKET_DAY || d.rule() == DatingRule.MARKET_PRICE || d.rule() == DatingRule.MARKET_RUN;
    }

    /** {@link DatingRule#ANAPHORIC_EVENT} ({@link EventAnaphors#dated}): "those blasts" take the day an earlier sentence gave. */
    public EventDates anaphoricEvent(Context c, List<Sentences.Sentence> ss, int idx, int[] clause, EventDates d) {
        return anaphors.dated(this, c, ss, idx, clause[0], clause[1], d);
    }

    /** The day of the story, for {@link DatingRule#STORY_DAY} ({@link StoryDays#day}), or null. */
    public PartialDate storyDay(Context c, List<Sentences.Sentence> ss) {
        return stories.day(c, ss);
    }

    /** {@link DatingRule#STORY_DAY} ({@link StoryDays#dated}): a figure of the past its sentence dates not takes the story's day. */
    public EventDates storyDay(Context c, PartialDate day, Sentences.Sentence s, int cs, int ce, EventDates d) {
        return stories.dated(c, day, s, cs, ce, d);
    }

    /**
     * The day of the election the article names, for {@link DatingRule#ELECTION_DAY}: the latest day, on or up to ten days
     * before publication, of a date phrase whose possessive names an election ("Sunday's vote", "last Sunday's presidential
     * election") or that a noun of an election governs among the four words before it as the day of it ("the presidential
     * election held on Sunday"; not "the results of the vote by Tuesday"); lexicon ELECTION. Null when it names none or has no publication date.
     */
    public PartialDate electionDay(Context c, List<Sentences.Sentence> ss) {
        if (c.pub == null) return null;
        LocalDate best = null;
        for (Sentences.Sentence s : ss) {
            for (Cand x : candidates(c, s.start(), s.end())) {
                LocalDate day = x.date().toLocalDate();
                if (x.statement() || x.kind() == Kind.RANGE || day == null || day.isAfter(c.pub) || day.isBefore(c.pub.minusDays(10))) continue;
                // "the results of the vote by Tuesday evening" is a deadline's day, not the vote's
                if (!electionAfter(c.text, x.e(), s.end()) && !(x.kind() == Kind.POINT && electionBefore(c.text, s.start(), x.s()))) continue;
                if (best == null || day.isAfter(best)) best = day;
            }
        }
        return best == null ? null : PartialDate.of(best);
    }

    /** "Sunday's presidential election": a possessive date with a noun of an election among the three words after it. */
    private boolean electionAfter(String text, int e, int end) {
        if (e < 2 || text.charAt(e - 1) != 's' || text.charAt(e - 2) != '\'' && text.charAt(e - 2) != '’') return false;
        int a = LetterWords.next(text, e, end);
        for (int k = 0; k < 3 && a >= 0; k++) {
            int b = LetterWords.end(text, a, end);
            if (words.elections.contains(text.substring(a, b).toLowerCase(java.util.Locale.ROOT))) return true;
            a = LetterWords.next(text, b, end);
        }
        return false;
    }

    /** "the election held on Sunday": a noun of an election among the four words before the date, no clause mark between. */
    private boolean electionBefore(String text, int from, int s) {
        int i = s;
        for (int k = 0; k < 4; k++) {
            String w = DateRoles.previousWord(text, from, i);
            if (w == null) return false;
            if (words.elections.contains(w)) return true;
            while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
            i -= w.length();          // a clause mark before the next word ends the search: previousWord gives null there
        }
        return false;
    }

    /**
     * {@link DatingRule#ELECTION_DAY}: a count of what a vote counts (a word of lexicon VOTES in the figure's clause [cs, ce),
     * or, for a percentage, in its sentence [ss, se): "51.2% of the votes, followed by Edmundo with 44.2%"), with no word of an
     * opinion survey in its clause, in an article that names its {@code election} day, when its sentence dates it not or dates
     * it after that day (the day the results were told): the election's day. Else {@code d} as it is.
     */
    public EventDates electionDay(Context c, PartialDate election, int ss, int se, int cs, int ce, boolean percent, EventDates d) {
        if (election == null || d.start() != null && !before(election, d.start())) return d;
        boolean votes = false;
        for (int a = LetterWords.next(c.text, cs, ce); a >= 0; ) {
            int e = LetterWords.end(c.text, a, ce);
            String w = c.text.substring(a, e).toLowerCase(java.util.Locale.ROOT);
            if (words.opinion.contains(w)) return d;
            votes |= words.votes.contains(w);
            a = LetterWords.next(c.text, e, ce);
        }
        for (int a = percent && !votes ? LetterWords.next(c.text, ss, se) : -1; a >= 0 && !votes; ) {
            int e = LetterWords.end(c.text, a, se);
            votes = words.votes.contains(c.text.substring(a, e).toLowerCase(java.util.Locale.ROOT));
            a = LetterWords.next(c.text, e, se);
        }
        return votes ? new EventDates(election, election, null, null, DatingRule.ELECTION_DAY) : d;
    }

    /** "this year's": a year that names a noun after it. */
    private static boolean possessive(String text, int e) {
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’') && text.charAt(e + 1) == 's';
    }

    /** "said Thursday", "said on May 25", "announced late on Wednesday" in the sentence. */
    public PartialDate statementDate(Context c, int ss, int se) {
        Cand d = statementPhrase(c, ss, se);
        return d == null ? null : d.date();
    }

    /** The date phrase that gives {@link #statementDate}, or null. */
    Cand statementPhrase(Context c, int ss, int se) {
        for (Cand d : candidates(c, ss, se)) if (d.statement()) return d;
        return null;
    }

    /**
     * Whether the sentence speaks of the figure's day as of what is to come ("expects 400 guardsmen to
     * help on Saturday", "temperatures on Saturday expected to rise as high as 28"): a forecast or a plan
     * is dated by its own day, not by the day of the event it belongs to.
     */
    public boolean ahead(Context c, int ss, int se, EventDates d) {
        if (d.start() == null) return false;
        for (Cand x : candidates(c, ss, se)) {
            if (!x.statement() && x.date().equals(d.start()) && roles.aheadAround(c.text, ss, se, x.s(), x.e())) return true;
        }
        return false;
    }

    /** {@link DateRoles#announcedBy}: "announced by Prime Minister Lionel Jospin last week" dates the announcement. */
    boolean announcedBy(Context c, int from, int s) { return roles.announcedBy(c.text, from, s); }

    /** A word that turns to another event ("while", "but": time-words.txt BREAK) in [s, e) of the text. */
    boolean turnsIn(Context c, int s, int e) {
        return words.breakWord.matcher(c.text).region(s, e).find();
    }

    /** A word that may stand between a noun and its date: a preposition of a day or a filler ("on", "last", "early"). */
    boolean leadsADate(String word) {
        return words.fillers.contains(word) || words.preps.get(word) == Kind.POINT;
    }

    /** The date phrases of a sentence, in text order; computed once an article for its frame and all its figures. */
    List<Cand> candidates(Context c, int ss, int se) {
        return c.datesBySentence.computeIfAbsent(ss, k -> SentenceDates.find(c, ss, se, words, roles, calendar));
    }

    /** a is earlier than b, the unknown parts of a date counted as its first month or day. */
    static boolean before(PartialDate a, PartialDate b) {
        int x = a.year() * 10000 + Math.max(a.month(), 1) * 100 + Math.max(a.day(), 1);
        int y = b.year() * 10000 + Math.max(b.month(), 1) * 100 + Math.max(b.day(), 1);
        return x < y;
    }
}
