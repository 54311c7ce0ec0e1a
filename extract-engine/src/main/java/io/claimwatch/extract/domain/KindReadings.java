package io.claimwatch.extract.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule strike-as-attack ({@code keys/kind-readings.txt}): the kinds of event whose word names another in an article,
 * read from its headline and lead. "Strike" is a walkout, but where the headline or lead names an attack, a bombing, a
 * shooting or an explosion ("Israel targets commander in Beirut strike after deadly attack"), it is an attack; not
 * where they name a walkout ("clashes during a one-day general strike called by unions"). Rule kind.legislative-vote
 * ({@code keys/legislative-votes.txt}): where they tell of a legislature's or a treaty's vote and name no election
 * ("Senate votes 58-40 to override veto"), a vote names no event: the election's words are read as no kind.
 */
final class KindReadings {

    private static final String NOT = "not ";

    private final ConceptLexicon readings = ConceptLexicon.load("/keys/kind-readings.txt");
    private final ConceptLexicon votes = ConceptLexicon.load("/keys/legislative-votes.txt");
    /** The kind whose words a legislative vote names no event of (kind.legislative-vote), and the reading that drops them. */
    static final String ELECTION = "election", NONE = "";

    /**
     * The article's readings, as the word's kind to the kind it names ("strike" to "attack"); empty for most articles.
     * {@code named}: the kinds the headline and lead name; {@code words}: the words of each of their sentences.
     */
    Map<String, String> of(Set<String> named, List<List<String>> words) {
        Set<String> not = new HashSet<>();
        for (List<String> ws : words) {
            for (int i = 0; i < ws.size(); i++) {
                ConceptLexicon.Match m = readings.match(ws, i);
                if (m != null && m.concept().startsWith(NOT)) not.add(m.concept().substring(NOT.length()));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        readings.forEach((context, pair) -> {
            String[] p = pair.split(" ");
            if (p.length == 2 && !pair.startsWith(NOT) && named.contains(context) && !not.contains(p[0])) out.put(p[0], p[1]);
        });
        if (named.contains(ELECTION) && legislative(words)) out.put(ELECTION, NONE);
        return out;
    }

    /**
     * kind.legislative-vote: the headline and lead name a legislature's, a bill's or a treaty's words ("The House voted
     * 230-190 to pass the bill") and none of an election's ("voters", "candidates", "polls"): their votes decide a question.
     */
    private boolean legislative(List<List<String>> words) {
        boolean decision = false;
        for (List<String> ws : words) {
            for (String w : ws) {
                String c = votes.first(List.of(w));
                if (ELECTION.equals(c)) return false;
                decision |= c != null;
            }
        }
        return decision;
    }
}
