package io.claimwatch.extract.domain;

import java.util.List;

/**
 * {@link ClaimantRule#NAMED_NEXT}: a sentence that names no source and has no reporting verb of its own
 * is reported by the source that ends the next sentence of its paragraph, when that sentence opens
 * by going on with it ("But", "However": lexicon/claimant-next-openers.txt) and ends with ", X said."
 * ("Forecasts for Japan were cut to 1.2% from 1.5%. But the outlook was worse for Italy, the OECD
 * said.": the OECD's forecasts both).
 */
final class SourceNamedNext {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final ReportingVerbs verbs;
    private final SpeakerPhrase speaker;
    private final CarriedReport carry;

    SourceNamedNext(String text, List<Sentences.Sentence> sentences, ReportingVerbs verbs, SpeakerPhrase speaker, CarriedReport carry) {
        this.text = text;
        this.sentences = sentences;
        this.verbs = verbs;
        this.speaker = speaker;
        this.carry = carry;
    }

    /** The source named at the end of the sentence after idx (tokens t of idx: no reporting verb), or null. */
    String source(int idx, List<Tok> t, boolean reports) {
        if (reports || idx + 1 >= sentences.size() || sentences.get(idx).kind() != Sentences.Kind.BODY) return null;
        Sentences.Sentence n = sentences.get(idx + 1);
        if (n.kind() != Sentences.Kind.BODY || !carry.sameParagraph(idx + 1)) return null;
        List<Tok> nt = Tok.of(text, n.start(), n.end());
        if (nt.isEmpty() || !nt.get(0).isWord() || !w.nextOpeners.contains(nt.get(0).lower())) return null;
        List<Integer> vs = verbs.find(nt);
        if (vs.isEmpty()) return null;
        int v = vs.get(vs.size() - 1);
        if (!endsSentence(nt, v)) return null;
        int c = v - 1;
        while (c > 0 && v - c <= 8 && !nt.get(c).is(",")) c--;
        if (c <= 0 || !nt.get(c).is(",")) return null;
        String s = speaker.afterQuote(idx + 1, nt, v, c);
        if (s == null || w.pronouns.contains(s.toLowerCase(java.util.Locale.ROOT))) return null;
        return s;
    }

    /** Whether the verb at v ends its sentence: at most a time or a place after it ("said.", "said on Tuesday."), no clause. */
    static boolean endsSentence(List<Tok> t, int v) {
        if (t.size() - v > 5) return false;
        for (int k = v + 1; k < t.size(); k++) if (t.get(k).isNum() || t.get(k).is("that") || t.get(k).is(",")) return false;
        return true;
    }
}
