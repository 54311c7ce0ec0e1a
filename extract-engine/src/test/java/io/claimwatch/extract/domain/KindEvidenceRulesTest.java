package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A kind of event read from words that name one: not a name that holds a kind's word (kind.person-name,
 * kind.institution-name, {@link KindNames}), not a verb in another sense (strike-verb-particle, battle-verb:
 * keys/kind-senses.txt), not a legislature's vote (kind.legislative-vote, {@link KindReadings}).
 */
class KindEvidenceRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

  @Test
  void aLawyerNamedStormIsNoStorm() {
    String text = "Judge hears objections to drug maker's settlement\n\n"
        + "A federal judge on Tuesday began hearing objections to a $2 billion settlement with the makers of a sleeping pill.\n\n"
        + "Harold J. Storm, a lawyer for 300 patients who object to the deal, said it was unfair.\n\n"
        + "Storm said about 1,200 lawsuits had been filed.\n";
    assertThat(key(all(text, PUBLISHED), "1,200").cause()).isEmpty();
  }

  @Test
  void aStormStaysAStormBesideANamesake() {
    // the article writes "storm" in lower case too: the word still names the weather where it is not the name
    String text = "Storm batters coastal towns\n\n"
        + "A storm battered three coastal towns on Monday, and Mayor Ann Storm said 40 homes were damaged.\n";
    assertThat(key(all(text, PUBLISHED), "40").cause()).isEqualTo("flood");   // a storm is keyed in its family, with floods (cause-families.txt)
  }

  @Test
  void anAgencysNameIsNoOutbreak() {
    String text = "ATLANTA (AP) -- Americans are sleeping less, a report released Tuesday by the Centers for Disease Control"
        + " and Prevention said.\n\nAbout 35 percent of adults sleep less than seven hours a night, the report found.\n";
    assertThat(key(all(text, PUBLISHED), "35 percent").cause()).isEmpty();
  }

  @Test
  void aFilmsTitleIsNoWar() {
    String text = "LOS ANGELES (AP) -- The ``Space Wars'' sequel took in $48 million over the weekend, its studio said.\n";
    assertThat(key(all(text, PUBLISHED), "$48 million").cause()).isEmpty();
  }

  @Test
  void aVetoThatStrikesOutItemsIsNoStrike() {
    String text = "WASHINGTON (AP) -- The governor used his veto on Monday to strike out 12 road projects from the state budget.\n";
    assertThat(key(all(text, PUBLISHED), "12").cause()).isEmpty();
  }

  @Test
  void aShipBattlingAnOutbreakIsNoWar() {
    String text = "The crew of a navy supply ship has been battling a measles outbreak that has sickened 45 sailors, the navy said.\n";
    assertThat(key(all(text, PUBLISHED), "45").cause()).isEqualTo("outbreak");
  }

  @Test
  void aLegislaturesVoteIsNoElection() {
    String text = "WASHINGTON (AP) -- The Senate voted 71-28 on Thursday to override the president's veto of a farm bill.\n\n"
        + "The vote came after the House voted last week to restore funding for 14 of the 16 programs.\n";
    assertThat(key(all(text, PUBLISHED), "14").cause()).isEmpty();
  }

  @Test
  void anElectionsVoteStaysAnElection() {
    String text = "Voters in the coastal province went to the polls on Sunday in a vote for a new governor.\n\n"
        + "The governor's party won 52 percent of the vote, the election commission said.\n";
    assertThat(key(all(text, PUBLISHED), "52 percent").cause()).isEqualTo("election");
  }
}
