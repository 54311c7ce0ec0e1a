package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule vague-sum-currency: a figure told in words, then "of" and a currency ("tens of millions of euros", "hundreds of
 * millions of dollars", "millions of euros a day"), is a sum in that currency for its key, though the claim itself keeps
 * no unit (the gold writes none for such a figure). Its measure is then read as a sum's is ({@link MoneyMeasures}), so
 * "Lufthansa estimates that the strike will cost it tens of millions of euros" keys as the strike's cost, as "walkout
 * alone cost Lufthansa more than 15 million euros" does, and not as an open count of money of no measure. The currency
 * words are those of {@code lexicon/units.txt} whose code is a currency's. Only where a measure is read ({@link #kept}).
 */
final class VagueSums {

    /** " of " right after the figure, then the words that may name its currency. */
    private static final Pattern OF = Pattern.compile("^\\s+of\\s+(.*)", Pattern.DOTALL);
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    /** The currency phrases of lexicon/units.txt, longest first as the lexicon keeps them ("us dollars" before "dollars"). */
    private static final List<Lexicon.Phrase> CURRENCIES = currencies();

    private VagueSums() {}

    /**
     * The unit the key reads for the figure at [{@code figureStart}, {@code figureEnd}): {@code unit} where the claim has
     * one or the figure holds a digit, else the currency right after "of" ("tens of millions of euros": EUR), else "".
     */
    static String unit(String text, int figureStart, int figureEnd, String unit) {
        if (unit != null && !unit.isEmpty()) return unit;
        if (figureStart < 0 || figureEnd <= figureStart || figureEnd > text.length()
                || DIGIT.matcher(text.substring(figureStart, figureEnd)).find()) return unit == null ? "" : unit;
        Matcher m = OF.matcher(text.substring(figureEnd, Math.min(text.length(), figureEnd + 40)));
        if (!m.find()) return unit == null ? "" : unit;
        String after = WordSplits.WHITESPACE.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (Lexicon.Phrase p : CURRENCIES) {
            int n = p.text().length();
            if (after.startsWith(p.text()) && (after.length() == n || !Character.isLetter(after.charAt(n)))) return p.fields()[0];
        }
        return unit == null ? "" : unit;
    }

    /**
     * The sum {@code money} read, where the claim has a currency of its own or a measure is read of its vague sum; else
     * null: a vague sum of no measure keeps the key it had, money of no unit, for money-no-measure would key it as
     * nothing ("has scammed people out of thousands of dollars" still meets "costing citizens thousands of dollars").
     */
    static MoneyMeasures.Money kept(MoneyMeasures.Money money, String unit) {
        return unit != null && !unit.isEmpty() || !money.measure().isEmpty() ? money : null;
    }

    private static List<Lexicon.Phrase> currencies() {
        Lexicon lex = Lexicon.get();
        List<Lexicon.Phrase> out = new ArrayList<>();
        for (Lexicon.Phrase p : lex.units) if (lex.currencyCodes.contains(p.fields()[0])) out.add(p);
        return List.copyOf(out);
    }
}
