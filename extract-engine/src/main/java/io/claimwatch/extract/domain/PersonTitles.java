package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's title before the name (lexicon/claimant-person-titles.txt): claimant.title-referent, "The sheriff said 12 ..."
 * after "Harbor County Sheriff Ana Ruiz said ..." is Ana Ruiz, the last person named with that title; and
 * claimant.title-abbreviation, ", said Harbor police Sgt. Tom Baxter": the name after an abbreviated title's dot goes with
 * the title, though the sentence was cut at the dot; and claimant.title-surname, "President Lind said" after "President Ana
 * Lind" is Ana Lind (a title of lexicon/claimant-state-titles.txt or claimant-person-titles.txt, then the surname).
 */
final class PersonTitles {

    /** A title noun ("sergeant") and its abbreviations ("sgt"), lower-cased. */
    private static final Map<String, List<String>> TITLES = titles();
    private static final Set<String> ABBREVIATIONS = abbreviations();
    private static final Set<String> STATE_TITLES = Set.copyOf(Lexicon.lines("claimant-state-titles.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).toList());
    private static final Set<String> CONTINUATIONS = Set.copyOf(Lexicon.lines("claimant-title-continuations.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).toList());
    /** A name after a title: two or three capitalised words, the first or a middle one an initial with its dot. */
    private static final Pattern NAME = Pattern.compile(
            "\\s+((?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'-]+)(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2})");

    private PersonTitles() {
    }

    /**
     * claimant.title-referent: the name of the person last named with the title {@code noun} before {@code before}
     * ("Chief Ana Ruiz", "Police Chief Ana Ruiz", "Capt. Tom Baxter" -> "Ana Ruiz", "Tom Baxter"), or null when the noun
     * is no title or no one was named with it. A modifier ("the fire chief") must stand right before the title named
     * ("Fire Chief Ana Ruiz"), or it is someone else.
     */
    static String lastNamed(String text, int before, String modifier, String noun) {
        List<String> forms = TITLES.get(noun);
        if (forms == null) return null;
        String found = null;
        int foundAt = -1;
        for (String f : forms) {
            String cap = "[" + Character.toUpperCase(f.charAt(0)) + f.charAt(0) + "]" + f.substring(1) + (f.equals(noun) ? "" : "\\.");
            String mod = modifier == null ? "" : "(?i:" + Pattern.quote(modifier) + ")\\s+";
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + mod + cap + NAME.pattern()).matcher(text);
            MatchResult r = lastMatch(text, before, modifier, f, m);
            if (r != null && r.start() > foundAt) {
                foundAt = r.start();
                found = r.group(1);
            }
        }
        return found;
    }

    /** Whether a title's match names a person: its name opens with no continuation ("Chief of ..."), title or abbreviation. */
    private static boolean names(MatchResult r) {
        String name = r.group(1);
        String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ')).toLowerCase(Locale.ROOT);
        return !(CONTINUATIONS.contains(first) || TITLES.containsKey(first) || ABBREVIATIONS.contains(first.replace(".", "")));
    }

    /**
     * The last match of {@code m} (a title {@code form} after the modifier, if any) that ends by {@code before} and
     * {@link #names} a person, or null: looked for back from {@code before}, the nearest first, only where the article's
     * index of words ({@link NameIndex}, read once per article) has the modifier's or the title's letters, in any case,
     * with no letter before them (the match's look-behind wants none), not in the text from its start once per claim.
     */
    private static MatchResult lastMatch(String text, int before, String modifier, String form, Matcher m) {
        // (a form written into the pattern as it is: its letters alone are read as they stand)
        String lead = modifier == null ? (NameIndex.leadingLetters(form).equals(form) ? form : "") : NameIndex.leadingLetters(modifier);
        int end = Math.max(0, before);
        MatchResult last = null;
        if (lead.isEmpty()) {   // no letters to look up (a modifier that opens with none): every match, in order
            for (m.region(0, end); m.find(); ) if (names(m)) last = m.toMatchResult();
            return last;
        }
        // transparent bounds: the look-behind sees the char before each place, as find() over [0, end) would
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int[] places = NameIndex.of(text).startsIgnoringCase(lead);
        int k = java.util.Arrays.binarySearch(places, end);
        for (k = (k >= 0 ? k : -k - 1) - 1; k >= 0; k--) {
            if (m.region(places[k], end).lookingAt() && names(m)) return m.toMatchResult();
        }
        return null;
    }

    /**
     * claimant.title-abbreviation: the name that goes on after an abbreviated title ending at {@code dotEnd} (the offset after
     * its dot: ", said Harbor police Sgt." then "Tom Baxter."), the end of that name in the text; -1 when the word before the
     * dot is no title's abbreviation or no name of two or three capitalised words follows.
     */
    static int nameEndAfterAbbreviation(String text, int wordStart, int dotEnd) {
        if (dotEnd < 1 || dotEnd > text.length() || text.charAt(dotEnd - 1) != '.') return -1;
        if (!ABBREVIATIONS.contains(text.substring(wordStart, dotEnd - 1).toLowerCase(Locale.ROOT))) return -1;
        Matcher m = NAME.matcher(text);
        m.region(dotEnd, Math.min(text.length(), dotEnd + 60));
        if (!m.lookingAt() || m.group().indexOf('\n') >= 0) return -1;
        String first = m.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT);
        return CONTINUATIONS.contains(first) || TITLES.containsKey(first) ? -1 : m.end(1);
    }

    /**
     * claimant.title-surname: whether the words before a surname ("President", "Prime Minister", "Sen.") are a title a
     * person is named with, so that "Senator Holt said" stands for the full name given before ("Senator Ada Holt").
     */
    static boolean titleBeforeSurname(List<Tok> words) {
        StringBuilder b = new StringBuilder();
        for (Tok w : words) {
            if (w.is(".")) continue;
            if (!w.capitalized()) return false;
            b.append(b.length() == 0 ? "" : " ").append(w.lower());
        }
        String title = b.toString();
        return STATE_TITLES.contains(title) || TITLES.containsKey(title) || ABBREVIATIONS.contains(title);
    }

    /** Whether {@code word} is a title (claimant.title-surname): never the first name of a full name. */
    static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return STATE_TITLES.contains(w) || TITLES.containsKey(w) || ABBREVIATIONS.contains(w);
    }

    private static Map<String, List<String>> titles() {
        Map<String, List<String>> m = new java.util.HashMap<>();
        for (String l : Lexicon.lines("claimant-person-titles.txt")) {
            String[] ws = l.toLowerCase(Locale.ROOT).split("\\s+");
            m.put(ws[0], List.of(ws));
        }
        return Map.copyOf(m);
    }

    private static Set<String> abbreviations() {
        List<String> out = new ArrayList<>();
        TITLES.values().forEach(fs -> out.addAll(fs.subList(1, fs.size())));
        return Set.copyOf(out);
    }
}
