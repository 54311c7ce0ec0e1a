package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure that is the size of a rise or a fall of a count, named by what changed, in the article's own words:
 * {@code counted.change-of-measure} ("the number of job seekers fell by 9,000" -> "fall in job seekers", "with their
 * number falling by 5,400" -> the sentence's subject), {@code counted.change-of-previous-count} ("rose to 3,100, up 200
 * from May" -> "rise in" what the figure before counts) and {@code counted.share-of-previous-change} ("fell by 9,000, or
 * 0.3%" -> "pct fall in" what fell). Read after the other rules, over any phrase that names no noun after the figure.
 */
final class CountedChanges {

    /** A named company's share price move, as counted.share-price names it: "PartnerRe share price fall (cents)". */
    private static final Pattern PRICE_MOVE = Pattern.compile("(?:(\\S.*) )?share price (rise|fall)(?: \\(.*\\))?");

    /** Words at most in what changed. */
    private static final int WHAT = 9;

    private final CountedWords w;
    /** "number", "numbers": a measure noun "of" what is counted, whose change a figure after a verb of change is. */
    private final Set<String> countNouns = Set.copyOf(Lexicon.lines("counted-count-nouns.txt"));
    /** "went", "was": verbs before "up" or "down" that make a verb of change ("went up by 300"). */
    private final Set<String> phrasalVerbs = Set.copyOf(Lexicon.lines("counted-phrasal-change-verbs.txt"));

    CountedChanges(CountedWords w) {
        this.w = w;
    }

    CountedPhrase.Result read(String text, List<Tok> t, Mention m, CountedPhrase.Prev prev, CountedPhrase.Result r) {
        if (r.noun() != null) return r;
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        boolean share = m.unit.equals("%") || m.unit.equals("pp");
        if (share) {
            // "fell by 9,000, or 0.3%": the share of the change of the figure before
            if (t.get(k).is("or") && t.get(k - 1).is(",") && prev != null && !prev.unit().equals(m.unit) && changeNamed(prev.counted())) {
                String unit = m.unit.equals("pp") ? "percentage points" : CountedWords.unitName(m);
                return new CountedPhrase.Result(unit + " " + prev.counted(), r.end(), null, CountedRule.SHARE_OF_PREVIOUS_CHANGE.id);
            }
            // counted.share-of-price-move: "PartnerRe shares were down 83 cents, or 1.14 percent": the move of a named company's shares
            Matcher move = t.get(k).is("or") && t.get(k - 1).is(",") && prev != null && !prev.unit().equals(m.unit) && !m.unit.equals("pp")
                    ? PRICE_MOVE.matcher(prev.counted()) : null;
            if (move != null && move.matches()) {
                return new CountedPhrase.Result(CountedWords.unitName(m) + " " + move.group(2) + " in " + (move.group(1) == null ? "" : move.group(1) + " ") + "shares", r.end(), null,
                        CountedRule.SHARE_OF_PRICE_MOVE.id);
            }
            return r;
        }
        String l = t.get(k).lower();
        if ((l.equals("up") || l.equals("down")) && prev != null && prev.unit().equals(m.unit) && !changeNamed(prev.counted())
                && !prev.counted().isEmpty() && (t.get(k - 1).is(",") || after(t, m, "from"))) {
            String change = w.changeNouns.first(List.of(l));
            return new CountedPhrase.Result(change + " in " + prev.counted(), r.end(), null, CountedRule.CHANGE_OF_PREVIOUS_COUNT.id);
        }
        int v = t.get(k).is("by") ? k - 1 : k;
        if (v < 1 || !t.get(v).isWord()) return r;
        // counted.phrasal-change: "the number of visitors went up by 300", "was down by 40": "up" or "down" after a verb of
        // motion or "be" (counted-phrasal-change-verbs.txt) is the change, the verb before it the one "the number of X" is subject of
        boolean updown = t.get(v).is("up") || t.get(v).is("down");
        boolean phrasal = updown && v > 1 && t.get(v - 1).isWord() && phrasalVerbs.contains(t.get(v - 1).lower());
        String change = w.changeNouns.first(List.of(t.get(v).lower()));
        if (!"rise".equals(change) && !"fall".equals(change) || updown && !phrasal) return r;
        String what = what(text, t, phrasal ? v - 1 : v);
        return what == null ? r : new CountedPhrase.Result(change + " in " + what, r.end(), null, CountedRule.CHANGE_OF_MEASURE.id);
    }

    /** What "the number of X" before the verb of change at v counts, X as written; the sentence's subject for "their number"; else null. */
    private String what(String text, List<Tok> t, int v) {
        for (int n = v - 1; n >= 0 && v - n <= WHAT + 2; n--) {
            Tok y = t.get(n);
            if (!y.isWord() && !y.isNum() && !y.is("-")) return null;
            if (!countNouns.contains(y.lower())) continue;
            if (n + 2 < v && t.get(n + 1).is("of")) return v - (n + 2) <= WHAT ? span(t, n + 2, v) : null;
            if (n + 1 == v && n > 0 && w.owners.contains(t.get(n - 1).lower())) return subject(text, t, n - 1);
            return null;
        }
        return null;
    }

    /** The noun phrase that opens the sentence, to its verb, when it ends before {@code before}; its first word in lower case where it only opens the sentence. */
    private String subject(String text, List<Tok> t, int before) {
        int a = 0;
        while (a < before && t.get(a).isWord() && w.determiners.contains(t.get(a).lower())) a++;
        int x = a;
        while (x < before && x - a < WHAT && (t.get(x).isNum() || t.get(x).isWord() && !w.copulas.contains(t.get(x).lower())
                && !w.lx.linkingVerbs.contains(t.get(x).lower()))) x++;
        if (x == a || x >= before || !t.get(x).isWord()) return null;
        String said = span(t, a, x);
        String first = t.get(a).text();
        String lower = first.toLowerCase(Locale.ROOT);
        if (a == 0 && !lower.equals(first) && WrittenWords.asWord(text, lower)) said = lower + said.substring(first.length());
        return said;
    }

    /** The word right after the figure is {@code word}. */
    private static boolean after(List<Tok> t, Mention m, String word) {
        int j = CountedWords.afterFigure(t, m);
        return j < t.size() && t.get(j).is(word);
    }

    /** A phrase that names a change ("fall in job seekers"). */
    private boolean changeNamed(String phrase) {
        int sp = phrase.indexOf(" in ");
        return sp > 0 && w.changeNouns.first(List.of(phrase.substring(0, sp))) != null;
    }
}
