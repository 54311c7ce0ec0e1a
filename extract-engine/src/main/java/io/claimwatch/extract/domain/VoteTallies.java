package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link NumberRule#VOTE_TALLY}: "the council voted 7-0", "voting 68-9 to reject", "a 5-4 vote": two whole numbers joined
 * by a hyphen, the first not lower, are a score, no figure ({@link NumberRule#NOT_A_RANGE}), unless a word of a vote
 * (numbers-vote-words.txt) comes right before them (or with one word between) or right after them: then each is a count
 * of votes, those for and those against, and both are claims, as every gold set writes a tally ("voted 1314 to 25").
 * <p>{@code vote.tally-modifier}: the vote word after the tally may follow up to three words that qualify the vote
 * (numbers-vote-modifiers.txt, an adverb in -ly, a word hyphened to the next): "a 51-49 party-line vote", "the 60-38
 * largely procedural vote"; not "won 3-1 ahead of the vote". {@code vote.tally-after-passing}: a verb of passing a measure
 * (numbers-vote-passing.txt) right before the tally, or with one word between, makes it one too: "The bill passed 61-39",
 * "the board approved it 4-1".
 */
final class VoteTallies {

    private final Set<String> voteWords;
    private final Set<String> modifiers;
    private final Set<String> passing;

    VoteTallies() {
        this.voteWords = words("numbers-vote-words.txt");
        this.modifiers = words("numbers-vote-modifiers.txt");
        this.passing = words("numbers-vote-passing.txt");
    }

    private static Set<String> words(String file) {
        return Set.copyOf(Lexicon.lines(file).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** The two figures of a tally whose first number is token {@code i}, or null. */
    Mention[] at(List<Tok> t, int i) {
        if (i + 2 >= t.size()) return null;
        Tok a = t.get(i), dash = t.get(i + 1), b = t.get(i + 2);
        if (!a.isNum() || !b.isNum() || !(dash.is("-") || dash.is("–")) || dash.start() != a.end() || b.start() != dash.end()) return null;
        if (!wholeNumber(a.text()) || !wholeNumber(b.text())) return null;
        if (i + 3 < t.size() && t.get(i + 3).start() == b.end() && !t.get(i + 3).isWord() && !t.get(i + 3).text().matches("[.,;:)]")) return null;
        BigDecimal va = NumberRecognizer.parse(a.text()), vb = NumberRecognizer.parse(b.text());
        if (va.compareTo(vb) < 0) return null;
        if (!voteBefore(t, i) && !voteAfter(t, i + 3)) return null;
        Mention first = new Mention(a.start(), a.end(), i, i + 1, va);
        Mention second = new Mention(b.start(), b.end(), i + 2, i + 3, vb);
        first.rule = NumberRule.VOTE_TALLY.id;
        second.rule = NumberRule.VOTE_TALLY.id;
        return new Mention[] {first, second};
    }

    /** A vote word right before the tally, or with one word between ("voted unanimously 7-0", "voted by 52-48"). */
    private boolean voteBefore(List<Tok> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (!t.get(k).isWord()) return false;
            if (voteWords.contains(t.get(k).lower()) || passing.contains(t.get(k).lower())) return true;
        }
        return false;
    }

    /** A vote word at token j, or after at most three words that qualify it ("party-line", "nearly", "final"). */
    private boolean voteAfter(List<Tok> t, int j) {
        int words = 0;
        for (int k = j; k < t.size() && words <= 3; k++) {
            Tok w = t.get(k);
            if (w.isWord() && voteWords.contains(w.lower())) return true;
            if (w.is("-") && k > j && k + 1 < t.size() && w.start() == t.get(k - 1).end() && t.get(k + 1).start() == w.end()) continue;
            if (!w.isWord() || !w.text().equals(w.lower())) return false;
            boolean hyphened = w.text().indexOf('-') > 0 || k + 1 < t.size() && t.get(k + 1).is("-") && t.get(k + 1).start() == w.end()
                    || k > j && t.get(k - 1).is("-") && t.get(k - 1).end() == w.start();
            if (!modifiers.contains(w.lower()) && !hyphened && !(w.lower().endsWith("ly") && w.lower().length() > 4)) return false;
            words++;
        }
        return false;
    }

    private static boolean wholeNumber(String raw) {
        return raw.matches("\\d{1,3}(,\\d{3})*");
    }
}
