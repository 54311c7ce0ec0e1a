package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trading day of a market's prices: {@link DatingRule#MARKET_DAY}, a figure of a market's price or move that its
 * sentence dates not, is of the day of publication ({@code time-words.txt} MARKET and TRADED); {@link DatingRule#MARKET_RUN},
 * the moves told one after another after it ("Shares in the carrier fell 2% to 310 pence. Its rival was 1.5% lower at 98
 * pence."), are of that trading day too.
 */
final class MarketDays {

    private final TimeResolver time;
    private final TimeWords words;

    MarketDays(TimeResolver time, TimeWords words) {
        this.time = time;
        this.words = words;
    }

    /**
     * {@link DatingRule#MARKET_DAY}: a figure of a market's price or move ("the dollar was trading against the euro at
     * $1.3280", "Shares of AT&T closed 2.41% lower"; its clause [cs, ce) names a MARKET and a TRADED word) that its
     * sentence dates not, with no perfect ("The dollar has fallen by 50%") and no word of what is to come: the day of
     * publication, the trading day the report gives. Else {@code d} as it is; nothing without a publication date.
     */
    EventDates dated(Context c, List<Sentences.Sentence> ss, int idx, int cs, int ce, EventDates d) {
        EventDates day = dated(c, cs, ce, d);
        if (day != d && day.rule() != DatingRule.MARKET_PRICE) return day;
        EventDates run = run(c, ss, idx, cs, ce, d);      // a price's move in a run takes the day its head names
        return run != d ? run : day;
    }

    /** The most sentences of moves alone (no market named) between a figure and the sentence of a market that heads their run. */
    private static final int RUN = 4;

    /**
     * {@link DatingRule#MARKET_RUN}: a figure whose clause [cs, ce), or its sentence up to it, tells a move (a TRADED word: "Its rival shed 2.1% to
     * 11.42 euros", "the other was 3.7% lower at 426 pence") that its sentence dates not, with no perfect and nothing to
     * come, in a sentence right after a run of such moves headed by a sentence of a market's prices (MARKET and TRADED:
     * "Shares in the carrier fell 2% to 310 pence on Tuesday"): the trading day of that sentence, the one day it names (no
     * statement's), else the day of publication. A head that names a month or a year dates nothing.
     */
    private EventDates run(Context c, List<Sentences.Sentence> ss, int idx, int cs, int ce, EventDates d) {
        if (d.start() != null || d.end() != null || c.pub == null || idx == 0) return d;
        // the move's verb may stand before the clause, in its sentence ("lost 1.7%, 3.2% and 3.6% respectively")
        if (!moves(c, cs, ce, false) && !moves(c, Math.min(cs, ss.get(idx).start()), ce, false)) return d;
        for (int i = idx - 1; i >= 0 && i >= idx - RUN && ss.get(i).kind() == Sentences.Kind.BODY; i--) {
            Sentences.Sentence head = ss.get(i);
            if (!moves(c, head.start(), head.end(), false)) return d;
            if (!moves(c, head.start(), head.end(), true)) continue;
            PartialDate day = PartialDate.of(c.pub);
            for (TimeResolver.Cand x : time.candidates(c, head.start(), head.end())) {
                if (x.statement() || x.compare()) continue;
                if (x.date().toLocalDate() == null || x.kind() == TimeResolver.Kind.RANGE) return d;
                day = x.date();
            }
            return new EventDates(day, day, null, null, DatingRule.MARKET_RUN);
        }
        return d;
    }

    /** Whether [from, to) has a TRADED word (and, with {@code market}, a MARKET word), no perfect and nothing to come. */
    boolean moves(Context c, int from, int to, boolean market) {
        return moves(c, from, to, market, true);
    }

    /** {@link #moves}; with {@code prices}, a traded price after "at" stands for the market ({@link DatingRule#MARKET_PRICE}). */
    private boolean moves(Context c, int from, int to, boolean market, boolean prices) {
        boolean m = !market, traded = false;
        for (int a = LetterWords.next(c.text, from, to); a >= 0; ) {
            int e = LetterWords.end(c.text, a, to);
            String w = c.text.substring(a, e).toLowerCase(Locale.ROOT);
            if (words.perfect.contains(w) || words.future.contains(w)) return false;
            m |= words.markets.contains(w) || prices && w.equals("at") && price(c.text, e, to);
            traded |= words.traded.contains(w);
            a = LetterWords.next(c.text, e, to);
        }
        return m && traded;
    }

    private static final Set<String> PRICE_UNITS = Lexicon.keyedWords("market-prices.txt", "unit");
    private static final Set<String> PRICE_SCALES = Lexicon.keyedWords("market-prices.txt", "scale");
    /** A figure with a currency sign ("$63.20", "NZ$6.90", "€18.4") or a number, then the word after it. */
    private static final Pattern PRICE = Pattern.compile("\\s+(?:[A-Z]{0,3}(\\p{Sc})\\s?)?\\d[\\d,]*(?:\\.\\d+)?\\s*(\\p{L}*)");

    /**
     * Whether a traded price follows {@code at} in [at, to) (lexicon market-prices.txt: "at 18.465 euros", "at NZ$6.90", "at
     * 629.5 pence"), no scale after it ("at $3.2 billion" is a sum): the market a move is told of where no MARKET word names it.
     */
    private static boolean price(String text, int at, int to) {
        Matcher p = PRICE.matcher(text).region(at, to);
        if (!p.lookingAt()) return false;
        String after = p.group(2).toLowerCase(Locale.ROOT);
        return !PRICE_SCALES.contains(after) && (p.group(1) != null || PRICE_UNITS.contains(after));
    }

    private EventDates dated(Context c, int cs, int ce, EventDates d) {
        if (d.start() != null || d.end() != null || c.pub == null || !moves(c, cs, ce, true)) return d;
        PartialDate day = PartialDate.of(c.pub);
        return new EventDates(day, day, null, null, moves(c, cs, ce, true, false) ? DatingRule.MARKET_DAY : DatingRule.MARKET_PRICE);
    }
}
