package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores and records written with a hyphen, two figures, one a side, as the gold writes them (each side's points, wins
 * or seats): {@link NumberRule#SCORE_SIDES} reads a score next to a word of its result, {@link NumberRule#RECORD_SIDES} a
 * side's record in brackets after its name. A score alone ("3-1") stays no figure ({@link NumberRule#NOT_A_RANGE}), a
 * vote's tally is {@link VoteTallies}'.
 */
final class ScoreLines {

    private final Set<String> wordsAfter;
    private final List<String[]> phrasesBefore;
    private final Set<String> functionWords;

    ScoreLines(Lexicon lx) {
        this.wordsAfter = Set.copyOf(Lexicon.lines("numbers-score-words-after.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        this.phrasesBefore = Lexicon.lines("numbers-score-words-before.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        this.functionWords = lx.functionWords;
    }

    /** The two figures of a score or a record whose first number is token {@code i}, or null. */
    Mention[] at(List<Tok> t, int i) {
        if (i + 2 >= t.size()) return null;
        Tok a = t.get(i), dash = t.get(i + 1), b = t.get(i + 2);
        if (!a.isNum() || !b.isNum() || !(dash.is("-") || dash.is("–")) || dash.start() != a.end() || b.start() != dash.end()) return null;
        if (!a.text().matches("\\d{1,3}") || !b.text().matches("\\d{1,3}")) return null;
        if (i > 0 && t.get(i - 1).end() == a.start() && !t.get(i - 1).is("(")) return null;        // "737-9", "A-3-1"
        Tok next = i + 3 < t.size() ? t.get(i + 3) : null;
        if (next != null && next.start() == b.end() && !next.text().matches("[.,;:)”\"’']")) return null;  // "800-386-2070", "3-1-ranked"
        BigDecimal va = NumberRecognizer.parse(a.text()), vb = NumberRecognizer.parse(b.text());
        boolean winnerFirst = va.compareTo(vb) >= 0;
        NumberRule rule = null;
        if (record(t, i)) {
            rule = NumberRule.RECORD_SIDES;
        } else if (phraseBefore(t, i) && closes(t, i + 3)) {
            rule = NumberRule.SCORE_SIDES;
        } else {
            String after = wordAfter(t, i + 3);
            if (after != null && (winnerFirst || after.equals("record"))) rule = NumberRule.SCORE_SIDES;
        }
        if (rule == null) return null;
        Mention first = new Mention(a.start(), a.end(), i, i + 1, va);
        Mention second = new Mention(b.start(), b.end(), i + 2, i + 3, vb);
        first.rule = rule.id;
        second.rule = rule.id;
        return new Mention[] {first, second};
    }

    /** Whether a figure was read as one side of a score, a record or a tally: two figures, never one range. */
    static boolean sides(String rule) {
        return NumberRule.SCORE_SIDES.id.equals(rule) || NumberRule.RECORD_SIDES.id.equals(rule) || NumberRule.VOTE_TALLY.id.equals(rule);
    }

    /** record-sides: "Leeds (9-4) travel to", "the visiting Owls (3-10)": the score alone in brackets right after a capitalised name. */
    private static boolean record(List<Tok> t, int i) {
        return i >= 2 && i + 3 < t.size() && t.get(i - 1).is("(") && t.get(i + 3).is(")") && t.get(i - 2).capitalized();
    }

    /**
     * A phrase of numbers-score-words-before.txt right before the score, or before one to three capitalised words (and a
     * "the") that name the side beaten: "led by 14-3", "beat Leeds 2-0", "defeated the Owls 21-14".
     */
    private boolean phraseBefore(List<Tok> t, int i) {
        for (int end = i - 1; end >= Math.max(0, i - 5); end--) {
            if (matchesEndingAt(t, end)) return true;
            Tok w = t.get(end);
            if (!(w.capitalized() || w.is("the") && end + 1 < i && t.get(end + 1).capitalized())) return false;
        }
        return false;
    }

    private boolean matchesEndingAt(List<Tok> t, int end) {
        for (String[] p : phrasesBefore) {
            int s = end - p.length + 1;
            if (s < 0) continue;
            boolean all = true;
            for (int k = 0; k < p.length && all; k++) all = t.get(s + k).is(p[k]);
            if (all) return true;
        }
        return false;
    }

    /** The score ends its clause or a function word follows it: "led by 14-3 at halftime", "made it 21-14." (not "10-12 people"). */
    private boolean closes(List<Tok> t, int j) {
        if (j >= t.size()) return true;
        Tok w = t.get(j);
        return !w.isWord() && !w.isNum() || functionWords.contains(w.lower());
    }

    /** A word of numbers-score-words-after.txt right after the score or after up to three words: "a 21-14 home win". */
    private String wordAfter(List<Tok> t, int j) {
        for (int k = j; k < Math.min(t.size(), j + 4); k++) {
            Tok w = t.get(k);
            if (!w.isWord()) return null;
            if (wordsAfter.contains(w.lower())) return w.lower();
            if (functionWords.contains(w.lower())) return null;
        }
        return null;
    }
}
