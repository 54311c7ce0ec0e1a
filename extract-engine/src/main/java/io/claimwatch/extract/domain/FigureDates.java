package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.util.List;
import java.util.regex.Matcher;

/**
 * One figure and the date phrases of its sentence, with what the {@link DatingRule}s ask of them:
 * the dates one clause gives ({@link #combine}), which of two dates is the figure's, and whether a
 * date stands beyond a conjunction that turns to another event ("while").
 *
 * @param ss the sentence [ss, se) of the text
 * @param ms the figure [ms, me)
 * @param cs its clause [cs, ce)
 */
record FigureDates(String text, List<Cand> cands, int ss, int se, int ms, int me, int cs, int ce, TimeWords w, Lexicon lx) {

    /**
     * The event dates given by the dates of one clause [gs, ge), or null when it has none: a range;
     * else a start and an end (the other end may stand elsewhere in the sentence: "Since the outbreak
     * began in August 2018, there have been 2,084 cases as of 11 June 2019"; a day or year before an
     * end is its start: "in 2018 through 27 June"); else the nearest day. Of two dates, one on the
     * figure's side of a conjunction that turns to another event ("while", "but") is preferred.
     */
    EventDates combine(List<Cand> group, int gs, int ge) {
        if (group.isEmpty()) return null;
        Cand point = null, start = null, end = null, range = null;
        for (Cand d : group) {
            boolean far = broken(d);
            switch (d.kind()) {
                case RANGE -> range = pick(range, d, far);
                case START -> start = pick(start, d, far);
                case END -> end = pick(end, d, far);
                default -> point = pick(point, d, far);
            }
        }
        if (range != null) return new EventDates(range.date(), range.end(), range, range);
        if (start != null || end != null) {
            if (start == null && point != null && point.s() < end.s() && !TimeResolver.before(end.date(), point.date())) start = point;
            Cand outStart = null, outEnd = null;
            for (Cand d : cands) {
                if (d.statement() || d.e() > gs && d.s() < ge) continue;
                if (d.kind() == Kind.START) outStart = nearer(outStart, d);
                if (d.kind() == Kind.END) outEnd = nearer(outEnd, d);
            }
            if (start == null) start = outStart;
            if (end == null) end = outEnd;
            return new EventDates(start == null ? null : start.date(), end == null ? null : end.date(), start, end);
        }
        // a year or a month, and an end within it later in the sentence: "arrivals in 2018 have reached
        // 14,953 men, women and children ... through 27 June"
        if (point.date().day() == 0) {
            for (Cand d : cands) {
                if (d.kind() == Kind.END && !d.statement() && d.s() > point.e() && within(d.date(), point.date())) {
                    return new EventDates(point.date(), d.date(), point, d);
                }
            }
        }
        return new EventDates(point.date(), point.date(), point, point);
    }

    /** a lies within the year or month b. */
    private static boolean within(PartialDate a, PartialDate b) {
        return a.year() == b.year() && (b.month() == 0 || a.month() == b.month()) && (a.month() != b.month() || b.day() == 0);
    }

    /**
     * The better of two dates for a figure: one on the figure's side of a "while", then one of the figure's own conjunct
     * ({@link #closesConjunct}), then the nearer.
     */
    private Cand pick(Cand best, Cand d, boolean far) {
        if (best == null) return d;
        boolean bestFar = broken(best);
        if (far != bestFar) return far ? best : d;
        if (closesConjunct(best) && d.s() >= me) return d;
        if (closesConjunct(d) && best.s() >= me) return best;
        return nearer(best, d);
    }

    /**
     * own-conjunct: a date right before "and" that opens the figure's conjunct closes the conjunct before it ("five ambushes
     * in 2013 and six ambush deaths during 2012": six is 2012's), when a date after the figure is the figure's own
     * ({@code lexicon/time-words.txt} AND).
     */
    private boolean closesConjunct(Cand c) {
        if (c.e() > ms) return false;
        String between = text.substring(c.e(), ms).replace(",", " ").strip().toLowerCase(java.util.Locale.ROOT);
        return w.rangeJoiners.contains(between);
    }

