package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "company-party-name": the normal form of a company named as a party, so that one company named several ways in
 * one story and across stories is one party ("General Motors Corp (GM.N)", "General Motors", "GM"; "Exxon Mobil Corp
 * (XOM.N)", "ExxonMobil", "Exxon"; "Lockheed Martin Corp", "Lockheed": "general", "exxon", "lockheed"). The normal form
 * is the first word of the name, its legal suffix ({@code lexicon/claimant-company-suffixes.txt}) and ticker dropped and
 * a run-together name ("ExxonMobil") split at its inner capital; a short all-capital name ("GM", "BA") is the long name
 * the article gives it, by its ticker ("General Motors Corp ( GM.N )") or by its initials ("British Airways"), and
 * stays itself where the article gives none. The first word, as recall-party reads a recaller, so that a story that
 * names only "Exxon" and one that names "Exxon Mobil" agree.
 */
final class CompanyNames {

    private CompanyNames() {}

    /** A capitalised run of up to six words ("&" among them), then a ticker in brackets: "General Motors Corp ( GM.N )". */
    private static final Pattern TICKED = Pattern.compile(
            "((?:(?:[A-Z][\\p{L}&'-]*\\.?|&) ){1,6})\\(\\s*([A-Z]{1,6})\\.[A-Z]{1,2}\\s*\\)");
    /** A capitalised run of two to six words ("American Axle & Manufacturing Holdings Inc"). */
    private static final Pattern RUN = Pattern.compile("\\b[A-Z][\\p{L}&'-]*(?: (?:[A-Z][\\p{L}&'-]*|&)){1,5}");
    /** A short all-capital name: "GM", "BA", "XOM". */
    private static final Pattern SHORT = Pattern.compile("[A-Z]{2,5}");
    /** An inner capital after a small letter: "ExxonMobil". */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** Marks around a word. */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private static final Set<String> SUFFIXES = Lexicon.words("claimant-company-suffixes.txt");
    private static final Set<String> DETERMINERS = Lexicon.words("claimant-determiners.txt");

    /** The marks in and around a legal suffix: "L.P.", "Co.", "S.A.". */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /**
     * Whether {@code word} is a company's legal suffix ({@code lexicon/claimant-company-suffixes.txt}: "Inc", "Co.",
     * "plc", "AG"), read in any case and without its marks, so that "N.V." is "NV" and "Co.," is "Co".
     */
    static boolean isLegalSuffix(String word) {
        return SUFFIXES.contains(NOT_LETTERS.matcher(word).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** Whether a word of the name after its first is a legal suffix: "Shell Pipeline Co LP", "Deutsche Lufthansa AG". */
    static boolean hasLegalSuffix(String name) {
        String[] ws = WordSplits.WHITESPACE.split(name.strip());
        for (int i = 1; i < ws.length; i++) if (isLegalSuffix(ws[i])) return true;
        return false;
    }

    /** The normal form of the company {@code name} in the article {@code text}, or "" for no name. */
    static String normal(String text, String name) {
        String n = name == null ? "" : EDGE_MARKS.matcher(WordSplits.POSSESSIVE.matcher(name.strip()).replaceAll("")).replaceAll("");
        if (n.isEmpty()) return "";
        String first = WordSplits.WHITESPACE.split(n)[0];
        if (SHORT.matcher(first).matches()) {
            String lng = Names.of(text).longName(first);
            if (!lng.isEmpty()) return lng;
        }
        return head(first);
    }

    /**
     * The company the article names most, of those it gives with a ticker or legal suffix, in normal form, when it is
     * named at least {@code least} times (by its first word, ticker or initials), or "".
     */
    static String mostNamed(String text, int least) {
        Names names = Names.of(text);
        String best = "";
        int most = least - 1;
        for (String first : names.listed) {
            if (isLegalSuffix(first)) continue;
            String head = head(first);
            int n = names.count.getOrDefault(first, 0);
            for (String shortName : names.shortsOf.getOrDefault(head, List.of()))
                if (!shortName.equals(first)) n += names.count.get(shortName);
            if (n > most) {
                most = n;
                best = head;
            }
        }
        return best;
    }

    /**
     * Rule "company-unit": whether the article gives a company whose name opens with {@code word} (any case) with a ticker
     * or a legal suffix ("Lufthansa ( LHAG.DE )"), so that a name after "at" that opens with it ("ground staff at Lufthansa
     * Cargo, Lufthansa Technik") is the company or one of its units, not a place ({@link PlaceFinder}).
     */
    static boolean givesCompany(String text, String word) {
        return Names.of(text).listedLower.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * What one article names, read in one pass over it and kept for the article (claims of one article ask for it once
     * each; read per claim, a long article with many short capitalised words cost claims x words x text): the long name
     * of each ticker ("General Motors Corp ( GM.N )": GM) and of each run's initials ("British Airways": BA), the first
     * words of the names given with a ticker or legal suffix, and how often each word that opens with a capital stands (the
     * only words asked for).
     */
    private static final class Names {
        private static final PerArticle<Names> READ = new PerArticle<>(Names::new);

        private final Map<String, String> byTicker = new HashMap<>();
        private final Map<String, String> byInitials = new HashMap<>();
        private final Set<String> listed = new TreeSet<>();
        /** {@link #listed}, lower case ({@link #givesCompany}). */
        private final Set<String> listedLower = new HashSet<>();
        private final Map<String, Integer> count = new HashMap<>();
        /** The short words standing in the article by the normal form of the long name they stand for. */
        private final Map<String, List<String>> shortsOf = new HashMap<>();

        private Names(String text) {
            Matcher t = TICKED.matcher(text);
            while (t.find()) {
                String first = firstName(t.group(1));
                byTicker.putIfAbsent(t.group(2), head(first));
                listed.add(first);
            }
            Matcher r = RUN.matcher(text);
            while (r.find()) {
                String[] ws = r.group().split(" ");
                if (isLegalSuffix(ws[ws.length - 1])) listed.add(firstName(r.group()));
                int n = ws.length;
                while (n > 0 && isLegalSuffix(ws[n - 1])) n--;
                if (n < 2) continue;
                StringBuilder initials = new StringBuilder(n);
                for (int i = 0; i < n; i++) initials.append(ws[i].charAt(0));
                byInitials.putIfAbsent(initials.toString(), head(ws[0]));
            }
            for (String w : listed) listedLower.add(clean(w));
            // the words, runs of letters, digits and dots; counted only where one may be asked for (a short name or a listed
            // word: each opens with a capital A-Z once its dots are off), which most of an article's words are not
            for (int i = 0, n = text.length(); i < n; ) {
                int cp = text.codePointAt(i);
                if (!wordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int s = i;
                while (i < n && wordChar(cp = text.codePointAt(i))) i += Character.charCount(cp);
                int a = s;
                while (a < i && text.charAt(a) == '.') a++;
                if (a < i && text.charAt(a) >= 'A' && text.charAt(a) <= 'Z') count.merge(EDGE_MARKS.matcher(text.substring(s, i)).replaceAll(""), 1, Integer::sum);
            }
            for (String w : count.keySet()) {
                if (!SHORT.matcher(w).matches()) continue;
                String lng = longName(w);
                if (!lng.isEmpty()) shortsOf.computeIfAbsent(lng, k -> new ArrayList<>()).add(w);
            }
        }

        /** A char of a counted word: a letter, a number ({@code \p{L}}, {@code \p{N}}) or a dot. */
        private static boolean wordChar(int cp) {
            if (cp == '.' || Character.isLetter(cp)) return true;
            int type = Character.getType(cp);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }

        /** The names of {@code text}, read once for the article this thread is extracting. */
        static Names of(String text) {
            return READ.of(text);
        }

        /** The first word of the long name the article gives the short {@code name}, by its ticker or initials, or "". */
        String longName(String name) {
            String lng = byTicker.get(name);
            return lng != null ? lng : byInitials.getOrDefault(name, "");
        }
    }

    /** The first word of a capitalised run that is no determiner ("The Walt Disney Co": "Walt"). */
    private static String firstName(String run) {
        String[] ws = WordSplits.WHITESPACE.split(run.strip());
        int i = 0;
        while (i < ws.length - 1 && DETERMINERS.contains(clean(ws[i]))) i++;
        return ws[i];
    }

    /** A name word's normal form: its part before an inner capital ("ExxonMobil": "exxon"), lower case. */
    private static String head(String word) {
        String w = EDGE_MARKS.matcher(word).replaceAll("");
        String[] parts = CAMEL.split(w);
        return (parts[0].length() >= 3 ? parts[0] : w).toLowerCase(Locale.ROOT);
    }

    private static String clean(String w) {
        return EDGE_MARKS.matcher(w).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
