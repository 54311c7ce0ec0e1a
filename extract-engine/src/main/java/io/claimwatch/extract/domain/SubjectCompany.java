package io.claimwatch.extract.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * claimant.company-referent: the company an article is about, which "the company", "the carmaker", "the airline"
 * (lexicon/claimant-company-nouns.txt) mean as a subject when no name ending in the noun was given. A company is a run
 * of up to five capitalised words (with "&") that the text once follows with a legal suffix ("Mattel Inc.", "Toyota
 * Motor Corp", "Freeport McMoRan Copper & Gold Inc"; lexicon/claimant-company-suffixes.txt) or a ticker in brackets
 * ("Lufthansa ( LHAG.DE )", "(NYSE: F)", a wire's bare "British Airways BAY.L"); of those whose first word the headline and lead (the first 400 characters)
 * give, the one whose first word the text repeats most as a name's first word (the earlier on a tie). Its words before the suffix, or null.
 */
final class SubjectCompany {

    private static final int LEAD = 400;
    /** A ticker in brackets: "( LHAG.DE )", "(NYSE: F)" (read by {@link PlantOwners} too). */
    static final Pattern TICKER = Pattern.compile("\\(\\s*(?:[A-Z0-9]{1,6}\\.[A-Z]{1,3}|[A-Z]{2,8}\\s*:\\s*[A-Z.]{1,6})\\s*\\)");
    /** A wire ticker with no brackets ("British Airways BAY.L said"): two or more capitals or digits, a dot, an exchange code. */
    private static final Pattern BARE_TICKER = Pattern.compile("(?<=[A-Za-z] )[A-Z0-9]{2,6}\\.[A-Z]{1,2}(?![\\w.])");

    private SubjectCompany() {
    }

    /** The company article text is about, or null. */
    static String of(String text) {
        ClaimantWords w = ClaimantWords.WORDS;
        List<Tok> t = Tok.of(text, 0, text.length());
        List<Integer> ends = new java.util.ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).isWord() && CompanyNames.isLegalSuffix(t.get(i).text()) && !t.get(i).text().equals(t.get(i).lower())
                    && t.get(i - 1).capitalized()) ends.add(i);
        }
        for (Pattern p : List.of(TICKER, BARE_TICKER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = 1; i < t.size(); i++) if (t.get(i).start() == m.start() && t.get(i - 1).capitalized()) ends.add(i);
            }
        }
        String best = null;
        int bestCount = 0, bestAt = Integer.MAX_VALUE;
        for (int e : ends) {
            int a = e;
            while (a > 0 && e - a < 5 && (t.get(a - 1).capitalized() || t.get(a - 1).is("&") && a - 1 > 0 && t.get(a - 2).capitalized())) a--;
            while (a < e && (w.determiners.contains(t.get(a).lower()) || t.get(a).is("&"))) a++;
            if (a >= e) continue;
            String first = t.get(a).text();
            int count = occurrences(text, first);
            if (!within(text, first, Math.min(LEAD, text.length()))) continue;
            if (count > bestCount || count == bestCount && t.get(a).start() < bestAt) {
                best = ClaimantWords.span(text, t, a, e);
                bestCount = count;
                bestAt = t.get(a).start();
            }
        }
        return best;
    }

    /**
     * How often the word stands alone (no letter or digit either side) in the text and opens a name (no capitalised word
     * right before it: "Suzuki" in "Maruti Suzuki" is not Suzuki's).
     */
    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (alone(text, word, at) && !afterCapital(text, at)) n++;
        return n;
    }

    private static boolean afterCapital(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        if (e == at || e == 0 || !Character.isLetter(text.charAt(e - 1))) return false;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        return Character.isUpperCase(text.charAt(b));
    }

    private static boolean within(String text, String word, int end) {
        for (int at = text.indexOf(word); at >= 0 && at + word.length() <= end; at = text.indexOf(word, at + 1)) if (alone(text, word, at)) return true;
        return false;
    }

    private static boolean alone(String text, String word, int at) {
        int end = at + word.length();
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
