package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** The normal form of the company {@code name} in the article {@code text}, or "" for no name. */
    static String normal(String text, String name) {
        String n = name == null ? "" : EDGE_MARKS.matcher(name.strip().replaceAll("['’]s$", "")).replaceAll("");
        if (n.isEmpty()) return "";
        String first = n.split("\\s+")[0];
        if (SHORT.matcher(first).matches()) {
            String lng = longName(text, first);
            if (!lng.isEmpty()) return lng;
        }
        return head(first);
    }

    /**
     * The company the article names most, of those it gives with a ticker or legal suffix, in normal form, when it is
     * named at least {@code least} times (by its first word, ticker or initials), or "".
     */
    static String mostNamed(String text, int least) {
        Set<String> listed = new TreeSet<>();
        Matcher t = TICKED.matcher(text);
        while (t.find()) listed.add(firstName(t.group(1)));
        Matcher r = RUN.matcher(text);
        while (r.find()) {
            String[] ws = r.group().split(" ");
            if (SUFFIXES.contains(clean(ws[ws.length - 1]))) listed.add(firstName(r.group()));
        }
        Map<String, String> shortHeads = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}.]+")) {
            String c = EDGE_MARKS.matcher(w).replaceAll("");
            words.add(c);
            if (SHORT.matcher(c).matches()) shortHeads.computeIfAbsent(c, k -> longName(text, k));
        }
        String best = "";
        int most = least - 1;
        for (String first : listed) {
            if (SUFFIXES.contains(clean(first))) continue;
            String head = head(first);
            int n = 0;
            for (String c : words) if (c.equals(first) || head.equals(shortHeads.get(c))) n++;
            if (n > most) {
                most = n;
                best = head;
            }
        }
        return best;
    }

    /** The first word of the long name the article gives the short {@code name}, by its ticker or initials, or "". */
    private static String longName(String text, String name) {
        Matcher t = TICKED.matcher(text);
        while (t.find()) if (t.group(2).equals(name)) return head(firstName(t.group(1)));
        Matcher r = RUN.matcher(text);
        while (r.find()) {
            String[] ws = r.group().split(" ");
            int n = ws.length;
            while (n > 0 && SUFFIXES.contains(clean(ws[n - 1]))) n--;
            if (n < 2 || n != name.length()) continue;
            boolean initials = true;
            for (int i = 0; i < n && initials; i++) initials = ws[i].charAt(0) == name.charAt(i);
            if (initials) return head(ws[0]);
        }
        return "";
    }

    /** The first word of a capitalised run that is no determiner ("The Walt Disney Co": "Walt"). */
    private static String firstName(String run) {
        String[] ws = run.strip().split("\\s+");
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
