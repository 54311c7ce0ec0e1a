package io.claimwatch.extract.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the engine, read from {@code /lexicon/*.txt} on the classpath (one entry a line,
 * {@code #} comments, fields separated by {@code |}). Immutable and shared.
 */
public final class Lexicon {

    /** A phrase with its payload, for longest-match lookups. */
    public record Phrase(String text, String[] words, String[] fields) { }

    public final Map<String, Hedge> hedgesBefore;
    public final Map<String, Hedge> hedgesAfter;
    public final List<Phrase> vague;                 // fields: low, high
    public final Set<String> vagueFirstWords;
    public final Map<String, long[]> numberWords;     // value, kind (0 unit, 1 ten, 2 scale)
    public final Map<String, BigDecimal> suffixes;    // glued scale suffixes
    public final Set<String> suffixNeedsCurrency;
    public final Set<String> suffixStandsAlone;       // a scale spaced from its number with no currency: "28.3 mln"
    public final Map<String, BigDecimal> rateUnitScales;   // number.rate-unit-scale: "1,410 Mmcfd" is 1,410 million
    public final List<Phrase> units;                 // fields: unit
    final PhraseIndex unitIndex;                     // units by first word
    final PhraseIndex vagueIndex;                    // vague by first word
    public final List<Phrase> currencies;            // fields: unit (text is the sign, case-sensitive)
    public final Set<String> timeUnits;
    public final Map<String, Integer> months;
    public final Map<String, Integer> weekdays;
    public final Set<String> reportingVerbs;
    public final List<String[]> timeWords;           // word, KIND[, days]: the time stage's prepositions and fillers
    public final Set<String> evidentialVerbs;
    public final Set<String> evidentialSubjects;
    public final List<Phrase> modality;              // fields: MODALITY
    public final List<Phrase> eventVerbs;            // text = stem, fields: canonical
    public final Set<String> countedNouns;
    public final Set<String> designators;
    public final Set<String> measureNouns;
    public final Set<String> furniture;
    public final Set<String> changeVerbs;
    public final Set<String> functionWords;
    public final Set<String> linkingVerbs;           // includes the change verbs
    public final Set<String> rateUnits;
    public final Map<String, String> participles;
    public final Set<String> irregularPast;          // past and participle forms that differ from the base ("spent", "taken")     // base, past and participle forms of irregular verbs -> participle
    public final Set<String> currencyCodes;          // units that are money
    public final Set<String> scaleNouns;              // "a magnitude-7.1 earthquake": a figure glued to its scale
    public final Set<String> designatorsGuarded;     // "Line 61": a name unless a unit or a plural follows
    public final Set<String> designatorsAfter;       // "the 911 emergency number": the figure names a thing
    public final Set<String> nounVerbs;              // reporting verbs that are also nouns ("states", "report")
    public final Set<String> peopleVerbs;            // "360 killed", "11,000 died": a bare figure counts people
    public final Set<String> fractions;              // "two-thirds", "three quarters": shares, not counts
    public final Map<String, Hedge> hedgeVerbs;      // "cases top 2,000": a verb that bounds the figure
    public final Set<String> citingVerbs;            // "Local media, citing police, reported": the cited source
    public final Set<String> dataNouns;              // "the latest figures showed": data, not a source
    public final Set<String> withReporting;          // ", with the ministry saying 40 died"
    /** Every word that may report ({@link ReportingVerbs}): the reporting, evidential, with-reporting and quoted-as words, "expected". */
    final Set<String> mayReport;
    /** {@link #mayReport}'s words, asked first (most words of a sentence report nothing). */
    final WordBits mayReportWords;
    public final Set<String> subordinators;          // "after", "since": open an adverbial clause
    public final Set<String> timeAdverbs;            // "early", "now": a time, not what a figure counts
    public final Set<String> possessionVerbs;        // "Louisiana had more than 363,000"
    public final Set<String> countReports;           // "the death toll rose to 30 on Monday": a running count
    public final Set<String> tollNouns;              // "the death toll rose to 45": a measure that counts the dead
    public final Set<String> stativeVerbs;           // "remained without power on Saturday": a state went on

    private Lexicon() {
        hedgesBefore = hedgeMap("hedges.txt");
        hedgesAfter = hedgeMap("hedges-after.txt");
        vague = phrases("vague.txt");
        Set<String> vf = new HashSet<>();
        for (Phrase p : vague) vf.add(p.words()[0]);
        vagueFirstWords = Collections.unmodifiableSet(vf);
        Map<String, long[]> nw = new HashMap<>();
        for (String[] f : rows("number-words.txt")) {
            long kind = switch (f[2]) { case "unit" -> 0; case "ten" -> 1; default -> 2; };
            nw.put(f[0].toLowerCase(Locale.ROOT), new long[] {Long.parseLong(f[1]), kind});
        }
        numberWords = Collections.unmodifiableMap(nw);
        Map<String, BigDecimal> sx = new HashMap<>();
        Set<String> sc = new HashSet<>();
        Set<String> alone = new HashSet<>();
        for (String[] f : rows("scale-suffixes.txt")) {
            sx.put(f[0], new BigDecimal(f[1]));
            if (f.length > 2 && Boolean.parseBoolean(f[2])) sc.add(f[0]);
            if (f.length > 3 && Boolean.parseBoolean(f[3])) alone.add(f[0]);
        }
        suffixes = Collections.unmodifiableMap(sx);
        suffixNeedsCurrency = Collections.unmodifiableSet(sc);
        suffixStandsAlone = Collections.unmodifiableSet(alone);
        Map<String, BigDecimal> rs = new HashMap<>();
        for (String[] f : rows("rate-unit-scales.txt")) rs.put(f[0].toLowerCase(Locale.ROOT), new BigDecimal(f[1]));
        rateUnitScales = Map.copyOf(rs);
        units = phrases("units.txt");
        unitIndex = new PhraseIndex(units);
        vagueIndex = new PhraseIndex(vague);
        currencies = phrases("currencies.txt");
        timeUnits = words("time-units.txt");
        months = intMap("months.txt");
        weekdays = intMap("weekdays.txt");
        reportingVerbs = words("reporting-verbs.txt");
        timeWords = Collections.unmodifiableList(rows("time-words.txt"));
        evidentialVerbs = words("evidential-verbs.txt");
        evidentialSubjects = words("evidential-subjects.txt");
        modality = phrases("modality.txt");
        eventVerbs = phrases("event-verbs.txt");
        Map<String, String> stems = new HashMap<>();
        for (Phrase p : eventVerbs) stems.putIfAbsent(p.text, p.fields[0]);   // the list's first of a stem, as the scan took it
        eventStems = Map.copyOf(stems);
        longestStem = stems.keySet().stream().mapToInt(String::length).max().orElse(0);
        countedNouns = words("counted-nouns.txt");
        designators = words("designators.txt");
        measureNouns = words("measure-nouns.txt");
        tollNouns = words("toll-nouns.txt");
        furniture = words("furniture.txt");
        designatorsGuarded = words("designators-guarded.txt");
        designatorsAfter = words("designators-after.txt");
        scaleNouns = words("scale-nouns.txt");
        nounVerbs = words("noun-verbs.txt");
        peopleVerbs = words("people-verbs.txt");
        fractions = words("fractions.txt");
        hedgeVerbs = hedgeMap("hedge-verbs.txt");
        citingVerbs = words("citing-verbs.txt");
        dataNouns = words("data-nouns.txt");
        withReporting = words("with-reporting.txt");
        Set<String> may = new HashSet<>(reportingVerbs);
        may.addAll(evidentialVerbs);
        may.addAll(withReporting);
        // (the claimant stage's files, read here, not through ClaimantWords, whose words are read through this class:
        // a lexicon that asked ClaimantWords met it half made when ClaimantWords was the first to load)
        may.addAll(words("claimant-quoted-as.txt"));
        may.addAll(words("claimant-clause-views.txt"));
        for (String lemma : words("claimant-that-reports.txt")) may.addAll(WordForms.inflections(lemma));   // claimant.charged-that
        may.add("expected");
        may.add("looking");     // claimant.looking-for (ReportingVerbs)
        mayReport = Set.copyOf(may);
        mayReportWords = WordBits.of(mayReport);
        subordinators = words("subordinators.txt");
        timeAdverbs = words("time-adverbs.txt");
        possessionVerbs = words("possession-verbs.txt");
        countReports = words("count-reports.txt");
        stativeVerbs = words("stative-verbs.txt");
        changeVerbs = words("change-verbs.txt");
        functionWords = words("function-words.txt");
        Set<String> lv = new HashSet<>(words("linking-verbs.txt"));
        lv.addAll(changeVerbs);
        linkingVerbs = Collections.unmodifiableSet(lv);
        rateUnits = words("rate-units.txt");
        Map<String, String> pp = new HashMap<>();
        for (String[] f : rows("irregular-verbs.txt")) {
            String part = f[2].toLowerCase(Locale.ROOT);
            pp.put(f[0].toLowerCase(Locale.ROOT), part);
            pp.put(f[0].toLowerCase(Locale.ROOT) + (f[0].endsWith("s") ? "es" : "s"), part);
            pp.put(f[1].toLowerCase(Locale.ROOT), part);
            pp.put(part, part);
        }
        participles = Collections.unmodifiableMap(pp);
        Set<String> ip = new HashSet<>();
        for (String[] f : rows("irregular-verbs.txt")) {
            for (int i = 1; i < 3; i++) if (!f[i].equalsIgnoreCase(f[0])) ip.add(f[i].toLowerCase(Locale.ROOT));
        }
        ip.remove("been");
        ip.remove("was");
        irregularPast = Collections.unmodifiableSet(ip);
        Set<String> cc = new HashSet<>();
        for (Phrase c : currencies) cc.add(c.fields()[0]);
        for (Phrase u : units) if (u.fields()[0].length() == 3 && u.fields()[0].equals(u.fields()[0].toUpperCase(Locale.ROOT))) cc.add(u.fields()[0]);
        currencyCodes = Collections.unmodifiableSet(cc);
    }

    private static final Lexicon DEFAULT = new Lexicon();

    /** The lexicon loaded from the classpath (loaded once). */
    public static Lexicon get() {
        return DEFAULT;
    }

    /** The canonical participle for an event word ("capture" -> "captured"), or null. */
    public String eventVerb(String lowerWord) {
        // the longest stem the word starts with; a stem must cover most of the word: "return" ok for
        // "returned", "kill" not for "kilometres" (so only the word's prefixes of its length less 4 or more)
        for (int n = Math.min(lowerWord.length(), longestStem); n >= Math.max(1, lowerWord.length() - 4); n--) {
            String canonical = eventStems.get(lowerWord.substring(0, n));
            if (canonical != null) return canonical;
        }
        return null;
    }

    /** {@link #eventVerbs} by stem (the first of the list for a stem), and the longest stem's length. */
    private final Map<String, String> eventStems;
    private final int longestStem;

    static List<String> lines(String name) {
        return resourceLines("/lexicon/" + name);
    }

    /** The lines of a class-path resource, stripped, but blank ones and # comments. */
    static List<String> resourceLines(String path) {
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + path);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                out.add(t);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (String l : lines(name)) {
            String[] f = l.split("\\|");
            for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
            out.add(f);
        }
        return out;
    }

    /** The words after "{@code key}:" on the line of a lexicon file that opens so ("det: the his"). */
    static Set<String> keyedWords(String file, String key) {
        for (String line : lines(file)) {
            if (line.startsWith(key + ":")) return Set.of(line.substring(key.length() + 1).strip().split("\\s+"));
        }
        throw new IllegalStateException(file + " has no " + key);
    }

    /** An entry of a keyed line: a quoted phrase ("\"Tropical Storm\"") or a word. */
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("\"([^\"]+)\"|(\\S+)");

    /**
     * The entries after "{@code key}:" on the line of a class-path resource that opens so, in the file's order (where a
     * rule relies on it: the first of two that match wins); a quoted entry may hold spaces ("storm: Hurricane \"Tropical
     * Storm\""). As written, not lower-cased.
     */
    static List<String> keyedList(String resource, String key) {
        for (String line : resourceLines(resource)) {
            if (!line.startsWith(key + ":")) continue;
            List<String> out = new ArrayList<>();
            java.util.regex.Matcher m = ENTRY.matcher(line.substring(key.length() + 1));
            while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
            return List.copyOf(out);
        }
        throw new IllegalStateException(resource + " has no " + key);
    }

    /** The keys of a class-path resource of "key: entries" lines, in the file's order, once each. */
    static List<String> keysOf(String resource) {
        return resourceLines(resource).stream().filter(l -> l.indexOf(':') > 0).map(l -> l.substring(0, l.indexOf(':')).strip()).distinct().toList();
    }

    /** The words of a lexicon file, lower-cased. */
    static Set<String> words(String name) {
        Set<String> s = new HashSet<>();
        for (String l : lines(name)) s.add(l.toLowerCase(Locale.ROOT));
        return Collections.unmodifiableSet(s);
    }

    /**
     * A regex alternation of names as they are capitalised in text, "(?:September|Sept|Sep|...)", longest
     * first: month and weekday names come from their lexicons, not from the rules' regexes.
     */
    static String capitalised(java.util.Collection<String> names) {
        List<String> ns = new ArrayList<>(names);
        ns.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < ns.size(); i++) {
            String n = ns.get(i);
            sb.append(i == 0 ? "" : "|").append(java.util.regex.Pattern.quote(Character.toUpperCase(n.charAt(0)) + n.substring(1)));
        }
        return sb.append(')').toString();
    }

    /** The first chars of {@link #capitalised} names: where a match of one can begin. */
    static String initials(java.util.Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            char c = Character.toUpperCase(n.charAt(0));
            if (sb.indexOf(String.valueOf(c)) < 0) sb.append(c);
        }
        return sb.toString();
    }

    /** The full names of a name|number lexicon: the longest name of each number ("september", not "sept"). */
    static Set<String> fullNames(Map<String, Integer> names) {
        Map<Integer, String> longest = new HashMap<>();
        names.forEach((n, v) -> longest.merge(v, n, (a, b) -> a.length() >= b.length() ? a : b));
        return Set.copyOf(longest.values());
    }

    private static Map<String, Integer> intMap(String name) {
        Map<String, Integer> m = new HashMap<>();
        for (String[] f : rows(name)) m.put(f[0].toLowerCase(Locale.ROOT), Integer.parseInt(f[1]));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Hedge> hedgeMap(String name) {
        Map<String, Hedge> m = new HashMap<>();
        for (String[] f : rows(name)) m.put(f[0].toLowerCase(Locale.ROOT), Hedge.valueOf(f[1]));
        return Collections.unmodifiableMap(m);
    }

    private static List<Phrase> phrases(String name) {
        List<Phrase> out = new ArrayList<>();
        for (String[] f : rows(name)) {
            String[] rest = new String[f.length - 1];
            System.arraycopy(f, 1, rest, 0, rest.length);
            String text = name.equals("currencies.txt") ? f[0] : f[0].toLowerCase(Locale.ROOT);
            out.add(new Phrase(text, text.split(" "), rest));
        }
        // longest first, so the first match is the longest
        out.sort((a, b) -> Integer.compare(b.text.length(), a.text.length()));
        return Collections.unmodifiableList(out);
    }
}
