package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantWords.edForm;
import static io.claimwatch.extract.domain.ClauseMarks.isNamePunct;
import static io.claimwatch.extract.domain.ClauseMarks.isQuote;

import java.util.List;

/**
 * The speaker named after a figure or a quotation: "\"... 909 ...,\" the Ukrainian military said", "N ..., police
 * said", ", said John Smith", ", Ivan Petrenko, the governor of the province, said"; a comparison, a clause opener or a
 * predicate read there names no one. The words before the verb are read by the same shapes as {@link SpeakerPhrase}'s.
 */
final class SpeakerAfter {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final String text;
    private final Referents refs;
    private final SpeakerPhrase phrase;

    SpeakerAfter(Lexicon lx, String text, Referents refs, SpeakerPhrase phrase) {
        this.lx = lx;
        this.text = text;
        this.refs = refs;
        this.phrase = phrase;
    }

    /** "\"... 909 ...,\" the Ukrainian military said" / ", police said" / ", said John Smith". */
    String read(int idx, List<Tok> t, int v, int mTok) {
        if (placeNameHomograph(t, v)) return null;
        int k = v - 1;
        while (k > mTok && t.get(k).isWord() && w.verbAdverbs.contains(t.get(k).lower())) k--;
        // "owners General Mining Union Corp Ltd <GENM.J> said": a wire's stock ticker after the name is no part of it
        if (k > mTok && t.get(k).is(">")) {
            int lt = k - 1;
            while (lt > mTok && k - lt <= 6 && !t.get(lt).is("<")) lt--;
            if (lt > mTok && t.get(lt).is("<")) k = lt - 1;
        }
        int b = k + 1;
        int a = b;
        while (a - 1 > mTok && t.get(a - 1).isWord() || a - 1 > mTok && isNamePunct(t.get(a - 1))) a--;
        boolean afterBreak = a - 1 >= mTok && (t.get(a - 1).is(",") || isQuote(t.get(a - 1)));
        // claimant.comparison-no-subject: "..., faster than predicted", "more than expected"; "faster than analysts predicted": "analysts"
        if (b > a && w.comparisonWords.contains(t.get(b - 1).lower())) return null;
        for (int i = a; i + 1 < b; i++) if (t.get(i).isWord() && w.comparisonWords.contains(t.get(i).lower())) a = i + 1;
        // claimant.figure-object-relative: "short of the 2.5% which the government had predicted": the relative pronoun right
        // after the figure (no comma between) is the verb's object, the clause's subject its speaker
        if (!afterBreak && a - mTok <= 3 && phrase.objectRelative(t, a, b)) return refs.resolve(idx, span(t, a + 1, b), t, a + 1, b);
        if (b > a && w.contrasts.contains(t.get(a).lower()) || b > a && t.get(a).is("and")) return null;
        // ", which put ...", ", as expected by economists and said ...": no subject of the verb's own
        if (b > a && w.clauseOpeners.contains(t.get(a).lower()) || b > a && (t.get(b - 1).is("and") || t.get(b - 1).is("or"))) return null;
        // ", on Sunday after authorities warned", ", the most since the CDC confirmed 667": the verb is
        // another clause's, not a source's coming after the figure
        if (b > a && !t.get(a).capitalized() && w.prepositions.contains(t.get(a).lower())) return null;
        // ", continued to hold down prices": a verb in the past opens a predicate, not a subject
        // (not "armed police", "unnamed sources": a participle before a noun)
        if (b > a + 1 && t.get(a).isWord() && !t.get(a).capitalized() && edForm(t.get(a).lower())
                && t.get(a + 1).isWord() && lx.functionWords.contains(t.get(a + 1).lower())) return null;
        // "twice the 169,000 figure that Wall Street economists had forecast": the figure's noun, then a relative clause with its subject
        for (int r = a + 1; a - mTok <= 3 && r < b && r <= a + 3; r++) {
            if (phrase.objectRelative(t, r, b)) return refs.resolve(idx, span(t, r + 1, b), t, r + 1, b);
            if (!phrase.bareNoun(t.get(r - 1))) break;
        }
        for (int i = a; i < b; i++) {
            if (t.get(i).isWord() && (lx.subordinators.contains(t.get(i).lower()) || w.clauseOpeners.contains(t.get(i).lower()))) return null;
        }
        // ("a spokesman for the port and transport union FNV said": an article's noun and whom it speaks for run longer)
        if (b > a && afterBreak && (b - a <= 8 || b - a <= 12 && (t.get(a).is("a") || t.get(a).is("an") || t.get(a).is("the"))))
            return refs.resolve(idx, span(t, a, b), t, a, b);
        if (b == a && a - 1 > mTok && t.get(a - 1).is(",")) {
            // ", Ittiporn Boonpracong, chairman of the Election Commission, told": the name before its appositive
            // (", Ivan Petrenko, the governor of the province, of which Lviv is the capital, said": two appositives)
            int e2 = a - 1;
            for (int seg = 0; seg < 2; seg++) {
                int s2 = e2;
                while (s2 - 1 > mTok && t.get(s2 - 1).isWord() && e2 - s2 < 12) s2--;
                if (s2 >= e2 || s2 - 1 <= mTok || !t.get(s2 - 1).is(",")) break;
                int e1 = s2 - 1, s1 = e1;
                while (s1 - 1 >= mTok && t.get(s1 - 1).capitalized()) s1--;
                if (e1 - s1 >= 1 && e1 - s1 <= 4 && s1 - 1 >= mTok && (t.get(s1 - 1).is(",") || isQuote(t.get(s1 - 1)))) {
                    return span(t, s1, e1);
                }
                e2 = e1;
            }
        }
        if (b == a && afterBreak) {
            // ", said John Smith" (not ", told Reuters": the addressee)
            // (", said student protester Tahmeed Hossain": a role in lower case before the name)
            int c = v + 1, n = c;
            // (", says the Harbor building society": an article before the name)
            if (n + 1 < t.size() && t.get(n).is("the") && t.get(n + 1).capitalized()) n++;
            while (n < t.size() && n - c < 3 && phrase.bareNoun(t.get(n))) n++;
            int d = n;
            while (d < t.size() && t.get(d).capitalized()) d++;
            // (", said BBC labour affairs correspondent Stephen Cape": the outlet, the role and the name are one speaker)
            int e = d;
            while (e < t.size() && e - d < 3 && phrase.bareNoun(t.get(e))) e++;
            int f = e;
            while (f < t.size() && t.get(f).capitalized()) f++;
            boolean role = d > n && e > d && f > e;
            if (role) d = f;
            // (", warned Delta Bank economist Lena Okafor.": an addressee verb whose role and name end the sentence is inverted too)
            if (w.addresseeVerbs.contains(t.get(v).lower()) && !((n > c && d - n >= 2 || role) && (d >= t.size() - 1 || t.get(d).is(".")))) return null;
            // (claimant.title-abbreviation: ", said Harbor police Sgt. Tom Baxter": over the title's dot to the name)
            int named = d > n && d < t.size() && t.get(d).is(".") ? PersonTitles.nameEndAfterAbbreviation(text, t.get(d - 1).start(), t.get(d).end()) : -1;
            if (named > 0) return text.substring(t.get(c).start(), named);
            if (d > n) return span(t, c, d);
        }
        return null;
    }

    /**
     * claimant.place-name-homograph: "at a distillery in the town of Tequila, Jalisco state.": a reporting verb that is also a
     * noun (lexicon/noun-verbs.txt), in its base form right after a capitalised word and before a comma or the sentence's end,
     * ends the name of a place ("Jalisco state"); it names no speaker (", the Harbor Foundation estimates." agrees with its subject).
     */
    private boolean placeNameHomograph(List<Tok> t, int v) {
        String l = t.get(v).lower();
        return v > 0 && lx.nounVerbs.contains(l) && !l.endsWith("s") && !l.endsWith("ed") && t.get(v - 1).capitalized()
                && (v + 1 >= t.size() || t.get(v + 1).is(".") || t.get(v + 1).is(","));
    }

    private String span(List<Tok> t, int a, int b) {
        return ClaimantWords.span(text, t, a, b);
    }
}
