package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures one event holds several of, keyed apart: each party's seats and share, each month's rate, the animals beside
 * the people, a list's parts beside its whole.
 */
class EventHoldersRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 14);

  @Test
  void aPartysResultIsItsSubjectsOrTheNameAfterItsFor() {
    // vote-holder-subject, vote-holder-after (VoteHolders): the party that is the clause's subject, else the name after
    // "for"; an acronym the article spells out is that name; a place before a body's name is dropped
    String text = "Social Union keeps its hold on Ontario\n\nThe governing Social Union (SU) held on to power in Sunday's vote,"
        + " winning 61 of the 110 seats in the assembly.\n\nThe opposition Ontario Farmers Party, though winning only 38 seats,"
        + " received 41 percent of the vote to 39 percent for the Social Union.\n\nThe SU, led by Anna Kovic, won 61 seats in"
        + " the 110-seat assembly, while the Farmers Party got 38.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(cs.stream().filter(c -> c.numberText().equals("61")).map(c -> c.key().party())).containsOnly("social union");
    assertThat(cs.stream().filter(c -> c.numberText().equals("38")).map(c -> c.key().party())).containsOnly("farmers party");
    assertThat(key(cs, "41").party()).isEqualTo("farmers party");
    assertThat(key(cs, "39").party()).isEqualTo("social union");
    // the whole is no one's: "of the 110 seats", "the 110-seat assembly" (chamber-size)
    assertThat(cs.stream().filter(c -> c.numberText().contains("110")).map(c -> c.key())).isNotEmpty()
        .allMatch(k -> k.party().isEmpty() && k.place().contains("#whole"));
  }

  @Test
  void aRateBeforeAChangeIsTheEarlierMonths() {
    // earlier (KeyFacet): "fell to 8.2 percent in March from 8.4 percent": the month between is the later figure's
    String text = "Jobless rate falls in Portugal\n\nLISBON -- Unemployment fell to 8.2 percent in March from 8.4 percent,"
        + " the statistics office said on Tuesday.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "8.4").place()).contains("#earlier");
    assertThat(key(cs, "8.2").place()).doesNotContain("#earlier");
  }

  @Test
  void animalsAreNotPeople() {
    // animals-apart (keys/kinds.txt): "12 horses died" in a report of an outbreak that killed people counts horses
    String text = "Virus outbreak in Texas\n\nThe virus has killed four people in the county, officials said on Monday.\n\n"
        + "At a stable near the town, 12 horses died of the same infection, and 30 dead crows were found.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "four").kind()).isEqualTo("person");
    assertThat(key(cs, "12").kind()).isEqualTo("animal");
    assertThat(key(cs, "30").kind()).isEqualTo("bird");
  }

  @Test
  void theVictimsRelativesAreNotTheVictims() {
    // relatives-apart (keys/kinds.txt): "40 family members of the victims" flew out; they are not the 120 killed
    String text = "Ferry sinks off Crete, 120 dead\n\nThe ferry sank on Sunday, killing 120 people.\n\n"
        + "A plane carrying 40 family members of the victims landed in Heraklion on Tuesday.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "120").kind()).isEqualTo("person");
    assertThat(key(cs, "40").kind()).isEqualTo("relative");
  }
}
