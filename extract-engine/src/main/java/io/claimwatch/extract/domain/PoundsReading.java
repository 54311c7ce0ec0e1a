package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * pounds-money: "pounds" (units.txt: a weight, lb) are money, not a weight, when a currency conversion follows them
 * ("between 40 and 45 million pounds ($68.55 million)", "120,000 pounds, or more than $180,000"), when the story writes
 * "pence", "sterling" or "£", or when what they count is money: a word of {@code lexicon/pounds-money-words.txt} among
 * the few words before the figure ("cost BA 43 million pounds", "a full-year loss of 531 million pounds"). Money is no
 * thing's weight ({@link CountedDimensions}): its phrase is read as a sum's, "pounds" a word of money (keys/kinds.txt).
 * They stay a weight before "of" ("losing 2 million pounds of copper", "200,000 pounds of deli meat") and otherwise
 * ("an animal that's over 400 pounds").
 */
final class PoundsReading {

    private static final String WEIGHT = "lb";
    /** How many words before the figure (its hedge included) a word of money may stand. */
    private static final int BEFORE = 6;
    /** A bracket or a comma and "or", then up to three words, then a currency sign: a conversion of the sum. */
    private static final Pattern CONVERSION = Pattern.compile(
            "\\s*(?:\\(|,\\s*or\\s)\\s*(?:[\\p{L}.]+\\s+){0,3}(?:US\\$|A\\$|C\\$|\\$|€|¥|USD|EUR)\\s*\\d.*", Pattern.DOTALL);
    /** A British story's words of its money. */
    private static final Pattern BRITISH = Pattern.compile("£|\\b(?:pence|sterling)\\b", Pattern.CASE_INSENSITIVE);
    /** Whether the article writes "pence", "sterling" or "£", read once per article. */
    private static final PerArticle<Boolean> BRITISH_STORY = new PerArticle<>(text -> BRITISH.matcher(text).find());
    private static final Set<String> MONEY_WORDS = Set.copyOf(Lexicon.lines("pounds-money-words.txt"));

    private PoundsReading() {}

    /** Whether the figure's unit, "pounds" read as a weight, is money ({@code text} the article, {@code t} its sentence). */
    static boolean money(String text, List<Tok> t, Mention m) {
        if (!WEIGHT.equals(m.unit) || m.unitWords == null) return false;
        String words = m.unitWords.toLowerCase(Locale.ROOT);
        if (!words.equals("pounds") && !words.equals("pound")) return false;
        int j = CountedWords.afterFigure(t, m);
        if (j < t.size() && t.get(j).is("of")) return false;
        if (CONVERSION.matcher(text.substring(m.end, Math.min(text.length(), m.end + 60))).matches()) return true;
        return moneyBefore(t, m) || BRITISH_STORY.of(text);
    }

    /** A counted phrase of pounds of a thing ("pounds of frozen beef patties"). */
    private static final Pattern POUNDS_OF = Pattern.compile("(?i)pounds?\\s+of\\s+(\\p{L}+).*");

    /**
     * pounds-weight: whether a counted phrase of a figure in pounds is the weight of a thing ("recalling 844,812 pounds of
     * frozen beef patties"), which {@link #money} leaves a weight (before "of"): its key is no sum's, though the word
     * "pound" names money in keys/kinds.txt. Not pounds of a word of money ("pounds of funding", the lexicon's).
     */
    static boolean weighsAThing(String counted) {
        java.util.regex.Matcher of = counted == null ? null : POUNDS_OF.matcher(counted);
        return of != null && of.matches() && !MONEY_WORDS.contains(of.group(1).toLowerCase(Locale.ROOT));   // "pounds of funding"
    }

    /** A word of money among the {@link #BEFORE} words before the figure, within its clause. */
    private static boolean moneyBefore(List<Tok> t, Mention m) {
        int seen = 0;
        for (int k = m.tokStart - 1; k >= 0 && seen < BEFORE; k--) {
            Tok w = t.get(k);
            if (w.is(".") || w.is(";") || w.is(":")) return false;
            if (!w.isWord()) continue;
            if (MONEY_WORDS.contains(w.lower())) return true;
            seen++;
        }
        return false;
    }
}
