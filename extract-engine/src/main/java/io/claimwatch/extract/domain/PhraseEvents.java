package io.claimwatch.extract.domain;

import java.util.List;

/**
 * What happened to what a counted phrase counts, read from its lemmas (keys/events.txt), past a relative
 * clause that says what state the people counted were in (rule "relative-clause-event": "the release of 16 people
 * who were held in Russian detention" counts the released, not the held): when an event follows the clause's verb
 * and that verb is one of a state (keys/relative-clauses.txt), the later event is the phrase's; else the first event
 * of the phrase ("Britons who were released", "250 people who were stranded" a crew is to rescue). A word of a fate
 * that is a verb with an object names no fate of the people counted (rule "verb-with-object", keys/verb-senses.txt:
 * "Ecuadoreans missing their relatives" miss someone; they are not missing). A participle the lemmatizer left as written (a
 * headline's capitals: "SIX REPORTED WOUNDED IN ... STRIKE") is read by its forms (rule "participle-as-written"), so
 * the phrase counts the wounded, not the strike named after them. A release of a substance (rule "release-of-substance":
 * "barrels of oil released", "the total amount of oil released was 400 barrels") is a spill, not people returned
 * ("12 prisoners released"): the phrase names no event.
 */
final class PhraseEvents {

  private static final ConceptLexicon WORDS = ConceptLexicon.load("/keys/relative-clauses.txt");
  private static final ConceptLexicon SENSES = ConceptLexicon.load("/keys/verb-senses.txt");
  private static final String PARTICIPLE = "ed";
  private static final String RELEASE = "substance-release";
  private static final String SUBSTANCE = "substance";

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
    return firstEvent(events, lemmas);
  }

  /**
   * The phrase's first event, by position: verb-with-object, a fate word that is a verb right before its object's
   * determiner ("missing their relatives") is none, and the phrase names no event ("") when it is its only one;
   * participle-as-written, a lemma in "-ed" that no entry is ("wounded" of "WOUNDED"), at the phrase's end or before a
   * preposition (a predicate: "REPORTED WOUNDED in", not "injured service members evacuated"), is read by its forms.
   */
  private static String firstEvent(ConceptLexicon events, List<String> lemmas) {
    boolean verbSense = false;
    for (int i = 0; i < lemmas.size(); i++) {
      if (i + 1 < lemmas.size() && "verb".equals(sense(lemmas.get(i))) && "object".equals(sense(lemmas.get(i + 1)))) {
        verbSense = true;
        continue;
      }
      ConceptLexicon.Match m = events.match(lemmas, i);
      String l = lemmas.get(i);
      if (m == null && l != null && l.length() > 4 && l.endsWith(PARTICIPLE) && predicate(lemmas, i)) {
        m = WordForms.match(events, List.of(l), 0);
      }
      if (m != null && RELEASE.equals(sense(l)) && substance(lemmas)) {
        verbSense = true;   // release-of-substance: "barrels of oil released" spilled, no people returned
        continue;
      }
      if (m != null && EventSenses.covers(lemmas, i, m.concept())) continue;   // event-word-compound: "trade union"
      if (m != null) return m.concept();
    }
    return verbSense ? "" : null;
  }

  /** release-of-substance: the phrase counts a substance or a unit of one (keys/verb-senses.txt "substance"). */
  private static boolean substance(List<String> lemmas) {
    for (String l : lemmas) if (SUBSTANCE.equals(sense(l))) return true;
    return false;
  }

  /** A participle that ends the phrase or stands before a preposition ("WOUNDED in"), not one before its noun ("injured service members"). */
  private static boolean predicate(List<String> lemmas, int i) {
    return i + 1 == lemmas.size() || "preposition".equals(sense(lemmas.get(i + 1)));
  }

  private static String sense(String lemma) {
    return lemma == null ? null : SENSES.first(List.of(lemma));
  }

  private static String concept(String lemma) {
    return lemma == null ? null : WORDS.first(List.of(lemma));
  }

  /** fatal-adverb: whether the first event the words name is a death told in more than one word ("fatally shot", "shot dead"). */
  static boolean fatalAfter(ConceptLexicon events, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      ConceptLexicon.Match m = WordForms.match(events, words, i);
      if (m != null) return "kill".equals(m.concept()) && m.words() > 1;
    }
    return false;
  }
}
