package io.claimwatch.extract.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule "another-of-kind": a figure told of an event the sentence brings in as another of its kind, an indefinite
 * noun of an event with a word that sets it apart and a relative clause ("as firefighters gained control over a
 * larger blaze that also killed two people in central California", in a report named for the Border Fire; "another
 * quake which destroyed 40 homes"), is not of the event the article's lead names: its key takes no event name, so it
 * may meet the reports of that other event by its own name. Event nouns: {@code lexicon/counted-event-nouns.txt}.
 */
final class OtherEventNames {

  private static final List<String> NOUNS = Lexicon.lines("counted-event-nouns.txt");
  /** "a larger blaze that", "another fire which", "a separate attack that": before the figure, in its sentence. */
  private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:another|an?\\s+(?:second|separate|different|\\p{L}{2,}er))\\s+"
      + "(?:\\p{L}+\\s+)?(?:" + String.join("|", NOUNS) + ")s?\\s+(?:that|which)\\b[^.;]*$");

  private OtherEventNames() {}

  /** The event name of a figure at {@code figureStart} in the sentence from {@code sentenceStart}: "" for another of its kind, else {@code name}. */
  static String of(String text, int sentenceStart, int figureStart, String name) {
    if (name.isEmpty() || figureStart <= sentenceStart) return name;
    return ANOTHER.matcher(text.substring(sentenceStart, figureStart)).find() ? "" : name;
  }
}