    /**
     * A conjunction that turns to another event between the figure and the date ("while", "but"); a
     * relative word between a date and a figure after it ("arrive on Saturday ... where 32,000 homes
     * were without power"); a relative clause set off by commas that holds the date before the figure; a second verb joined after the figure before a date ("declared an
     * emergency in 44 counties and deployed 200 guardsmen on Friday", "... and expects 400 guardsmen to
     * help on Saturday").
     */
    boolean broken(Cand d) {
        int a = d.s() >= me ? me : d.e(), b = d.s() >= me ? d.s() : ms;
        if (a >= b) return false;
        if (w.breakWord.matcher(text).region(a, b).find()) return true;
        if (inRelativeClause(d)) return true;
        if (d.s() < me) {
            Matcher r = w.relativeWord.matcher(text).region(a, b);
            // "a strike on July 14 which reportedly killed 90 people": a clause right after the date is the dated event's
            return r.find() && !(text.substring(a, r.start()).isBlank()
                    && w.datedRelatives.contains(r.group().toLowerCase(java.util.Locale.ROOT)));
        }
        // "output was 124 mln, down from 127 mln in 1985": the date after a figure compared with is that figure's
        if (w.comparedFigure.matcher(text).region(a, b).find()) return true;
        if (describesThing(a, b)) return true;
        Matcher and = w.joinedVerb.matcher(text).region(a, b);
        while (and.find()) {
            String verb = and.group(1).toLowerCase(java.util.Locale.ROOT);
            // dating.joined-toll: "wounded 12 people and killed two at a bar on Friday" is one act's toll (JoinedTolls)
            if (JoinedTolls.sameAct(text, cs, ms, verb)) continue;
            if (w.future.contains(verb) || verb.length() > 4 && (verb.endsWith("ed") || lx.irregularPast.contains(verb))) return true;
        }
        return false;
    }

    /** ", which" opening a relative clause set off by a comma, and the words before the comma. */
    private static final java.util.regex.Pattern NAME_RELATIVE =
            java.util.regex.Pattern.compile("((?:\\S+\\s+){0,3}\\S+),\\s+which\\b");

