package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule key.event-in-name: a word of what happened to a counted thing ({@code keys/events.txt}: kill, injure, control,
 * capture ...) that an article writes with a capital inside a body's name tells no event. "Cases rose to 210, the
 * Centers for Disease Control and Prevention said" sickened nobody by control; "the Wildlife Rescue Service counted 40
 * birds" rescued none. The word stands in a name where it is written capitalised in a line of running text and either
 * follows another capitalised word ("Disease Control", "Wildlife Rescue") or comes right before a capitalised noun of a
 * body ({@code keys/kind-name-cues.txt}, body: "Rescue Service", "Control Center"). A headline in title case ("Storm
 * Kills 12 In Texas") is no name: a line with fewer than two lower-case words of four letters or more is not read.
 */
final class BodyNameWords {

    private static final ConceptLexicon CUES = ConceptLexicon.load("/keys/kind-name-cues.txt");
    /** Lower-case words of this length or more that make a line running text, not a headline in title case. */
    private static final int RUNNING_WORD = 4;

    private BodyNameWords() {}

    /** Where the words of {@code events} that the text writes inside a body's name start. */
    static Set<Integer> of(String text, ConceptLexicon events) {
        Set<Integer> out = new HashSet<>();
        int line = 0;
        while (line < text.length()) {
            int end = text.indexOf('\n', line);
            if (end < 0) end = text.length();
            read(text, line, end, events, out);
            line = end + 1;
        }
        return out;
    }

    private static void read(String text, int from, int to, ConceptLexicon events, Set<Integer> out) {
        List<int[]> spans = new ArrayList<>();
        int running = 0;
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            spans.add(new int[] {a, e});
            if (Character.isLowerCase(text.charAt(a)) && e - a >= RUNNING_WORD) running++;
            a = LetterWords.next(text, e, to);
        }
        if (running < 2) return;   // a headline in title case, or no words
        for (int k = 0; k < spans.size(); k++) {
            int a = spans.get(k)[0], e = spans.get(k)[1];
            if (!titled(text, a, e)) continue;
            if (WordForms.first(events, List.of(KindNames.word(text, a, e))) == null) continue;
            boolean afterName = k > 0 && spaceBetween(text, spans.get(k - 1), a) && titled(text, spans.get(k - 1)[0], spans.get(k - 1)[1])
                    && !sentenceStart(text, spans.get(k - 1)[0]);
            boolean beforeBody = k + 1 < spans.size() && spaceBetween(text, spans.get(k), spans.get(k + 1)[0])
                    && titled(text, spans.get(k + 1)[0], spans.get(k + 1)[1])
                    && "body".equals(CUES.first(List.of(KindNames.word(text, spans.get(k + 1)[0], spans.get(k + 1)[1]))));
            if (afterName || beforeBody) out.add(a);
        }
    }

    /** A capital, then lower case ("Control", not "CONTROL" nor "U"). */
    private static boolean titled(String text, int a, int e) {
        return e - a >= 2 && Character.isUpperCase(text.charAt(a)) && Character.isLowerCase(text.charAt(a + 1));
    }

    private static boolean spaceBetween(String text, int[] previous, int next) {
        return next == previous[1] + 1 && text.charAt(previous[1]) == ' ';
    }

    /** The word at {@code a} opens a sentence: only spaces, quotes or brackets after a stop, or the line's start, before it. */
    private static boolean sentenceStart(String text, int a) {
        int i = a - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }
}
