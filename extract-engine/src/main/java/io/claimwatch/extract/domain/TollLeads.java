package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;

/**
 * frame.toll-lead: a text with no headline whose lead names no kind of event but tells a toll with a day ("A gunman
 * wounded 12 people and killed two at a bar early Friday") tells a sudden event of that day: the day its first sentence
 * gives is the article's event date ({@link FrameReader}), and the figures of the event that follow ("Two victims are in
 * critical condition") take it. The verbs are {@code lexicon/joined-tolls.txt}'s.
 */
final class TollLeads {

    private static final Set<String> VERBS = Set.copyOf(Lexicon.resourceLines("/lexicon/joined-tolls.txt"));

    private TollLeads() {}

    /** Whether the sentence [s, e) of {@code text} has a verb of a toll. */
    static boolean tells(String text, int s, int e) {
        for (int a = LetterWords.next(text, s, e); a >= 0; ) {
            int b = LetterWords.end(text, a, e);
            if (VERBS.contains(text.substring(a, b).toLowerCase(Locale.ROOT))) return true;
            a = LetterWords.next(text, b, e);
        }
        return false;
    }
}
