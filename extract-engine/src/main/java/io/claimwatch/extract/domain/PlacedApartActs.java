package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;

/**
 * dating.place-apart: a figure of the article's own event told of a place its sentence names beyond the article's, with no
 * kind of event but the article's own pointed to as the one told ("the quake", "the attack"), no event's name and no date
 * of its own in that sentence ("At least 10,000 computers were struck in Bangladesh" in a New York report of a virus timed
 * to strike on April 26), told in the past or the perfect (nothing to come, no present), takes the
 * frame's date as a figure of the article's places does; the place still keys it apart ({@link ClaimKeys}). A figure its
 * sentence sets apart by a kind of event ("41 were killed in quakes in Japan" in a report of Ecuador's), a name or a year
 * keeps its own dates, or none; so does a distance from another place ("about 250 miles north of Madrid").
 */
final class PlacedApartActs {

    static final String RULE = "dating.place-apart";

    private PlacedApartActs() {}

    /** Whether the figure of clause [clause[0], clause[1]) in the sentence from {@code ss}, keyed {@code k}, takes the frame's date. */
    static boolean acts(DateContext c, Lexicon lx, EventFrame frame, ClaimKeys.Keyed k, int ss, int[] clause) {
        // a distance ("about 250 miles north of Madrid") places the event, it is no act of it
        if (!k.placedApart() || frame.date() == null || "distance".equals(k.key().kind())) return false;
        Boolean past = pastOrPerfect(c, lx, clause[0], clause[1]);
        if (past == null && clause[0] > ss) past = pastOrPerfect(c, lx, ss, clause[0]);   // "with 150 on horseback": its sentence's tense
        return Boolean.TRUE.equals(past);
    }

    /**
     * Whether the sentence [ss, se) names no kind of event, or only the article's own, pointed to as the event already told
     * ("were injured in the attack", "the floods killed at least two"; EventOffsets' det: "the", "its"); not "in quakes in
     * Japan", "a flood", which tell of another.
     */
    static boolean ownKindOnly(String text, int ss, int se, List<String> sentenceCauses, String cause) {
        if (sentenceCauses.isEmpty()) return true;
        if (cause.isEmpty() || !sentenceCauses.stream().allMatch(cause::equals)) return false;
        List<String> ws = FrameReader.words(text, ss, se);
        for (int i = 0; i < ws.size(); i++) if (EventOffsets.namesEvent(ws, i, cause)) return true;
        return false;
    }

    /** True for words [from, to) in the past or the perfect, false for what is to come or the present, null for neither. */
    private static Boolean pastOrPerfect(DateContext c, Lexicon lx, int from, int to) {
        Boolean past = null;
        for (int a = LetterWords.next(c.text, from, to); a >= 0; ) {
            int e = LetterWords.end(c.text, a, to);
            String w = c.text.substring(a, e).toLowerCase(Locale.ROOT);
            if (c.words.future.contains(w) || c.words.present.contains(w)) return false;
            if (c.words.perfect.contains(w) || w.length() > 3 && (w.endsWith("ed") || lx.irregularPast.contains(w))) past = true;
            a = LetterWords.next(c.text, e, to);
        }
        return past;
    }
}
