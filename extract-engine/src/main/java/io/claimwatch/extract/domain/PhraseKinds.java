package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * The kind a counted phrase names (moved out of {@link ClaimKeys}): the first word of the phrase the lexicons know, as a
 * kind ("soldiers" → person, "exchanges of prisoners" → exchange) or as an event noun whose count is the count of the
 * people it happened to ("the 971 captures", "death toll": the kind stays open); failing that, a common noun that names
 * no party ("phases").
 */
final class PhraseKinds {

  /** Kinds of people whose event the sentence may tell: people, soldiers, foreigners (keys/kinds.txt). */
  static final Set<String> PEOPLE_KINDS = Set.copyOf(Lexicon.resourceLines("/keys/people-kinds.txt"));
  /** The words that name a share, which say nothing of what the share is of. */
  static final Set<String> SHARE_WORDS = Lexicon.words("share-words.txt");

  private final ConceptLexicon kinds;
  private final ConceptLexicon events;
  private final ConceptLexicon eventNouns;
  private final ConceptLexicon parties;

  PhraseKinds(ConceptLexicon kinds, ConceptLexicon events, ConceptLexicon eventNouns, ConceptLexicon parties) {
    this.kinds = kinds;
    this.events = events;
    this.eventNouns = eventNouns;
    this.parties = parties;
  }

  /** share-of-noun: the phrase opens "percent of" a noun ("percent of seats won in the assembly"). */
  static boolean opensWithShareOf(PhraseTagger.Tagged t) {
    return t.words().size() > 2 && SHARE_WORDS.contains(t.lemmas().get(0)) && "of".equals(t.words().get(1));
  }

  /** The kind of a tagged counted phrase; empty where it names none. */
  String of(PhraseTagger.Tagged t) {
    List<String> singulars = t.words().stream().map(WordForms::singular).toList();
    // the head is before the first preposition: "bankworkers of Brazil on strike" counts bankworkers
    int head = t.lemmas().size();
    // share-of-noun: "percent of seats won in the assembly" counts seats, whatever the words after them say
    int first = opensWithShareOf(t) ? 2 : 0;
    for (int i = first + 1; i < t.tags().length; i++) {
      if (t.tags()[i].equals("ADP")) {
        head = i;
        break;
      }
    }
    for (int i = first; i < head; i++) {
      // Lemmas first, then the words as written and their plain singulars: the statistical
      // lemmatizer misses some plurals ("troops").
      for (List<String> form : List.of(t.lemmas(), t.words(), singulars)) {
        ConceptLexicon.Match m = kinds.match(form, i);
        if (m != null) {
          return first > 0 && PEOPLE_KINDS.contains(m.concept()) ? "" : m.concept();   // "37 pct of voters": the share of the name before it
        }
        if (eventNouns.contains(form.get(i))) {
          return "";
        }
      }
    }
    for (int i = first == 0 ? 0 : head; i < head; i++) {   // share-of-noun: a kind of the lexicon only ("pct of world uranium output")
      if (plainNoun(t, i)) {
        return t.lemmas().get(i);
      }
    }
    return "";
  }

  /** A common noun that names no party, no event and no share. */
  private boolean plainNoun(PhraseTagger.Tagged t, int i) {
    String lemma = t.lemmas().get(i);
    return t.tags()[i].equals("NOUN") && !parties.contains(lemma) && events.first(List.of(lemma)) == null && !SHARE_WORDS.contains(lemma);
  }
}
