package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The reading of one figure's counted phrase as the readers build it (internal, mutable): the words
 * so far, the token the reading has reached, the end offset of what it covers, and the noun phrase
 * and verb it found.
 */
final class CountedReading {

    final String text;
    final List<Tok> t;
    final Mention m;
    /** The figure before this one in the sentence, or null. */
    final CountedPhrase.Prev prev;
    final List<String> words = new ArrayList<>();
    /** The token the reading has reached. */
    int j;
    /** The end offset of what the phrase covers. */
    int end;
    /** The figure's unit is a word phrase ("square kilometers"), the first of the words. */
    final boolean unitPhrase;
    /** The noun after the figure only names its unit ("210,000 bpd"): it stays among the words, as a unit's. */
    boolean unitNoun;
    /** Where the noun phrase starts among the words. */
    int npStart;
    /** The noun phrase after the figure, or null. */
    String noun;
    /** The token before the figure and its hedge (-1 at the start), and that word in lower case ("" if none). */
    int before = -1;
    String linkBefore = "";
    /** The verb found, and the rule that found it. */
    String verb;
    CountedRule verbRule;
    /** The token of the verb read before the figure, or -1. */
    int verbTok = -1;
    /** "members backing a cut": an -ing form after the noun, used when no verb is found. */
    String participle;
    int participleEnd = -1;

    CountedReading(String text, List<Tok> t, Mention m, CountedPhrase.Prev prev, int j) {
        this.text = text;
        this.t = t;
        this.m = m;
        this.prev = prev;
        this.j = j;
        this.end = m.end;
        this.unitPhrase = !m.unitWords.isEmpty();
        if (unitPhrase) words.add(m.unitWords);
    }

    boolean np() {
        return noun != null;
    }

    /** The previous figure has a noun phrase. */
    boolean prevNoun() {
        return prev != null && prev.noun() != null;
    }

    /** Nothing read yet, and the figure has no unit. */
    boolean bare() {
        return words.isEmpty() && m.unit.isEmpty();
    }

    Tok at(int k) {
        return t.get(k);
    }

    /** The phrase with the words read so far. */
    CountedPhrase.Result result(CountedRule rule) {
        return new CountedPhrase.Result(String.join(" ", words).strip(), end, noun, rule.id);
    }
}
