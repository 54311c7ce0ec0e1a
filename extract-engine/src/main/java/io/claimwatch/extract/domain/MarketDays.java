package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.Locale;

/**
 * The trading day of a market's prices: {@link DatingRule#MARKET_DAY}, a figure of a market's price or move that its
 * sentence dates not, is of the day of publication ({@code time-words.txt} MARKET and TRADED).
 */
final class MarketDays {

    private final TimeWords words;

    MarketDays(TimeWords words) {
        this.words = words;
    }

    /**
     * {@link DatingRule#MARKET_DAY}: a figure of a market's price or move ("the dollar was trading against the euro at
     * $1.3280", "Shares of AT&T closed 2.41% lower"; its clause [cs, ce) names a MARKET and a TRADED word) that its
     * sentence dates not, with no perfect ("The dollar has fallen by 50%") and no word of what is to come: the day of
     * publication, the trading day the report gives. Else {@code d} as it is; nothing without a publication date.
     */
    EventDates dated(Context c, int cs, int ce, EventDates d) {
        if (d.start() != null || d.end() != null || c.pub == null) return d;
        boolean market = false, traded = false;
        for (int a = LetterWords.next(c.text, cs, ce); a >= 0; ) {
            int e = LetterWords.end(c.text, a, ce);
            String w = c.text.substring(a, e).toLowerCase(Locale.ROOT);
            if (words.perfect.contains(w) || words.future.contains(w)) return d;
            market |= words.markets.contains(w);
            traded |= words.traded.contains(w);
            a = LetterWords.next(c.text, e, ce);
        }
        if (!market || !traded) return d;
        PartialDate day = PartialDate.of(c.pub);
        return new EventDates(day, day, null, null, DatingRule.MARKET_DAY);
    }
}
