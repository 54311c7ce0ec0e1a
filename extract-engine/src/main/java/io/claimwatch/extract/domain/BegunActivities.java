package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule "frame.begun-activity": a verb of beginning ({@code keys/onsets.txt} "begin": "begin", "start") tells the onset of
 * the event its subject names ("The fire started on Thursday near the dam", "the fighting began early on Monday"), not when
 * it takes an object of its own, an act begun after the event ("Crews began clearing roads on Tuesday", "the agency will
 * start operations on Monday", "residents began to return on Friday"): that sentence does not date the article's event.
 * An object is a gerund, an infinitive, a noun phrase that names no kind of event, or a bare noun that is no word of
 * time ({@code lexicon/begun-objects.txt}).
 */
final class BegunActivities {

    static final String BEGIN = "begin";

    private static final Map<String, Set<String>> OPENERS = openers();
    private static final Lexicon LX = Lexicon.get();

    private BegunActivities() {
    }

    /**
     * Whether the words from {@code next} (right after a verb of beginning) open an object of the verb that is no event
     * of a kind {@link FrameReader#causesIn} reads; {@code dateWord} tells a word that may lead a date ("early", "on").
     */
    static boolean otherAct(FrameReader f, List<String> words, int next, java.util.function.Predicate<String> dateWord) {
        if (next >= words.size()) return false;
        String w = words.get(next);
        if (OPENERS.getOrDefault("to", Set.of()).contains(w)) return true;
        if (OPENERS.getOrDefault("det", Set.of()).contains(w)) {
            // "began the next day" is a day, "started a fire" an event: neither is another act
            List<String> phrase = words.subList(next + 1, Math.min(words.size(), next + 4));
            for (String x : phrase.subList(0, Math.min(2, phrase.size()))) if (timeWord(x, dateWord)) return false;
            return f.causesIn(phrase, Map.of()).isEmpty();
        }
        if (LX.functionWords.contains(w) || timeWord(w, dateWord) || OPENERS.getOrDefault("not", Set.of()).contains(w)
                || w.endsWith("ly") || w.length() < 3) return false;
        // a gerund ("began rebuilding") or a bare noun ("start operations"), but not a kind of event ("started fires")
        return f.causesIn(words.subList(next, next + 1), Map.of()).isEmpty();
    }

    private static boolean timeWord(String w, java.util.function.Predicate<String> dateWord) {
        return dateWord.test(w) || LX.weekdays.containsKey(w) || LX.months.containsKey(w) || LX.timeUnits.contains(w);
    }

    private static Map<String, Set<String>> openers() {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String line : Lexicon.resourceLines("/lexicon/begun-objects.txt")) {
            int colon = line.indexOf(':');
            out.put(line.substring(0, colon).strip(), Set.of(line.substring(colon + 1).strip().split("\\s+")));
        }
        return out;
    }
}
