package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A share that is a candidate's or a party's result in a vote, named as such with its holder where the sentence names
 * one: {@code counted.share-of-vote} ("Ferreira won 48% of the popular vote" -> "share of the popular vote for
 * Ferreira"), {@code counted.share-for-holder} ("..., against 41% for the Green Party" -> "share of the vote for the
 * Green Party") and {@code counted.holder-had-share} ("Ferreira had 48%" in a sentence of a vote). Words in
 * {@code counted-vote-nouns.txt}, {@code counted-vote-progress.txt}, {@code counted-vote-links.txt} and
 * {@code counted-vote-context.txt}.
 */
final class CountedVoteShares {

    /** Words at most in a holder's name. */
    private static final int NAME = 4;

    private final Set<String> voteNouns = Set.copyOf(Lexicon.lines("counted-vote-nouns.txt"));
    private final Set<String> progress = Set.copyOf(Lexicon.lines("counted-vote-progress.txt"));
    private final Set<String> links = Set.copyOf(Lexicon.lines("counted-vote-links.txt"));
    private final Set<String> context = Set.copyOf(Lexicon.lines("counted-vote-context.txt"));
    private final CountedWords w;
    private final VoteSides sides;

    CountedVoteShares(CountedWords w) {
        this.w = w;
        this.sides = new VoteSides(w);
    }

    /**
     * The share's phrase as a share of a vote, its unit in brackets ("share of the vote for Ferreira (pct)"), when one of
     * the three rules reads it; else {@code r}.
     */
    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (!m.unit.equals("%")) return sides.read(t, m, r);     // a tally's sides, those who voted against (VoteSides)
        String unit = " (" + CountedWords.unitName(m) + ")";
        int j = 0;
        while (j < t.size() && t.get(j).start() < m.end) j++;
        Result of = shareOfVote(t, m, j);
        if (of != null) return new CountedPhrase.Result(of.text() + unit, of.end(), null, CountedRule.SHARE_OF_VOTE.id);
        if (r.noun() != null || !voteSentence(t)) return r;
        if (j + 1 < t.size() && t.get(j).is("for")) {
            Name holder = nameAfter(t, j + 1);
            if (holder != null) return new CountedPhrase.Result("share of the vote for " + holder.text() + unit, holder.end(), null,
                    CountedRule.SHARE_FOR_HOLDER.id);
        }
        String holder = nameBefore(t, m);
        if (holder != null) return new CountedPhrase.Result("share of the vote for " + holder + unit, m.end, null, CountedRule.HOLDER_HAD_SHARE.id);
        return r;
    }

    /** A holder's name as written and the end of its last word. */
    private record Name(String text, int end) { }

    private record Result(String text, int end) { }

    /**
     * share-of-vote: "N% of the (ADJ) vote" that is not the share counted so far ("with 80% of the vote counted") nor the
     * subject of a verb after it ("10% of votes were spoiled"): the share of that vote, for the name after "for" or the
     * name before the verb that takes the share, else with that verb when it is in the past ("won"); null if not.
     */
    private Result shareOfVote(List<Tok> t, Mention m, int j) {
        if (j >= t.size() || !t.get(j).is("of")) return null;
        int k = j + 1;
        if (k < t.size() && t.get(k).is("the")) k++;
        int from = k;
        while (k < t.size() && k - from < 3 && t.get(k).isWord() && !voteNouns.contains(t.get(k).lower())
                && !w.lx.functionWords.contains(t.get(k).lower())) k++;
        if (k >= t.size() || !voteNouns.contains(t.get(k).lower())) return null;
        if (k + 1 < t.size() && (progress.contains(t.get(k + 1).lower()) || predicate(t.get(k + 1)))) return null;
        StringBuilder said = new StringBuilder("share of the");
        for (int y = from; y <= k; y++) said.append(' ').append(t.get(y).text());
        int end = t.get(k).end();
        Name after = k + 2 < t.size() && t.get(k + 1).is("for") ? nameAfter(t, k + 2) : null;
        String holder = after != null ? after.text() : nameBefore(t, m);
        if (after != null) end = after.end();
        if (holder != null) {
            said.append(" for ").append(holder);
        } else if (past(t, CountedWords.beforeHedge(t, m))) {
            said.append(' ').append(t.get(CountedWords.beforeHedge(t, m)).lower());   // "she won 3% of the vote": "share of the vote won"
        }
        return new Result(said.toString(), end);
    }

    /** A verb after the vote's noun, of which it is the subject: "be", an auxiliary, "have" or a verb in the past. */
    private boolean predicate(Tok k) {
        String l = k.lower();
        return k.isWord() && (w.copulas.contains(l) || w.auxBeforeVerb.contains(l) || l.equals("have") || l.equals("has") || l.equals("had")
                || l.endsWith("ed") && l.length() > 3 || w.lx.irregularPast.contains(l));
    }

    /** A verb that takes the share at b and is in the past ("won", "drew"; not "had", "with"). */
    private boolean past(List<Tok> t, int b) {
        if (b < 0 || !t.get(b).isWord() || !links.contains(t.get(b).lower()) || t.get(b).is("had")) return false;
        return t.get(b).lower().endsWith("ed") || w.lx.irregularPast.contains(t.get(b).lower());
    }

    /** Whether the sentence speaks of a vote (a word of {@code counted-vote-context.txt}). */
    private boolean voteSentence(List<Tok> t) {
        for (Tok k : t) if (k.isWord() && context.contains(k.lower())) return true;
        return false;
    }

    /**
     * The name after "for" at k: past "the" and lower-case words or a capitalised word hyphened to a lower-case one
     * ("Yale-educated businessman"), a run of capitalised words, at most {@value #NAME}; null if none.
     */
    private static Name nameAfter(List<Tok> t, int k) {
        int y = k;
        if (y < t.size() && t.get(y).is("the")) y++;
        boolean the = y > k;
        for (int n = 0; y < t.size() && n < 4; n++) {
            Tok a = t.get(y);
            if (a.capitalized() && y + 2 < t.size() && t.get(y + 1).is("-") && !t.get(y + 2).capitalized()) {
                y += 3;                                          // "Yale-educated"
            } else if (a.isWord() && !a.capitalized()) {
                y++;
            } else {
                break;
            }
        }
        int first = y;
        List<String> name = new ArrayList<>();
        while (y < t.size() && name.size() < NAME && t.get(y).capitalized()) name.add(t.get(y++).text());
        if (name.isEmpty()) return null;
        return new Name((the && first == k + 1 ? "the " : "") + String.join(" ", name), t.get(y - 1).end());
    }

    /** The name right before a verb that takes the share ("Ferreira won", "the Greens with"), at most {@value #NAME} words; else null. */
    private String nameBefore(List<Tok> t, Mention m) {
        int b = CountedWords.beforeHedge(t, m);
        if (b < 1 || !t.get(b).isWord() || !links.contains(t.get(b).lower())) return null;
        int y = b - 1;
        List<String> name = new ArrayList<>();
        while (y >= 0 && name.size() < NAME && t.get(y).capitalized() && !w.lx.functionWords.contains(t.get(y).lower())) name.add(0, t.get(y--).text());
        return name.isEmpty() ? null : String.join(" ", name);
    }
}
