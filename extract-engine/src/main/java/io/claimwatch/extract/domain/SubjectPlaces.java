package io.claimwatch.extract.domain;

/**
 * The place a lead's first sentence opens on as its subject (rule {@code frame.subject-over-dateline}): "Denver
 * recorded 41 inches of snow this winter" under a dateline from another city is news of Denver; the dateline says
 * where the story was filed. The subject is the run of capitalised words the sentence opens with (a possessive
 * ends it: "Ohio's"), of at most four words, in a story with a dateline, read as a dateline is (no locative word needed); it counts only when
 * the whole run is one name the gazetteer knows (not "President Lincoln", though a city bears the name), it resolves
 * to a city or a state (a division: a country alone leaves the dateline), and the word after it is written in lower case (a verb, "recorded") or follows a
 * possessive ("Ohio's farmers", "Ohio's 2020 harvest").
 */
final class SubjectPlaces {

    private static final int MAX_WORDS = 4;

    private SubjectPlaces() {}

    /** The places the sentence [from, to) opens on as its subject, past the dateline it may open with, or {@link Places#NONE}. */
    static Places of(PlaceFinder places, String text, int from, int to, io.claimwatch.ingest.domain.StoryDateline dateline) {
        from = pastDateline(text, from, to, dateline);
        if (from < 0) return Places.NONE;
        int k = from, words = 0, end = -1;
        boolean possessive = false;
        while (k < to && words <= MAX_WORDS) {
            while (k < to && text.charAt(k) == ' ') k++;
            if (k >= to) return Places.NONE;
            int e = k;
            while (e < to && !Character.isWhitespace(text.charAt(e))) e++;
            String w = text.substring(k, e);
            if (!Character.isUpperCase(w.charAt(0))) break;
            if (!w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '’' || ch == '.' || ch == '-')) {
                return Places.NONE;   // a comma, a quote or a figure: no plain name opens the sentence
            }
            words++;
            end = e;
            k = e;
            possessive = w.endsWith("'s") || w.endsWith("’s");
            if (possessive) break;
        }
        if (end < 0 || words > MAX_WORDS) return Places.NONE;
        int next = end;
        while (next < to && text.charAt(next) == ' ') next++;
        if (next >= to || !(Character.isLowerCase(text.charAt(next)) || possessive)) return Places.NONE;
        String name = text.substring(from, possessive ? end - 2 : end).strip();
        if (Gazetteer.get().lookup(name) == null) return Places.NONE;   // the whole run is one place's name: not "President Lincoln"
        Places p = places.find(text, from, end, true);
        return p.divisions().isEmpty() ? Places.NONE : p.withoutScope();   // a city or a state: a country alone leaves the dateline
    }

    /**
     * Where the sentence [from, to) starts past the dateline it opens with ("WASHINGTON, March 3 (Xinhua) -- "): after
     * the dash that ends it; {@code from} where the sentence holds no dateline; -1 where it holds one with no dash.
     */
    static int pastDateline(String text, int from, int to, io.claimwatch.ingest.domain.StoryDateline dateline) {
        if (dateline == null || dateline.placeStart() < from || dateline.placeStart() >= to) return from;
        int dash = -1;
        for (String d : new String[] {"--", "\u2014", " - ", "\u2013"}) {
            int at = text.indexOf(d, dateline.placeEnd());
            if (at >= 0 && at < to && at - dateline.placeEnd() < 120 && (dash < 0 || at < dash)) dash = at + d.length();
        }
        return dash;
    }
}
