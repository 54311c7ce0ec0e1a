package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClauseMarks.isClauseBreak;

import java.util.List;

/**
 * {@link ClaimantRule#PASSIVE_AGENT}: "This is half of the £11.7m received by the 16 parties listed by the Electoral
 * Commission", "a crowd estimated by the city police at 20,000": a participle of recording
 * (lexicon/claimant-agent-participles.txt) and "by" name, in the figure's clause, the body that recorded it. The
 * agent is a name or a determiner's noun phrase ("the city police"), not a manner ("counted by hand") nor the subject
 * of a verb after it ("figures compiled by the ministry show ...", read by the subject rules).
 */
final class PassiveAgent {

    /** Words of an agent at most. */
    private static final int MAX_AGENT = 7;

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final String text;

    PassiveAgent(Lexicon lx, String text) {
        this.lx = lx;
        this.text = text;
    }

    /** The agent of a participle of recording in the clause of the figure m (tokens t), or null. */
    String agent(List<Tok> t, Mention m) {
        int from = m.tokStart, to = m.tokEnd;
        while (from > 0 && !hardBreak(t.get(from - 1))) from--;
        while (to < t.size() && !hardBreak(t.get(to))) to++;
        String announcer = announcedBy(t, m, to);
        if (announcer != null) return announcer;
        // claimant.nearest-agent: "measured by the Harbor Office at magnitude 6.4 and at magnitude 6.9 by the Quake Center": "by"
        // and an agent right after the figure, with a participle of recording before it in the clause, is the nearer agent
        if (m.tokEnd + 1 < to && t.get(m.tokEnd).is("by") && participleBefore(t, from, m.tokStart)) {
            int a = m.tokEnd + 1, b = agentEnd(t, a, to);
            if (b > a && (b >= t.size() || !lx.reportingVerbs.contains(t.get(b).lower()))) return ClaimantWords.span(text, t, a, b);
        }
        for (int k = from + 1; k + 2 < to; k++) {
            if (!t.get(k).isWord() || !w.agentParticiples.contains(t.get(k).lower()) || !t.get(k + 1).is("by")) continue;
            int a = k + 2, b = agentEnd(t, a, to);
            if (b > a && (b >= t.size() || !lx.reportingVerbs.contains(t.get(b).lower()))) return ClaimantWords.span(text, t, a, b);
        }
        return publisher(t, from, m.tokStart);
    }

    /**
     * claimant.announced-by: "instead of the 8 percent proposed by the Harbor Port Authority", "a rise of 10-to-20 percent
     * announced by Labor Minister Tom Baxter Monday": a participle of lexicon/claimant-announced-participles.txt within five
     * words after the figure (its unit or the rest of its range, no comma between) and "by" name whose figure it is; a weekday or a month after the
     * name is its time.
     */
    private String announcedBy(List<Tok> t, Mention m, int to) {
        for (int k = m.tokEnd; k + 2 < to && k <= m.tokEnd + 5; k++) {
            // (the rest of a range the figure opens: "10-to-28 percent")
            if (!t.get(k).isWord() && !t.get(k).isNum() && !t.get(k).is("-")) return null;
            if (!w.announcedParticiples.contains(t.get(k).lower()) || !t.get(k + 1).is("by")) continue;
            int a = k + 2, b = agentEnd(t, a, to);
            while (b > a + 1 && (lx.weekdays.containsKey(t.get(b - 1).lower()) || lx.months.containsKey(t.get(b - 1).lower()))) b--;
            return b > a ? ClaimantWords.span(text, t, a, b) : null;
        }
        return null;
    }

    /**
     * claimant.data-publisher: "economists cautioned against reading too much into data from the Harbor Reserve showing a
     * $2bn drop": a noun of data, "from" or "by", a name (with its "the") and a participle of lexicon/claimant-data-participles.txt
     * before the figure at m, in its clause: the name published the data.
     */
    private String publisher(List<Tok> t, int from, int m) {
        for (int k = from; k + 3 < m; k++) {
            if (!t.get(k).isWord() || !lx.dataNouns.contains(t.get(k).lower()) || !t.get(k + 1).is("from") && !t.get(k + 1).is("by")) continue;
            int a = k + 2, n = t.get(a).is("the") ? a + 1 : a, b = n;
            while (b < m && t.get(b).isWord() && (t.get(b).capitalized() || w.nameJoiners.contains(t.get(b).lower()) && b + 1 < m && t.get(b + 1).capitalized())) b++;
            if (b > n && t.get(b - 1).capitalized() && b < m && w.dataParticiples.contains(t.get(b).lower())) return ClaimantWords.span(text, t, a, b);
        }
        return null;
    }

    /** The end of the agent that opens at a: a name, or a determiner and the words of its noun phrase; a when none. */
    private int agentEnd(List<Tok> t, int a, int to) {
        Tok first = t.get(a);
        if (!first.isWord() || !first.capitalized() && !w.determiners.contains(first.lower()) && !w.possessives.contains(first.lower())) return a;
        int b = a + 1;
        while (b < to && b - a < MAX_AGENT && t.get(b).isWord()
                && (t.get(b).capitalized() || !lx.functionWords.contains(t.get(b).lower()) && !w.prepositions.contains(t.get(b).lower())
                    || w.nameJoiners.contains(t.get(b).lower()) && b + 1 < to && t.get(b + 1).capitalized())) b++;
        return b - a == 1 && !first.capitalized() ? a : b;
    }

    /** Whether a participle of recording stands in [from, to) ("measured", "recorded": lexicon/claimant-agent-participles.txt). */
    private boolean participleBefore(List<Tok> t, int from, int to) {
        for (int k = from; k < to; k++) if (t.get(k).isWord() && w.agentParticiples.contains(t.get(k).lower())) return true;
        return false;
    }

    /** A break that ends the figure's clause (not a comma: "received by 16 parties, listed by ..."). */
    private static boolean hardBreak(Tok x) {
        return isClauseBreak(x) && !x.is(",");
    }
}
