package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "strike-party": the company a labour strike is against is the party of the counts of people (the strikers, the
 * workers) of a sentence that speaks of the strike (not of the plants it idles, often a customer's), so that one union's strikes against two companies of one season never share a group ("walked out on
 * strike against Chrysler LLC", "The last UAW strike against GM": "chrysler", "gm"). The struck company is the first
 * capitalised name after "strike against" or "strike at" in the article (a name of {@code lexicon/strike-party-skips.txt}
 * such as "U.S." is none), in its normal form (company-party-name, {@link CompanyNames}: "GM", "General Motors Corp"
 * are one); an article that says no "strike against" is of the company it gives with a ticker or legal suffix ("a retired
 * General Motors Corp ( GM.N ) worker") and names most, at least three times; a sentence is of the strike when it holds a word of {@code lexicon/strike-words.txt}, and an
 * article is of a labour strike only when it names a union, strikers, a walkout or pickets (a military strike against a country is no
 * party's).
 */
final class StrikeParties {

    private StrikeParties() {}

    private static final Pattern STRUCK = Pattern.compile("\\b(?:strike|walkout|walk-out)s? (?:against|at) (?:the )?([A-Z][\\p{L}.&-]*)");
    /** Where a sentence splits into its words: runs of anything but letters and hyphens. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");
    private static final Pattern LABOUR = Pattern.compile("(?i)\\b(?:union|unions|strikers|walkout|walk-out|picket|pickets|picketers)\\b");

    /** How often an article that says no "strike against" must name a company for it to be the struck one. */
    private static final int LEAST = 3;

    private static final Set<String> WORDS = Lexicon.words("strike-words.txt");
    private static final Set<String> SKIPS = Lexicon.words("strike-party-skips.txt");

    /** The struck company of the article, read once per article: claims of one article ask once each. */
    private static final PerArticle<String> STRUCK_COMPANY = new PerArticle<>(StrikeParties::struck);

    /** The struck company of the article when the sentence [sentenceStart, sentenceEnd) speaks of a strike, or "". */
    static String of(String text, int sentenceStart, int sentenceEnd) {
        if (sentenceStart >= sentenceEnd || !speaksOfStrike(text.substring(sentenceStart, sentenceEnd))) return "";
        return STRUCK_COMPANY.of(text);
    }

    /** The company a labour strike told in {@code text} is against, or "". */
    private static String struck(String text) {
        if (!LABOUR.matcher(text).find()) return "";
        Matcher m = STRUCK.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[.&-]+$", "");
            if (!name.isEmpty() && !SKIPS.contains(name.toLowerCase(Locale.ROOT))) return CompanyNames.normal(text, name);
        }
        return CompanyNames.mostNamed(text, LEAST);
    }

    private static boolean speaksOfStrike(String sentence) {
        for (String w : NOT_WORD.split(sentence.toLowerCase(Locale.ROOT))) if (WORDS.contains(w)) return true;
        return false;
    }
}
