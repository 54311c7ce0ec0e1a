package io.claimwatch.extract.domain;

import java.util.List;

/**
 * What the noun right after a country's name or demonym makes of it where no locative word leads to it: the people of
 * the country, or a person or a thing it describes, not the place of an event. {@link PlaceFinder} leaves such a
 * country out of a span's places (the article's frame reads its headline and first sentence so).
 *
 * <p>Rule "people-of-a-country": a noun of {@code keys/nationality-nouns.txt} or a plural demonym after it, or itself
 * a plural demonym ("including two US citizens", "two Vietnamese Americans and four Vietnamese nationals", "four
 * Pakistanis").
 *
 * <p>Rule "demonym-of-a-person": a noun of {@code keys/demonym-person-nouns.txt} after it, a person or a scam the
 * country's word describes by origin ("a "Nigerian prince" scam", "a Nigerian man", "a Thai woman", "an Italian
 * restaurant"): where the person lives or the scam was run is not where the event happened ("A Louisiana man was
 * arrested in connection with the "Nigerian prince" scheme" is Louisiana's arrest). Not the nouns of a country's
 * bodies ("Nigerian police", "Japanese officials"), of its places ("the Nigerian capital", "a Nigerian oil field") nor
 * of its events ("the Nigerian election"): those keep the country.
 */
final class CountryNouns {

  /** keys/nationality-nouns.txt: nouns of people a country's name before them makes a nationality ("US citizens"). */
  private static final ConceptLexicon NATIONALITY_NOUNS = ConceptLexicon.load("/keys/nationality-nouns.txt");
  /** keys/demonym-person-nouns.txt: a person or a scam a country's word before them describes ("Nigerian prince"). */
  private static final ConceptLexicon PERSON_NOUNS = ConceptLexicon.load("/keys/demonym-person-nouns.txt");

  private final Gazetteer gazetteer;

  CountryNouns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Whether the country's name {@code g} at word i names people, a person or a scam, not a place (both rules). */
  boolean namesNoPlace(List<String> words, List<Boolean> capital, int i, Gazetteer.Match g) {
    return namesPeople(words, capital, i, g) || describesAPerson(words, i, g);
  }

  /** Rule "people-of-a-country". */
  boolean namesPeople(List<String> words, List<Boolean> capital, int i, Gazetteer.Match g) {
    int j = i + g.words();
    if (j < words.size() && (NATIONALITY_NOUNS.contains(words.get(j)) || capital.get(j) && pluralDemonym(words.get(j)))) return true;
    return g.words() == 1 && pluralDemonym(words.get(i));
  }

  /** Rule "demonym-of-a-person": a noun of a person or a scam right after the country's word. */
  static boolean describesAPerson(List<String> words, int i, Gazetteer.Match g) {
    int j = i + g.words();
    return j < words.size() && PERSON_NOUNS.contains(words.get(j));
  }

  /** "americans", "pakistanis": a demonym whose singular names the same country ("philippines" is no plural of one). */
  private boolean pluralDemonym(String w) {
    if (w.length() < 5 || !w.endsWith("s")) return false;
    Gazetteer.Match plural = gazetteer.longestAt(List.of(w), 0), singular = gazetteer.longestAt(List.of(w.substring(0, w.length() - 1)), 0);
    return plural != null && singular != null && plural.place().isCountry() && singular.place().isCountry()
        && plural.place().country().equals(singular.place().country());
  }
}
