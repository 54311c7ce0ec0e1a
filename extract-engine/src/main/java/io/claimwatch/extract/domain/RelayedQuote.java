package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantWords.ingForm;

import java.util.List;

/**
 * claimant.relayed-quote: "\"You took millions hostage,\" Ukrinform quoted him as saying", "IRNA quoted the commander as
 * saying": a quoting verb (lexicon/claimant-quoted-as.txt) with an object before "as" relays that object's words; the object,
 * not the agency that quoted it, is the speaker. "him" or "her" is the person whose name opens one of the three sentences
 * before (past those that open with "He" or "She"), else the last person named; a name or a noun phrase is itself, up to a
 * preposition of place (lexicon/claimant-place-prepositions.txt).
 */
final class RelayedQuote {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final Referents refs;

    RelayedQuote(String text, List<Sentences.Sentence> sentences, Referents refs) {
        this.text = text;
        this.sentences = sentences;
        this.refs = refs;
    }

    /** The speaker whose words the quoting verb at v (of sentence idx, tokens t) relays, or null. */
    String speaker(int idx, List<Tok> t, int v) {
        if (!w.quotedAs.contains(t.get(v).lower()) || ingForm(t.get(v)) || v + 2 >= t.size()) return null;
        int as = v + 1;
        // ("quoted Ana Ruiz, Director of Public Health, as saying": a name and its appositive)
        while (as < t.size() && as <= v + 12 && (t.get(as).isWord() || t.get(as).is(",")) && !t.get(as).is("as")) as++;
        if (as >= t.size() || !t.get(as).is("as") || as == v + 1) return null;
        Tok o = t.get(v + 1);
        if (as == v + 2 && (o.is("him") || o.is("her"))) return person(idx);
        // (not "was quoted today as saying": a passive, its subject the speaker)
        if (!o.capitalized() && !w.determiners.contains(o.lower())) return null;
        // ("quoted the commander in the border village of Haj Omran as saying": the one quoted, not where)
        int b = v + 2;
        while (b < as && !w.placePrepositions.contains(t.get(b).lower())) b++;
        while (b > v + 2 && t.get(b - 1).is(",")) b--;
        return refs.resolve(idx, ClaimantWords.span(text, t, v + 1, b), t, v + 1, b);
    }

    /** The person "him" or "her" means in sentence idx. */
    private String person(int idx) {
        for (int j = idx - 1; j >= 0 && j >= idx - 3; j--) {
            String lead = refs.leadName(j);
            if (lead != null) return lead;
            Sentences.Sentence s = sentences.get(j);
            String open = text.substring(s.start(), Math.min(s.end(), s.start() + 4));
            if (!open.startsWith("He ") && !open.startsWith("She ")) break;
        }
        return refs.lastPerson();
    }
}
