package io.claimwatch.extract.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an event a span gives: a storm's ("Hurricane Irma"), a fire's ("the Erskine Fire", "the
 * so-called Erskine fire") or a strike's by its strikers ("the seamen's strike"). Names key the claims of
 * one named event apart from another of the same kind, place and time (two fires of one county).
 */
final class EventNames {

    private EventNames() {}

    /** The nouns of lexicon/event-name-nouns.txt by role ("storm", "fire", "lower-fire", "seat"). */
    private static List<String> nouns(String role) {
        return Lexicon.keyedList("/lexicon/event-name-nouns.txt", role);
    }

    /** A regex alternation of nouns, as written. */
    private static String alternation(List<String> nouns) {
        return String.join("|", nouns.stream().map(Pattern::quote).toList());
    }

    /** The last word of each noun, once each: what a match of the nouns holds as written. */
    private static List<String> lastWords(List<String> nouns) {
        return nouns.stream().map(n -> n.substring(n.lastIndexOf(' ') + 1)).distinct().toList();
    }

    /** "Hurricane Irma", "Typhoon Haiyan", "Tropical Storm Allison", "Cyclone Idai", "Tropical Depression Bonnie". */
    private static final Pattern STORM_NAME = Pattern.compile("\\b(" + alternation(nouns("storm")) + ")\\s+([A-Z][a-z]+)\\b");
    /** The words one of {@link #STORM_NAME}'s and of {@link #FIRE_NAME}'s matches holds. */
    private static final List<String> STORM_NOUNS = lastWords(nouns("storm")), FIRE_NOUNS = lastWords(nouns("fire"));
    /** "the Erskine Fire", "the San Gabriel Complex", "Camp Fire": capitalised words before Fire or Complex (not "Fire Agency"). */
    private static final Pattern FIRE_NAME = Pattern.compile("\\b((?:[A-Z][a-z]+\\s+){1,3})(" + alternation(nouns("fire")) + ")\\b(?!\\s+[A-Z])");
    /** "the so-called Erskine fire", "the Erskine fire": a name before "fire" in lower case, after a determiner. */
    private static final Pattern LOWER_FIRE_NAME = Pattern.compile("\\b(?:the|so-called)\\s+((?:[A-Z][a-z]+\\s+){1,2})("
            + alternation(nouns("lower-fire")) + ")\\b");

    /** The event name [from, to) gives ("hurricane irma", "erskine fire", "seamen strike"), or "". */
    static String of(String text, int from, int to) {
        return of(text, from, to, () -> FrameReader.words(text, from, to));
    }

    /** {@link #of(String, int, int)}, the span's {@link FrameReader#words} given when it has them read. */
    static String of(String text, int from, int to, Supplier<List<String>> spanWords) {
        // the patterns run only where their nouns are (a scan for a word is cheaper than a regex's at every position)
        if (TextSearch.containsAny(text, from, to, STORM_NOUNS)) {
            Matcher m = STORM_NAME.matcher(text).region(from, to);
            if (m.find()) return (m.group(1) + " " + m.group(2)).toLowerCase(Locale.ROOT);
        }
        Matcher f = FIRE_NAME.matcher(text).region(from, to);
        boolean fires = TextSearch.containsAny(text, from, to, FIRE_NOUNS);
        while (fires && f.find()) {
            // "The Park Fire": the name after a determiner; "Cal Fire", "Forest Fire": no name
            String[] words = WordSplits.WHITESPACE.split(f.group(1).trim());
            int first = 0;
            while (first < words.length && NOT_NAME_WORDS.contains(words[first].toLowerCase(Locale.ROOT))) first++;
            if (first == words.length || first == 0 && f.start() == from) continue;   // a sentence's first capital names nothing
            return (String.join(" ", Arrays.copyOfRange(words, first, words.length)) + " " + f.group(2)).toLowerCase(Locale.ROOT);
        }
        String lower = lowerCaseFireName(text, from, to);
        if (!lower.isEmpty()) return lower;
        String seat = bySeat(text, from, to);
        if (!seat.isEmpty()) return seat;
        return StrikeNames.of(spanWords.get());   // "the seamen's strike": a strike by its strikers
    }

    /** "the Truro by-election": capitalised words right before the by-election's noun. */
    private static final Pattern SEAT_BEFORE = Pattern.compile("\\b(?<seat>(?:[A-Z][a-z]+\\s+){1,2})(?<noun>" + alternation(nouns("seat")) + ")\\b");
    /** "a by-election in the London borough of Greenwich", "the by-election for Truro": the seat after in, for, at. */
    private static final Pattern SEAT_AFTER = Pattern.compile(
            "\\b(?<noun>" + alternation(nouns("seat")) + ")\\s+(?:in|for|at)\\s+(?:the\\s+)?(?:(?:[A-Z][a-z]+\\s+)?[a-z]+\\s+of\\s+)?(?<seat>[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\b");

    /**
     * Rule "by-election-seat": a by-election is named by its seat ("the Truro by-election", "a by-election in the
     * London borough of Greenwich": "truro by-election", "greenwich by-election"), so two by-elections of one country
     * and season key apart; a seat no word of not-event-names.txt. "" if none.
     */
    private static String bySeat(String text, int from, int to) {
        if (!TextSearch.containsAny(text, from, to, SEAT_NOUNS)) return "";
        for (Pattern p : List.of(SEAT_BEFORE, SEAT_AFTER)) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                String[] words = WordSplits.WHITESPACE.split(m.group("seat").trim());
                int first = 0;
                while (first < words.length && NOT_NAME_WORDS.contains(words[first].toLowerCase(Locale.ROOT))) first++;
                if (first == words.length) continue;
                return (String.join(" ", Arrays.copyOfRange(words, first, words.length)) + " " + m.group("noun")).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static final List<String> SEAT_NOUNS = nouns("seat");

    private static final Set<String> NOT_NAME_WORDS = Lexicon.words("not-event-names.txt");

    /**
     * "the so-called Erskine fire": a fire named with "fire" in lower case, its name no word of not-event-names.txt
     * and no region ("the California fire", "the Kern County fire" are a region's fires, no name); "" if none.
     */
    private static String lowerCaseFireName(String text, int from, int to) {
        if (!TextSearch.containsAny(text, from, to, LOWER_FIRE_NOUNS)) return "";
        Matcher m = LOWER_FIRE_NAME.matcher(text).region(from, to);
        while (m.find()) {
            String name = m.group(1).trim();
            boolean named = true;
            for (String w : WordSplits.WHITESPACE.split(name)) {
                named &= !NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT));
            }
            if (named && !region(name) && !region(name.substring(name.lastIndexOf(' ') + 1))
                    && !PLACE_NOUNS.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
                return (name + " " + m.group(2)).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** Whether a name is a country's or a first-level division's ("California"): a town's name may name a fire. */
    private static boolean region(String name) {
        Gazetteer.Place p = Gazetteer.get().lookup(name);
        return p != null && (p.isCountry() || p.isDivision());
    }

    private static final List<String> LOWER_FIRE_NOUNS = nouns("lower-fire").stream().map(n -> " " + n).toList();
    /** "Kern County", "the Kursk region": the generic nouns of place names (and months, weekdays), no fire's name. */
    private static final ConceptLexicon PLACE_NOUNS = ConceptLexicon.load("/keys/not-place-names.txt");
}
