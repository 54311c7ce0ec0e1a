package io.claimwatch.extract.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last touches to a claimant's words, once a rule has chosen them: a factbox's section label read into the
 * subject is dropped ({@code claimant.section-label}), and an initialism the article spells out in brackets is
 * given with its name ({@code claimant.acronym-spelled-out}).
 */
final class ClaimantNames {

    /** A bullet, or a run of two or more words in capitals, before the words of the name ("COMPANY NEWS * Dudley"). */
    private static final Pattern LABEL = Pattern.compile("^(?:[*•]\\s*|((?:[A-Z][A-Z/&'-]*\\s+){2,})(?:[*•]\\s*)?(?=\\S*[a-z]))");
    /** An initialism alone, after "the" or not ("the EPA"). */
    private static final Pattern INITIALISM = Pattern.compile("(?:[Tt]he\\s+)?([A-Z]{2,7})");
    private static final java.util.Set<String> JOINERS = ClaimantWords.WORDS.nameJoiners;

    private ClaimantNames() {
    }

    /**
     * claimant.section-label: "NO TERROR LINK The U.S. Homeland Security Department said ...", "COMPANY NEWS * Dudley
     * said ...", "* Government scientists said ...": a wire factbox opens its sections with a label in capitals and its
     * items with a bullet; neither is part of the name that follows. A label is two or more words in capitals, with a
     * word of five letters or more and eight letters in all ("UNION RIVALRY", not the initialisms "UN OCHA"), before a
     * word in lower case or with lower-case letters. The words unchanged when they open with no label.
     */
    static String withoutLabel(String c) {
        if (c == null) return null;
        String s = c;
        for (Matcher m = LABEL.matcher(s); m.find() && m.end() < s.length(); m = LABEL.matcher(s)) {
            if (m.group(1) != null && !label(m.group(1))) break;
            s = s.substring(m.end());
        }
        return s.isBlank() ? c : s;
    }

    private static boolean label(String run) {
        String[] words = WordSplits.WHITESPACE.split(run.strip());
        int letters = 0, longest = 0;
        for (String x : words) {
            letters += x.length();
            longest = Math.max(longest, x.length());
        }
        return longest >= 5 && letters >= 8;
    }

    /**
     * claimant.acronym-spelled-out: "The Environmental Protection Agency (EPA) ... . The EPA said ...": an initialism as the
     * claimant ("the EPA", "III") that the article spells out before it in brackets is given as it was spelled out there,
     * "Environmental Protection Agency (EPA)": the name's capitalised words, with the lower-case joiners between them
     * (lexicon/claimant-name-joiners.txt), whose initials end in the initialism. The words unchanged when the article gives
     * no such name.
     */
    static String spelledOut(String c, String text) {
        if (c == null) return null;
        Matcher m = INITIALISM.matcher(c);
        if (!m.matches()) return c;
        String spelled = SPELLED_OUT.of(text).get(m.group(1));
        return spelled != null ? spelled : NAMED_IN_FULL.of(text).getOrDefault(m.group(1), c);
    }

    /**
     * claimant.acronym-named-in-full: "... according to new estimates from the Congressional Budget Office. ... the CBO
     * estimated that ...": an initialism the article writes nowhere in brackets is given with the first name the article
     * writes in full whose capitalised words' initials are it, joiners between them (lexicon/claimant-name-joiners.txt),
     * "Congressional Budget Office (CBO)": read once per article, for the initialisms the article uses as whole words.
     */
    private static final PerArticle<Map<String, String>> NAMED_IN_FULL = new PerArticle<>(ClaimantNames::namesInFull);

