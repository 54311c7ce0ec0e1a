package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@link ClaimantRule#MARKET_REACTION}: "Harbor Foods said first-quarter sales would miss forecasts, sending shares down as much
 * as 2.5 percent": a participle of causing after a comma (lexicon/claimant-reaction-participles.txt) whose object is what is
 * traded (lexicon/claimant-market-nouns.txt, past up to three words: "the company's shares"), and the figure of its move after
 * it, tell the market's reaction in the outlet's voice; the speaker of the clause before does not report it.
 */
final class MarketReaction {

    private static final Set<String> PARTICIPLES = Set.copyOf(Lexicon.lines("claimant-reaction-participles.txt"));
    private static final Set<String> MARKET = Set.copyOf(Lexicon.lines("claimant-market-nouns.txt"));
    /** The market noun stands at most this many words before the figure ("shares of the company plummeting by more than"). */
    private static final int MOVE_WITHIN = 8;
    /** Words between the participle and the market noun ("the company's"). */
    private static final int OWNER_WITHIN = 3;

    private MarketReaction() {
    }

    /** Whether figure m of tokens t is the move of a market's reaction told after a comma. */
    static boolean reaction(List<Tok> t, Mention m) {
        for (int n = m.tokStart - 1; n >= Math.max(2, m.tokStart - MOVE_WITHIN); n--) {
            Tok x = t.get(n);
            if (x.is(",") || x.is(";") || ClauseMarks.isHardBreak(x) || ClauseMarks.isQuote(x)) return false;
            if (!x.isWord() || !MARKET.contains(x.lower())) continue;
            for (int p = n - 1; p >= Math.max(1, n - 1 - OWNER_WITHIN); p--) {
                if (t.get(p).isWord() && PARTICIPLES.contains(t.get(p).lower())) return t.get(p - 1).is(",");
                if (t.get(p).is(",") || ClauseMarks.isHardBreak(t.get(p))) return false;
            }
            return false;
        }
        return false;
    }
}
