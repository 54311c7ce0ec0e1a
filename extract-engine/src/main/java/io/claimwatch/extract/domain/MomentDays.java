package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;

/**
 * {@link TimeResolver#asOfDay}: a figure the text dates only by the moment it was taken ("as of", "by": lexicon
 * MOMENT), with no perfect and no verb of change in its own part of the clause, is of that day.
 */
final class MomentDays {

    private final Lexicon lx;
    private final TimeWords words;

    MomentDays(Lexicon lx, TimeWords words) {
        this.lx = lx;
        this.words = words;
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
    EventDates asOfDay(TimeResolver.Context c, int cs, int ce, int ms, EventDates d) {
        if (d.end() == null || d.endFrom() == null || !words.moments.contains(d.endFrom().prep())) return d;
        // the figure's own verb: from the last "and", "while" or clause mark before it ("has burned 5,000 acres
        // and was 0% contained as of Tuesday") to the date after it, or to the clause's end
        int from = cs;
        for (int i = cs; i < ms; i++) if (DateRoles.isBoundary(c.text.charAt(i))) from = i + 1;
        for (int a = LetterWords.next(c.text, from, ms); a >= 0; ) {
            int e = LetterWords.end(c.text, a, ms);
            String w = c.text.substring(a, e).toLowerCase(java.util.Locale.ROOT);
            if (words.rangeJoiners.contains(w) || words.breaks.contains(w)) from = e;
            a = LetterWords.next(c.text, e, ms);
        }
        if (d.start() != null && !(d.startFrom() != null && d.startFrom().e() <= from && anotherAct(c.text, d.startFrom().s(), from))) return d;
        int to = d.endFrom().s() > ms ? Math.min(ce, d.endFrom().s()) : ce;
        boolean held = false;
        for (int a = LetterWords.next(c.text, from, to); a >= 0; ) {
            int e = LetterWords.end(c.text, a, to);
            String w = c.text.substring(a, e).toLowerCase(java.util.Locale.ROOT);
            if (lx.changeVerbs.contains(w)) return d;
            if (words.perfect.contains(w)) {
                // dating.held-as-of: "had total assets of $98 million ... as of October 7" is a "have" of possession, no perfect
                if (!lx.possessionVerbs.contains(w) || auxiliary(c.text, e, to)) return d;
                held = true;
            }
            a = LetterWords.next(c.text, e, to);
        }
        return new EventDates(d.end(), d.end(), d.endFrom(), d.endFrom(), held ? DatingRule.HELD_AS_OF : d.rule());
    }

    /**
     * Whether a "have" ending at {@code e} is an auxiliary: a participle ("been", a past of lexicon irregular-verbs.txt, a
     * word in "-ed") among the two words right after it, no figure between ("had already been", "has risen"; not "had total
     * assets", "had $12.8 billion").
     */
    private boolean auxiliary(String text, int e, int to) {
        int i = e;
        for (int k = 0; k < 2; k++) {
            while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= to || !Character.isLetter(text.charAt(i))) return false;
            int b = LetterWords.end(text, i, to);
            String w = text.substring(i, b).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("been") || lx.irregularPast.contains(w) || w.length() > 3 && w.endsWith("ed")) return true;
            i = b;
        }
        return false;
    }

    /**
     * Whether the phrase of a date at {@code at}, from the clause mark before it to {@code to}, has a perfect, a verb of
     * change or a relative word: a phrase of an act of its own.
     */
    private boolean anotherAct(String text, int at, int to) {
        int from = at;
        while (from > 0 && !DateRoles.isBoundary(text.charAt(from - 1)) && ".!?\n".indexOf(text.charAt(from - 1)) < 0) from--;
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            String w = text.substring(a, e).toLowerCase(java.util.Locale.ROOT);
            if (words.perfect.contains(w) || lx.changeVerbs.contains(w) || words.relatives.contains(w)) return true;
            a = LetterWords.next(text, e, to);
        }
        return false;
    }
}