    private static Map<String, String> namesInFull(String text) {
        String[] ws = WordSplits.WHITESPACE.split(text);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String x : ws) {
            if (!twoCapitals(x)) continue;                  // what sheds its wrapping is [A-Z]{2,7} only if it has two capitals
            String y = WRAPPING.matcher(x).replaceAll("");
            if (CAPITALS.matcher(y).matches()) used.add(y);
        }
        Map<String, String> names = new HashMap<>();
        if (used.isEmpty()) return names;
        for (int i = 0; i < ws.length; i++) {
            if (!nameWord(ws[i])) continue;
            StringBuilder initials = new StringBuilder();
            int last = i;
            // a run of capitalised words, lower-case joiners inside it; each end of two capitalised words or more is a name
            for (int j = i; j < ws.length && j < i + 12 && initials.length() < 7; j++) {
                String x = ws[j];
                if (nameWord(x)) {
                    initials.append(x.charAt(0));
                    last = j;
                    String acronym = initials.toString();
                    if (acronym.length() >= 2 && used.contains(acronym) && !names.containsKey(acronym)) {
                        names.put(acronym, (String.join(" ", java.util.Arrays.copyOfRange(ws, i, j + 1)) + " (" + acronym + ")").replaceFirst("[.,;:] \\(", " ("));
                    }
                    if (!Character.isLetter(x.charAt(x.length() - 1))) break;     // "Office." ends the name
                } else if (!(JOINERS.contains(x) && j > i && j - last == 1)) {
                    break;
                }
            }
        }
        return Map.copyOf(names);
    }

    /** Whether {@code x} has two capitals A-Z or more. */
    private static boolean twoCapitals(String x) {
        int n = 0;
        for (int i = 0; i < x.length() && n < 2; i++) if (x.charAt(i) >= 'A' && x.charAt(i) <= 'Z') n++;
        return n >= 2;
    }

    /** A capitalised word of letters (a hyphen inside), a mark after it allowed: "Budget", "Office.". */
    private static boolean nameWord(String x) {
        if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) return false;    // its first char stays first
        String y = FINAL_MARK.matcher(x).replaceAll("");
        if (y.length() < 2 || !Character.isUpperCase(y.charAt(0)) || CAPITALS.matcher(y).matches()) return false;
        for (int i = 1; i < y.length(); i++) if (!Character.isLowerCase(y.charAt(i)) && y.charAt(i) != '-') return false;
        return true;
    }

    /** Each initialism the article spells out in brackets, with its name as spelled out there: read once per article. */
    private static final PerArticle<Map<String, String>> SPELLED_OUT = new PerArticle<>(ClaimantNames::spelledOutNames);

    /**
     * Each place the article writes an initialism in brackets, "(EPA)": a bracket, a run of two to seven capitals that is
     * the whole run of letters, a bracket; the first of an initialism's places after a name whose initials it is gives it
     * (the initialism maps to "Environmental Protection Agency (EPA)").
     */
    private static Map<String, String> spelledOutNames(String text) {
        Map<String, String> names = new HashMap<>();
        for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
            int end = at + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            if (end >= text.length() || text.charAt(end) != ')') continue;
            String acronym = text.substring(at + 1, end);
            if (names.containsKey(acronym) || !CAPITALS.matcher(acronym).matches()) continue;
            String name = nameBefore(text, at, acronym);
            if (name != null) names.put(acronym, name + " (" + acronym + ")");
        }
        return Map.copyOf(names);
    }

    /** An initialism's letters: what {@link #INITIALISM} takes of a claimant. */
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]{2,7}");
    /** Brackets and quotes before a word, marks after it, a possessive: what "(“NATO’s" sheds. */
    private static final Pattern WRAPPING = Pattern.compile("^[(\"“']+|[)\"”'.,;:’]+$|['’]s$");
    /** A mark that ends a word: "Office.". */
    private static final Pattern FINAL_MARK = Pattern.compile("[.,;:]$");

    /** The name that ends just before {@code at} (whitespace between) whose capitalised words' initials are the acronym, or null. */
    private static String nameBefore(String text, int at, String acronym) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == at) return null;
        int need = acronym.length(), k = end, start = -1;
        while (need > 0) {
            int wEnd = k;
            while (wEnd > 0 && text.charAt(wEnd - 1) == ' ') wEnd--;
            int wStart = wEnd;
            while (wStart > 0 && !Character.isWhitespace(text.charAt(wStart - 1))) wStart--;
            if (wStart == wEnd) return null;
            String word = text.substring(wStart, wEnd);
            if (JOINERS.contains(word) && need < acronym.length()) {
                k = wStart;
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) || word.charAt(0) != acronym.charAt(need - 1)) return null;
            for (int i = 0; i < word.length(); i++) if (!Character.isLetter(word.charAt(i)) && word.charAt(i) != '-') return null;
            need--;
            start = wStart;
            k = wStart;
        }
        return WordSplits.WHITESPACE.matcher(text.substring(start, end)).replaceAll(" ");
    }
}
