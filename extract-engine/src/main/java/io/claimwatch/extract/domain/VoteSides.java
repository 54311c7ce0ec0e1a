package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two sides of a vote. vote-tally-sides: the first figure of a tally ("voted 9-2", "a 7-5 vote", "The vote was
 * 61 to 38") counts the votes for what was voted on, the second the votes against it, each with who voted: "The board
 * voted 9-2 on Monday to close the clinic" is "board votes to close the clinic" and "board votes against closing the
 * clinic"; "The council approved the levy in a 7-5 vote" is "council votes for the levy" and "council votes against
 * the levy"; with nothing named, "votes for" and "votes against". voted-for-against: a count before "voted
 * against/for/to" counts those voting so ("Three members voted against the plan": members voting against the plan).
 * Words in {@code numbers-vote-words.txt}, {@code counted-vote-verbs.txt}, {@code counted-vote-passing.txt}.
 */
final class VoteSides {

    /** The rules of this class, with an example sentence of ours and the phrase it gives the last figure. */
    enum Rule {
        VOTE_TALLY_SIDES("the first figure of a vote's tally counts the votes for what was voted on, the second those against it,"
                + " with who voted",
                "The county board voted 9-2 on Monday to close the old clinic.", "county board votes against closing the old clinic"),
        VOTED_FOR_AGAINST("a count before \"voted against/for/to\" counts those voting so",
                "Three councillors voted against the parking plan.", "councillors voting against the parking plan");

        final String id;
        final String example;
        final String counted;

        Rule(String description, String example, String counted) {
            this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
            this.example = example;
            this.counted = counted;
        }
    }

    /** How many words a body or a measure may have. */
    private static final int BODY_WORDS = 6, MEASURE_WORDS = 9;
    /** An adverb between a body and its vote ("unanimously", "narrowly"), not a noun in "-ly" ("assembly"). */
    private static final java.util.regex.Pattern ADVERB = java.util.regex.Pattern.compile(".+(?:ally|ously|ately|ingly|edly|ively|fully|rowly|ctly|ntly)");

    private final CountedWords w;
    private final Lexicon lx;
    private final Set<String> voteWords = lower(Lexicon.lines("numbers-vote-words.txt"));
    private final Set<String> voteVerbs = lower(Lexicon.lines("counted-vote-verbs.txt"));
    private final Set<String> passing = lower(Lexicon.lines("counted-vote-passing.txt"));

    VoteSides(CountedWords w) {
        this.w = w;
        this.lx = w.lx;
    }

    private static Set<String> lower(List<String> lines) {
        return Set.copyOf(lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** The phrase of the figure at {@code m} by these rules, else {@code r}. */
    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (!m.unit.isEmpty() || m.tokStart >= t.size()) return r;
        int i = m.tokStart, j = CountedWords.afterFigure(t, m);
        int a = -1, b = -1;
        if (j + 1 < t.size() && joins(t, j) && t.get(j + 1).isNum()) {
            a = i;
            b = j + 1;
        } else if (i >= 2 && joins(t, i - 1) && t.get(i - 2).isNum()) {
            a = i - 2;
            b = i;
        }
        if (a >= 0 && whole(t.get(a)) && whole(t.get(b)) && value(t.get(a)) >= value(t.get(b)) && voteNear(t, a, b)) {
            return tally(t, a, b, a == i, r);
        }
        return voted(t, m, j, r);
    }

    /** "-" glued between two numbers ("9-2"), or "to" ("61 to 38"). */
    private static boolean joins(List<Tok> t, int x) {
        Tok d = t.get(x);
        if (d.is("to")) return true;
        return (d.is("-") || d.is("–")) && x > 0 && x + 1 < t.size() && t.get(x - 1).end() == d.start() && d.end() == t.get(x + 1).start();
    }

    private static boolean whole(Tok tok) {
        return tok.text().matches("\\d{1,3}(,\\d{3})*|\\d{4,6}");
    }

    private static double value(Tok tok) {
        return Double.parseDouble(tok.text().replace(",", ""));
    }

    /** A vote word within three tokens before the tally ("voted", "voting by", "The vote was", "vote,") or right after it. */
    private boolean voteNear(List<Tok> t, int a, int b) {
        for (int k = a - 1; k >= Math.max(0, a - 3); k--) if (voteWords.contains(t.get(k).lower())) return true;
        return b + 1 < t.size() && voteWords.contains(t.get(b + 1).lower());
    }

    private CountedPhrase.Result tally(List<Tok> t, int a, int b, boolean first, CountedPhrase.Result r) {
        String body = "", forIt = "for", against = "against";
        int v = -1;
        for (int k = a - 1; k >= Math.max(0, a - 3); k--) {
            if (voteVerbs.contains(t.get(k).lower()) && !t.get(k).is("vote") && !t.get(k).is("votes")) v = k;   // "voted", "voting"
        }
        int after = b + 1;
        if (after < t.size() && voteWords.contains(t.get(after).lower())) after++;          // "a 7-5 vote"
        if (v >= 0) {
            body = body(t, v);
            int x = overTime(t, after);
            if (x + 2 < t.size() && t.get(x).is("to") && t.get(x + 1).isWord() && !lx.functionWords.contains(t.get(x + 1).lower())) {
                String rest = measure(t, x + 2);
                String verb = t.get(x + 1).lower();
                forIt = "to " + verb + (rest.isEmpty() ? "" : " " + rest);
                against = "against " + ing(verb) + (rest.isEmpty() ? "" : " " + rest);
            } else if (x + 1 < t.size() && (t.get(x).is("on") || t.get(x).is("for"))) {
                String what = measure(t, x + 1);
                if (!what.isEmpty()) {
                    forIt = "for " + what;
                    against = "against " + what;
                }
            }
        } else {
            // "The council approved the levy in a 7-5 vote", "passed by a vote of 240-180 a bill to ..."
            int p = -1;
            for (int k = a - 1; k >= 0; k--) {
                if (passing.contains(t.get(k).lower())) {
                    p = k;
                    break;
                }
            }
            if (p >= 0) {
                body = body(t, p);
                String what = measure(t, p + 1);
                if (what.isEmpty()) what = measure(t, overTime(t, after));
                if (what.isEmpty() && !body.isEmpty()) {       // "The levy passed by a vote of 240-180": the subject passed
                    what = body;
                    body = "";
                }
                if (!what.isEmpty()) {
                    forIt = "for " + what;
                    against = "against " + what;
                }
            }
        }
        String phrase = (body.isEmpty() ? "" : body + " ") + "votes " + (first ? forIt : against);
        return new CountedPhrase.Result(phrase, r.end(), null, Rule.VOTE_TALLY_SIDES.id);
    }

    /** voted-for-against: "Three councillors voted against the parking plan": the noun and how it voted. */
    private CountedPhrase.Result voted(List<Tok> t, Mention m, int j, CountedPhrase.Result r) {
        List<String> noun = new ArrayList<>();
        int x = j;
        while (x < t.size() && noun.size() < 3 && t.get(x).isWord() && !voteVerbs.contains(t.get(x).lower())
                && !lx.functionWords.contains(t.get(x).lower()) && !w.isVerbish(t.get(x))) noun.add(t.get(x++).text());
        if (noun.isEmpty() || x + 2 >= t.size() || !t.get(x).is("voted")) return r;
        String how = t.get(x + 1).lower();
        if (!how.equals("against") && !how.equals("for") && !how.equals("to")) return r;
        String what = measure(t, x + 2);
        if (how.equals("to") && what.isEmpty()) return r;
        String phrase = String.join(" ", noun) + " voting " + how + (what.isEmpty() ? "" : " " + what);
        return new CountedPhrase.Result(phrase, r.end(), null, Rule.VOTED_FOR_AGAINST.id);
    }

    /** Past a time right after the tally ("on Monday", "last month", "today"). */
    private int overTime(List<Tok> t, int x) {
        while (x < t.size() && t.get(x).isWord()) {
            String l = t.get(x).lower();
            if (lx.weekdays.containsKey(l) || lx.months.containsKey(l) || lx.timeAdverbs.contains(l) || lx.timeUnits.contains(l)
                    || (l.equals("on") || l.equals("last") || l.equals("this") || l.equals("in")) && x + 1 < t.size()
                    && (lx.weekdays.containsKey(t.get(x + 1).lower()) || lx.timeUnits.contains(t.get(x + 1).lower())
                    || lx.months.containsKey(t.get(x + 1).lower()))) x++;
            else break;
        }
        return x;
    }

    /** The body before the verb at {@code v}, past adverbs and times ("The state Senate also voted": state Senate); "" for a pronoun. */
    private String body(List<Tok> t, int v) {
        int e = v - 1;
        while (e >= 0 && t.get(e).isWord() && !t.get(e).capitalized()
                && (lx.timeAdverbs.contains(t.get(e).lower()) || ADVERB.matcher(t.get(e).lower()).matches() || t.get(e).is("also") || t.get(e).is("today"))) e--;
        while (e >= 0 && t.get(e).isWord() && lx.weekdays.containsKey(t.get(e).lower())) e--;
        int s = e + 1;
        for (int x = e; x >= 0 && e - x < BODY_WORDS; x--) {
            Tok tok = t.get(x);
            boolean num = tok.isNum() && x > 0 && t.get(x - 1).capitalized();              // "Local 594"
            if (!num && (!tok.isWord() || lx.functionWords.contains(tok.lower()) && !tok.is("of"))) break;
            s = x;
        }
        while (s <= e && t.get(s).is("of")) s++;
        return s > e ? "" : CountedWords.span(t, s, e + 1);
    }

    /**
     * What was voted on, from token {@code from}: a noun phrase (its determiner kept) up to the clause's end or a function
     * word other than "of", "and" or one "to" before a verb ("a bill to ban fireworks"); "" if none.
     */
    private String measure(List<Tok> t, int from) {
        int e = from, and = -1;
        boolean to = false;
        for (int x = from; x < t.size() && x - from < MEASURE_WORDS; x++) {
            Tok tok = t.get(x);
            String l = tok.lower();
            if (and >= 0 && w.pastVerb(tok)) {                      // "the bill and one Republican backed it": a new clause
                e = and;
                break;
            }
            if (l.equals("and")) and = x;
            boolean glued = x > from && tok.start() == t.get(x - 1).end() && x + 1 < t.size() && t.get(x + 1).start() == tok.end();
            if (!tok.isWord() && !(glued && (tok.is("-") || tok.is("'") || tok.is("’")))) break;
            if (tok.isWord() && (lx.timeAdverbs.contains(l) || lx.weekdays.containsKey(l) || lx.months.containsKey(l))) break;
            if (tok.isWord() && lx.functionWords.contains(l) && !EconomicFigures.is("determiner", l) && !l.equals("of") && !l.equals("and")) {
                if (!l.equals("to") || to || x == from) break;
                to = true;
            }
            if (x == from && !tok.isWord()) break;
            e = x + 1;
        }
        while (e > from && t.get(e - 1).isWord() && (lx.functionWords.contains(t.get(e - 1).lower()) || t.get(e - 1).is("of")
                || t.get(e - 1).is("and") || EconomicFigures.is("determiner", t.get(e - 1).lower()))) e--;
        if (e <= from) return "";
        StringBuilder out = new StringBuilder();
        for (int x = from; x < e; x++) {
            if (out.length() > 0 && t.get(x).start() != t.get(x - 1).end()) out.append(' ');
            out.append(x == from && EconomicFigures.is("determiner", t.get(x).lower()) ? t.get(x).lower() : t.get(x).text());
        }
        return out.toString();
    }

    /** The -ing form of a verb: "close" closing, "ban" banning, "reject" rejecting, "tie" tying. */
    static String ing(String verb) {
        int n = verb.length();
        if (verb.endsWith("ie")) return verb.substring(0, n - 2) + "ying";
        if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe") && n > 2) return verb.substring(0, n - 1) + "ing";
        boolean cvc = n >= 3 && n <= 4 && "aeiou".indexOf(verb.charAt(n - 2)) >= 0 && "aeiouwxy".indexOf(verb.charAt(n - 1)) < 0
                && "aeiou".indexOf(verb.charAt(n - 3)) < 0 && verb.chars().filter(c -> "aeiou".indexOf(c) >= 0).count() == 1;
        return cvc ? verb + verb.charAt(n - 1) + "ing" : verb + "ing";
    }
}
