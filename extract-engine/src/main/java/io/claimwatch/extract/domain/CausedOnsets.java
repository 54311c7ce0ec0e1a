package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Map;

/**
 * Rule "frame.caused-onset" ({@code keys/onsets.txt} "caused"): a verb of causing tells the onset of the event it causes,
 * named after it ("The verdict sparked protests on Wednesday", "a wildfire sparked by lightning on Friday"), not of the
 * event that is its subject ("The attack Saturday sparked fears of a wider war": in a report of a strike in reply, that
 * sentence does not date the strike). Any other word of onset ("struck", "broke out") tells it wherever the event is named.
 */
final class CausedOnsets {

    private static final String CAUSED = "caused";

    private CausedOnsets() {
    }

    /**
     * Whether the words name an onset other than a verb of causing; a verb of beginning with an object of its own begins
     * another act ({@link BegunActivities}, frame.begun-activity: "crews began clearing roads").
     */
    static boolean plain(FrameReader f, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            ConceptLexicon.Match m = WordForms.match(f.onsets, words, i);
            if (m == null || CAUSED.equals(m.concept())) continue;
            if (BegunActivities.BEGIN.equals(m.concept()) && BegunActivities.otherAct(f, words, i + m.words(), f::leadsADate)) continue;
            return true;
        }
        return false;
    }

    /** Whether a verb of causing among the words has the event of {@code cause} after it, as written ("sparked protests"). */
    static boolean causes(FrameReader f, List<String> words, String cause) {
        if (cause == null || cause.isEmpty()) return false;
        for (int i = 0; i < words.size(); i++) {
            ConceptLexicon.Match m = WordForms.match(f.onsets, words, i);
            if (m == null || !CAUSED.equals(m.concept())) continue;
            if (f.causesIn(words.subList(i + m.words(), words.size()), Map.of()).contains(cause)) return true;
        }
        return false;
    }
}
