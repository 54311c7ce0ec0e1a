package io.claimwatch.extract.domain;

import java.util.List;

/**
 * What happened to what a counted phrase counts, read from its lemmas (keys/events.txt), past a relative
 * clause that says what state the people counted were in (rule "relative-clause-event": "the release of 16 people
 * who were held in Russian detention" counts the released, not the held): when an event follows the clause's verb
 * and that verb is one of a state (keys/relative-clauses.txt), the later event is the phrase's; else the first event
 * of the phrase ("Britons who were released", "250 people who were stranded" a crew is to rescue).
 */
final class PhraseEvents {

  private static final ConceptLexicon WORDS = ConceptLexicon.load("/keys/relative-clauses.txt");

  private PhraseEvents() {}

  /** The event of the phrase's lemmas, or null. */
  static String of(ConceptLexicon events, List<String> lemmas) {
    for (int i = 1; i < lemmas.size(); i++) {
      if (!"relative".equals(concept(lemmas.get(i)))) continue;
      int verb = i + 1;
      while (verb < lemmas.size() && "auxiliary".equals(concept(lemmas.get(verb)))) verb++;
      // only a state the people were in ("held"): "people who were stranded" that a crew helps rescue are the stranded
      if (verb + 1 < lemmas.size() && verb > i + 1 && "state".equals(concept(events.first(lemmas.subList(verb, verb + 1))))) {
        String after = events.first(lemmas.subList(verb + 1, lemmas.size()));
        if (after != null) return after;
      }
      break;
    }
    return events.first(lemmas);
  }

  private static String concept(String lemma) {
    return lemma == null ? null : WORDS.first(List.of(lemma));
  }
}