    /**
     * thing-relative-after: "Hundreds of votes were cast for one finalist in the Hugo Awards, which honor the works of the
     * previous year, its team said": a date in a relative clause set off by a comma after the figure describes the
     * thing the clause is about, not the figure's event; unless the words before the comma name a kind of event ("40 died
     * in the quake, which struck on Saturday": {@code keys/causes.txt}).
     */
    private boolean describesThing(int a, int b) {
        if (TextSearch.indexOf(text, "which", a, b) < 0) return false;   // the pattern needs it: not run on every span
        Matcher r = NAME_RELATIVE.matcher(text).region(a, b);
        if (!r.find()) return false;
        List<String> words = java.util.Arrays.stream(r.group(1).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+"))
                .filter(x -> !x.isEmpty()).map(WordForms::singular).toList();
        for (int i = 0; i < words.size(); i++) if (EventKinds.CAUSES.match(words, i) != null) return false;
        return true;
    }

    /** Whether the date is written as a possessive ("2012's turmoil"): the time of the noun after it. */
    boolean possessive(Cand d) {
        int e = d.e();
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's'
                && (e + 2 == text.length() || !Character.isLetter(text.charAt(e + 2)));
    }

    /**
     * "The party, which lost its donor in the row last autumn, took in £63,081": a date in a relative clause set off by commas
     * before the figure, which it dates not.
     */
    boolean inRelativeClause(Cand d) {
        if (d.e() > ms) return false;
        // the commas around the date inside the clause before the figure (not looked for past it: the text's start or end)
        int open = Math.min(d.s(), text.length() - 1);
        while (open >= cs && text.charAt(open) != ',') open--;
        int close = TextSearch.indexOf(text, ",", d.e(), ms);
        if (open < cs || close < 0) return false;
        Matcher r = w.relativeWord.matcher(text).region(open + 1, d.s());
        return r.find() && text.substring(open + 1, r.start()).isBlank();
    }

    /**
     * {@link DatingRule#CHANGE_ENDS}: whether the figure opens a change from one figure to another ("from $1.1
     * billion to ...": true), closes one ("... from $1.1 billion to $4.9 billion": false), or neither (null). The
     * words are the time stage's start and end prepositions ({@code lexicon/time-words.txt}: "from", "to"); a
     * range written as one figure ("from 50 to 95") is one mention and neither.
     */
    Boolean changeEnd() {
        int at = ms;
        while (at > cs && !Character.isWhitespace(text.charAt(at - 1)) && !Character.isLetterOrDigit(text.charAt(at - 1))) at--;
        String before = DateRoles.previousWord(text, cs, at);
        if (before == null) return null;
        if (opensChange(before)) {
            int e = me;
            while (e < ce && Character.isWhitespace(text.charAt(e))) e++;
            String after = DateRoles.nextWord(text, e);
            int f = e + after.length();
            while (f < ce && Character.isWhitespace(text.charAt(f))) f++;
            return w.preps.get(after) == Kind.END && f < ce && !Character.isLetter(text.charAt(f)) && !Character.isWhitespace(text.charAt(f)) ? true : null;
        }
        if (w.preps.get(before) != Kind.END) return null;
        Matcher from = CHANGE_FROM.matcher(text).region(Math.max(cs, at - 60), at);
        return from.find() && opensChange(from.group(1).toLowerCase(java.util.Locale.ROOT)) ? false : null;
    }

    /**
     * {@link DatingRule#CHANGE_BASE}: whether the figure is the base a change starts from ("fell to 11.6 percent in October
     * from 11.7 percent"): right after "from" (a start preposition, not "since"), no end preposition after it (not "from 50
     * to 95", one mention, nor "from $1.1 billion to ..."), and no date of its own after it in its clause ("from 11.7 percent in September").
     */
    boolean changeBase() {
        int at = ms;
        while (at > cs && !Character.isWhitespace(text.charAt(at - 1)) && !Character.isLetterOrDigit(text.charAt(at - 1))) at--;
        String before = DateRoles.previousWord(text, cs, at);
        if (before == null || !opensChange(before) || changeEnd() != null) return false;
        for (String word : text.substring(ms, me).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.preps.get(word) == Kind.END) return false;       // "from 100 to 300 men": a range written as one figure
        }
        for (Cand d : cands) if (d.s() >= me && d.s() < ce) return false;
        return true;
    }

    /** "from" and its kind: a start preposition that does not count up to now (not "since"). */
    private boolean opensChange(String word) {
        return w.preps.get(word) == Kind.START && !w.sincePreps.contains(word);
    }

    /** "from $1.1 billion to" before a figure: the preposition, a figure with its scale, and the end preposition. */
    private static final java.util.regex.Pattern CHANGE_FROM =
            java.util.regex.Pattern.compile("\\b(\\p{L}+)\\s+\\p{Sc}?\\d[\\d.,]*(?:\\s*\\p{L}+)?\\s+\\p{L}+\\s*$");

    /** Whether the first word at or after {@code at} is a past participle ("expelled", "founded", "built"). */
    boolean participle(int at) {
        int i = at;
        while (i < se && !Character.isLetter(text.charAt(i))) i++;
        String word = DateRoles.nextWord(text, i);
        return word.length() > 4 && (word.endsWith("ed") || lx.irregularPast.contains(word));
    }

    /** A comma, a colon, a dash or a parenthesis in [a, b) of the text. */
    boolean clauseBreakBetween(int a, int b) {
        for (int i = a; i < b; i++) if (DateRoles.isBoundary(text.charAt(i))) return true;
        return false;
    }

    Cand nearer(Cand best, Cand d) {
        if (best == null) return d;
        return distance(d) < distance(best) ? d : best;
    }

    private int distance(Cand d) {
        return d.s() >= me ? d.s() - me : Math.max(0, ms - d.e());
    }
}
