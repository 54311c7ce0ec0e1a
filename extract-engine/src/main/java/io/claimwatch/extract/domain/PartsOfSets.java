package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code counted.part-of-set}: a figure "N of the NOUN" before its verb, which no rule gave a phrase, counts a part of a
 * set the article named before: the set as the last of the {@value #LOOK_BACK} sentences before named it, with its
 * modifiers ("lists 90 depots closed for "fire safety breaches"" -> "fire safety breaches"), and the part its predicate
 * says ("At least 20 of the breaches involved wiring" -> "fire safety breaches that involved wiring"); "more" after
 * the next figure of the sentence counts another part of that set ("and dozens more involved storage" -> "fire safety
 * breaches that involved storage"). Read after the claims are keyed: the key is not changed by it.
 */
final class PartsOfSets {

    /** The sentences before the figure's in which the set's mention is looked for. */
    static final int LOOK_BACK = 2;
    /** The most modifiers of the set's mention, "and" between two of them counted. */
    static final int MODIFIERS = 3;
    /** The most words of the predicate after its verb. */
    static final int PREDICATE = 4;

    private static final Set<String> DETERMINERS = Set.copyOf(Lexicon.lines("counted-set-determiners.txt"));
    private static final Set<String> MORE = Set.copyOf(Lexicon.lines("counted-other-words.txt"));

    private PartsOfSets() { }

    static List<ExtractedClaim> named(String text, List<Sentences.Sentence> ss, List<ExtractedClaim> claims, Lexicon lx) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        String set = null;
        int setSentence = -1;
        for (ExtractedClaim c : claims) {
            int at = c.figureIn(text);
            int si = at < 0 ? -1 : sentenceOf(ss, at);
            if (c.counted() != null && !c.counted().isEmpty() || !c.unit().isEmpty() || si < 0) {
                out.add(c);
                continue;
            }
            List<Tok> t = Tok.of(text, ss.get(si).start(), ss.get(si).end());
            int k = 0;
            while (k < t.size() && t.get(k).end() < at + c.numberText().length()) k++;
            String phrase = null;
            if (k + 4 < t.size() && t.get(k + 1).is("of") && DETERMINERS.contains(t.get(k + 2).lower()) && plural(t.get(k + 3), lx)) {
                String pred = predicate(t, k + 4, lx);
                if (pred != null) {
                    set = mention(text, ss, si, t.get(k + 3).lower(), lx);
                    setSentence = si;
                    phrase = set + " that " + pred;
                }
            } else if (set != null && setSentence == si && k + 2 < t.size() && t.get(k + 1).isWord() && MORE.contains(t.get(k + 1).lower())) {
                String pred = predicate(t, k + 2, lx);
                if (pred != null) phrase = set + " that " + pred;
            }
            out.add(phrase == null ? c : c.withCounted(phrase, CountedRule.PART_OF_SET.id, text, at, c.end()));
        }
        return out;
    }

    /** A plural noun in lower case: "incidents", "planes". */
    private static boolean plural(Tok k, Lexicon lx) {
        String l = k.lower();
        return k.isWord() && !k.capitalized() && l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !lx.functionWords.contains(l);
    }

    /** A verb in the past at p (after an auxiliary or not) and at most {@value #PREDICATE} words after it, to a function word; null if none. */
    private static String predicate(List<Tok> t, int p, Lexicon lx) {
        int v = p;
        if (v + 1 < t.size() && t.get(v).isWord() && (t.get(v).is("were") || t.get(v).is("had") || t.get(v).is("have"))) v++;
        if (v >= t.size() || !t.get(v).isWord() || t.get(v).capitalized()) return null;
        String l = t.get(v).lower();
        if (!(l.endsWith("ed") && l.length() > 4 || lx.irregularPast.contains(l)) || lx.reportingVerbs.contains(l)) return null;
        int e = v + 1;
        while (e < t.size() && e - v <= PREDICATE && t.get(e).isWord() && !lx.functionWords.contains(t.get(e).lower())) e++;
        return CountedWords.span(t, p, e);
    }

    /** The set's last mention in the sentences before si with its modifiers ("health and safety incidents"); the noun alone if none. */
    private static String mention(String text, List<Sentences.Sentence> ss, int si, String noun, Lexicon lx) {
        for (int i = si - 1; i >= 0 && i >= si - LOOK_BACK; i--) {
            List<Tok> t = Tok.of(text, ss.get(i).start(), ss.get(i).end());
            for (int k = t.size() - 1; k > 0; k--) {
                if (!t.get(k).isWord() || !t.get(k).lower().equals(noun)) continue;
                int a = k, mods = 0;
                while (a > 0 && mods < MODIFIERS && (modifier(t.get(a - 1), lx) || t.get(a - 1).is("and") && a < k && a > 1 && modifier(t.get(a - 2), lx))) {
                    a--;
                    mods++;
                }
                if (a < k && !t.get(a).is("and")) return CountedWords.span(t, a, k + 1).toLowerCase(Locale.ROOT);
            }
        }
        return noun;
    }

    /** A word before the set's noun that says which: not a function word, a name nor a verb in -ed or -ing ("closed"). */
    private static boolean modifier(Tok k, Lexicon lx) {
        String l = k.lower();
        return k.isWord() && !k.capitalized() && !lx.functionWords.contains(l) && !l.endsWith("ed") && !(l.endsWith("ing") && l.length() > 5);
    }

    private static int sentenceOf(List<Sentences.Sentence> ss, int at) {
        for (int i = 0; i < ss.size(); i++) {
            if (at >= ss.get(i).start() && at < ss.get(i).end()) return i;
        }
        return -1;
    }
}
