package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code counted.others-of-fate}: "13 people were killed and 21 others injured", "wounded hundreds more":
 * a phrase that opens with a word of {@code counted-other-words.txt} ("others", "more", with "people"
 * after it or not) before a fate of {@code counted-fate-events.txt} counts the people the sentence
 * counts: the noun of the figure before it in the sentence when that one counts a fate too ("workers
 * died ... Two others were injured" -> "workers injured"), else "people" ("people injured"). A phrase
 * that names no event of its own takes the event of that figure's phrase, after a preposition of
 * {@code counted-others-event-preps.txt} ("The blast killed 4 people and injured 30 others" -> "people injured
 * in the blast"): the others were hurt in it. Read after the claims are keyed: the key, which reads
 * "others" as people, is not changed by it.
 */
final class OthersOfFate {

    private static final ConceptLexicon EVENTS = ConceptLexicon.load("/keys/events.txt");
    private static final Set<String> FATES = Set.copyOf(Lexicon.lines("counted-fate-events.txt"));
    private static final Set<String> OTHERS = Set.copyOf(Lexicon.lines("counted-other-words.txt"));
    /** "in", "during": the preposition before the event of the figure before ("killed in the blast"). */
    private static final Set<String> EVENT_LINKS = Set.copyOf(Lexicon.lines("counted-others-event-preps.txt"));

    private OthersOfFate() { }

    static List<ExtractedClaim> named(String text, List<Sentences.Sentence> ss, List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim c = claims.get(i);
            String[] words = c.counted() == null ? new String[0] : c.counted().split(" ");
            int fate = words.length > 1 && OTHERS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : -1;
            if (fate == 1 && words.length > 2 && words[1].equalsIgnoreCase("people")) fate = 2;
            if (fate < 0 || fateOf(words[fate]) < 0 || !c.unit().isEmpty()) {
                out.add(c);
                continue;
            }
            String who = "people";
            String event = "";
            ExtractedClaim before = i > 0 ? claims.get(i - 1) : null;
            if (before != null && sameSentence(ss, before.start(), c.start()) && before.counted() != null && !before.counted().isEmpty()) {
                String[] bw = before.counted().split(" ");
                int bf = 1;
                while (bf < bw.length && bf <= 2 && fateOf(bw[bf]) < 0) bf++;
                if (bf < bw.length && bf <= 2 && !OTHERS.contains(bw[0].toLowerCase(Locale.ROOT)) && !(bf == 2 && bw[0].equalsIgnoreCase(bw[1]))) {
                    who = String.join(" ", List.of(bw).subList(0, bf));
                    if (words.length == fate + 1 && bf + 2 < bw.length && EVENT_LINKS.contains(bw[bf + 1])) event = " " + String.join(" ", List.of(bw).subList(bf + 1, bw.length));
                }
            }
            String phrase = who + " " + String.join(" ", List.of(words).subList(fate, words.length)) + event;
            int at = c.figureIn(text);
            out.add(c.withCounted(phrase, CountedRule.OTHERS_OF_FATE.id, text, at < 0 ? c.start() : at, c.end()));
        }
        return out;
    }

    /** 0 when the word names a fate ("injured", "missing", "died"); -1 if not. */
    private static int fateOf(String word) {
        String event = WordForms.first(EVENTS, List.of(word.toLowerCase(Locale.ROOT)));
        return event != null && FATES.contains(event) ? 0 : -1;
    }

    private static boolean sameSentence(List<Sentences.Sentence> ss, int a, int b) {
        for (Sentences.Sentence s : ss) {
            if (a >= s.start() && a < s.end()) return b >= s.start() && b < s.end();
        }
        return false;
    }
}
