package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word lists live in lexicon files (issue 11), read in the file's order where a rule relies on it: the event names'
 * nouns (lexicon/event-name-nouns.txt), the parts' facets (keys/part-facets.txt), the units by class
 * (lexicon/unit-classes.txt); and the rules that read them read as they did with the lists in the code.
 */
class LexiconListsTest {

  @Test
  void aKeyedLineGivesItsEntriesInOrderQuotedOnesWhole() {
    List<String> storms = Lexicon.keyedList("/lexicon/event-name-nouns.txt", "storm");
    assertThat(storms.get(0)).isEqualTo("Hurricane");
    assertThat(storms).contains("Tropical Storm", "Tropical Depression");
    assertThat(Lexicon.keyedList("/keys/part-facets.txt", "group")).containsExactly("male", "female", "child", "adult");
    assertThat(Lexicon.keyedWords("unit-classes.txt", "share")).contains("%");
    assertThat(Lexicon.keysOf("/keys/growth-nouns.txt")).containsExactly("growth", "contraction", "decline", "fall");
  }

  @Test
  void eventNamesReadTheirNounsFromTheLexicon() {
    String storm = "Tropical Storm Allison flooded Houston, killing 22 people.";
    assertThat(EventNames.of(storm, 0, storm.length())).isEqualTo("tropical storm allison");
    String fire = "Crews fought the so-called Erskine fire, which destroyed 250 homes.";
    assertThat(EventNames.of(fire, 0, fire.length())).isEqualTo("erskine fire");
    String seat = "Turnout in the Truro by-election was 41 percent.";
    assertThat(EventNames.of(seat, 0, seat.length())).isEqualTo("truro by-election");
    String after = "Turnout in a by-election in the London borough of Greenwich was 38 percent.";
    assertThat(EventNames.of(after, 0, after.length())).isEqualTo("greenwich by-election");
  }

  @Test
  void theIssuerIsTheBodyOfTheLastStatementByItBeforeTheSentence() {
    String text = "The statement by the Iranian High Command gave no toll. A statement from Tehran Radio followed. "
        + "Later the statement said 40 soldiers died.";
    TextNames names = new TextNames(text, List.of());
    assertThat(names.issuer(text.indexOf("Later"), "statement")).isEqualTo("Tehran Radio");
    assertThat(names.issuer(text.indexOf("A statement"), "statement")).isEqualTo("Iranian High Command");
    assertThat(names.issuer(text.indexOf("The statement") + 4, "statement")).isNull();
  }
}
