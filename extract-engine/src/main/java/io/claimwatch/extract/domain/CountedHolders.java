package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@code counted.holder-of}: a figure that is the object of a verb of holding ({@code counted-holding-verbs.txt}:
 * contained, included, comprised, carried) counts its noun in the verb's subject, a thing named with a determiner
 * ("His second notebook contained 40 drawings" -> "drawings in his second notebook"): the verb only says where
 * the counted are, which the subject says better. Not a subject that is a pronoun, a name or a plural
 * (people who carry), nor a noun that goes on to where it was carried ("carried 12 children to safety").
 */
final class CountedHolders {

    /** The most words of the subject, its determiner with them. */
    static final int MAX_WORDS = 4;

    private final CountedWords w;
    private final Set<String> verbs = Set.copyOf(Lexicon.lines("counted-holding-verbs.txt"));
    /** "to", "into": the noun went somewhere: carried, not held. */
    private final Set<String> movement = Set.copyOf(Lexicon.lines("counted-holding-movement.txt"));

    CountedHolders(CountedWords w) {
        this.w = w;
    }

    /** "in SUBJECT" for the verb at v before the figure, whose noun phrase ends before token j; null if the verb holds nothing. */
    String holder(List<Tok> t, int v, int j) {
        if (v < 2 || !holding(t.get(v))) return null;
        if (j < t.size() && t.get(j).isWord() && movement.contains(t.get(j).lower())) return null;
        int h = v - 1;
        Tok head = t.get(h);
        // (a noun that is also a reporting verb is a noun here: "the report includes")
        if (!head.isWord() || head.capitalized() || w.lx.functionWords.contains(head.lower()) || w.pastVerb(head) || head.lower().endsWith("ing")
                || head.lower().endsWith("s") && !head.lower().endsWith("ss")) return null;
        int a = h;
        while (a > 0 && h - a < MAX_WORDS - 1 && t.get(a - 1).isWord() && !w.determiners.contains(t.get(a - 1).lower())
                && !w.lx.functionWords.contains(t.get(a - 1).lower()) && !w.isVerbish(t.get(a - 1)) && !t.get(a - 1).capitalized()) a--;
        if (a == 0 || !t.get(a - 1).isWord() || !w.determiners.contains(t.get(a - 1).lower())) return null;
        a--;
        String words = CountedWords.span(t, a, h + 1);
        if (t.get(a).capitalized()) words = t.get(a).lower() + words.substring(t.get(a).text().length());
        return "in " + words;
    }

    private boolean holding(Tok v) {
        if (!v.isWord() || v.capitalized()) return false;
        String l = v.lower();
        for (String stem : verbs) {
            if (l.startsWith(stem) && (l.endsWith("ed") || l.endsWith("es") || l.endsWith("s"))) return true;
        }
        return false;
    }
}
