package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code claimant.ticker-transparent}: wire copy writes a company's stock ticker after its name, in brackets or bare:
 * "Harbor Foods Inc ( HFD.N ) said on Monday ...", "Kestrel Telecom ( 4567.TW ) ( KTL.N ) expect ...", "Birch Stores
 * Inc. BRCH.O said ...", "owners Delta Mining Ltd &lt;DLM.J&gt; said". The ticker is no word of the sentence for the speaker
 * rules: they read the tokens without it (the speaker is the company named before it), and a ticker alone is never a
 * claimant. A ticker is a code of capitals or digits, a dot and an exchange suffix of one to three capitals, written
 * without spaces ("HFD.N", "0123.HK", "KTLX.DE"); in brackets it may stand anywhere, bare only right after a
 * capitalised word or an abbreviation's dot.
 */
final class StockTickers {

    private StockTickers() {
    }

    /** The tokens t without the stock tickers in them; t itself when there is none. */
    static List<Tok> without(List<Tok> t) {
        List<Tok> out = null;
        for (int i = 0; i < t.size(); ) {
            int e = tickerAt(t, i);
            if (e > i) {
                if (out == null) out = new ArrayList<>(t.subList(0, i));
                i = e;
            } else {
                if (out != null) out.add(t.get(i));
                i++;
            }
        }
        return out == null ? t : out;
    }

    /**
     * The figure m of tokens t0 as it stands in {@code t}, the same tokens without the tickers ({@link #without}); m itself
     * when t is t0, null when the figure lies inside a ticker.
     */
    static Mention shifted(List<Tok> t0, List<Tok> t, Mention m) {
        if (t == t0) return m;
        int from = -1, to = -1;
        for (int j = 0; j < t.size(); j++) {
            if (t.get(j) == t0.get(m.tokStart)) from = j;
            if (m.tokEnd > 0 && t.get(j) == t0.get(m.tokEnd - 1)) to = j + 1;
        }
        if (from < 0 || to < from) return null;
        return m.movedTo(from, to);
    }

    /** Whether the claimant c is made of nothing but tickers and their brackets ("( HFD.N )", ") ( KTL.N )", "HFD.N"). */
    static boolean onlyTicker(String c) {
        if (c == null) return false;
        List<Tok> t = Tok.of(c, 0, c.length());
        boolean code = false;
        for (int i = 0; i < t.size(); ) {
            int e = codeAt(t, i);
            if (e > i) {
                code = true;
                i = e;
            } else if (bracket(t.get(i))) {
                i++;
            } else {
                return false;
            }
        }
        return code;
    }

    /**
     * Whether text[a, b) opens with a ticker ("( HFD.N ), said ...", "BRCH.O said ..."): the sentence model cut after the
     * abbreviation of "Inc." or "Co." that stands before it, and the ticker and what follows go on with that sentence.
     */
    static boolean opensWithTicker(String text, int a, int b) {
        List<Tok> t = Tok.of(text, a, Math.min(b, a + 40));
        return !t.isEmpty() && (codeAt(t, 0) > 0 || bracketed(t, 0) > 0);
    }

    /** The end of the ticker that starts at token i of t (bracketed, or bare after a name), or -1. */
    static int tickerAt(List<Tok> t, int i) {
        int e = bracketed(t, i);
        if (e > 0) return e;
        e = codeAt(t, i);
        if (e < 0 || i == 0) return -1;
        Tok before = t.get(i - 1);
        // (bare: right after a capitalised word or an abbreviation's dot, "British Airways BAY.L", "Birch Stores Inc. BRCH.O")
        return before.is(".") || before.isWord() && before.capitalized() ? e : -1;
    }

    /** "( HFD.N )", "&lt;DLM.J&gt;", "( 0123.HK )": a code in brackets at token i; the index after the closing bracket, or -1. */
    private static int bracketed(List<Tok> t, int i) {
        if (i + 4 >= t.size() || !t.get(i).is("(") && !t.get(i).is("<")) return -1;
        int e = codeAt(t, i + 1);
        if (e < 0 || e >= t.size()) return -1;
        String close = t.get(i).is("(") ? ")" : ">";
        return t.get(e).is(close) ? e + 1 : -1;
    }

    /** "HFD.N", "0123.HK": a code, a dot and an exchange suffix glued at token i; the index after the suffix, or -1. */
    static int codeAt(List<Tok> t, int i) {
        if (i + 2 >= t.size()) return -1;
        Tok code = t.get(i), dot = t.get(i + 1), suffix = t.get(i + 2);
        if (!dot.is(".") || code.end() != dot.start() || dot.end() != suffix.start()) return -1;
        if (!code.isWord() && !code.isNum() || code.text().length() > 7 || !allCapitalsOrDigits(code.text())) return -1;
        if (!suffix.isWord() || suffix.text().length() > 3) return -1;
        for (int k = 0; k < suffix.text().length(); k++) if (!Character.isUpperCase(suffix.text().charAt(k))) return -1;   // capitals only
        return i + 3;
    }

    private static boolean allCapitalsOrDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) return false;
        }
        return !s.isEmpty();
    }

    private static boolean bracket(Tok x) {
        return x.is("(") || x.is(")") || x.is("<") || x.is(">") || x.is(",");
    }
}
