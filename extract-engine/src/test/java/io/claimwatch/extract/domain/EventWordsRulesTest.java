package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What happened to what is counted, read from the words of a count: shot-is-wounded (people shot are the wounded
 * unless the words say they died: fatal-adverb), vote-on-strike (workers balloted on a strike, or asked to authorize one, are counted in a vote), a martyr's death,
 * and schoolchildren as people (what befell them is read from their clause).
 */
class EventWordsRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2022, 5, 14);

  @Test
  void peopleShotAreTheWoundedUnlessTheyDied() {
    String text = "Night of gunfire\n\nGunmen shot 8 people outside a bar late on Friday, police said. Two men were shot dead"
        + " and 5 others were shot near the station. Officers said 3 people were fatally shot. Doctors treated 6 wounded.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "8").event()).isEqualTo("injure");
    assertThat(key(cs, "5").event()).isEqualTo("injure");
    assertThat(key(cs, "Two").event()).isEqualTo("kill");
    assertThat(key(cs, "3").event()).isEqualTo("kill");
    assertThat(key(cs, "6").event()).isEqualTo("injure");
  }

  @Test
  void aWordOfAnEventInsideABodysNameIsNoEvent() {   // key.event-in-name
    String text = "Flu season widens\n\nThe count has grown to 212 people in nine provinces, the National Disease Control"
        + " Agency reported on Friday. The Wildlife Rescue Service counted 40 birds on the shore.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "212").event()).isEmpty();
    assertThat(key(cs, "40").event()).isEmpty();
  }

  @Test
  void aHeadlineInTitleCaseStillTellsItsEvent() {   // key.event-in-name reads running text only
    ConceptLexicon events = ConceptLexicon.load("/keys/events.txt");
    String headline = "Border Guards Capture 40 Smugglers\n\nThe smugglers were caught near the river crossing on Friday.\n";
    assertThat(BodyNameWords.of(headline, events)).isEmpty();
    String body = "Police said the Border Capture Unit held 40 smugglers near the river crossing on Friday.\n";
    assertThat(BodyNameWords.of(body, events)).containsExactly(body.indexOf("Capture"));
  }

  @Test
  void shotsAreNoWounds() {
    String text = "Cup final\n\nThe home side had 14 shots on target. The clinic gave 3,000 booster shots last week.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "14").event()).isEmpty();
    assertThat(key(cs, "3,000").event()).isEmpty();
  }

  @Test
  void aShootingIsNoWoundOfItsVictims() {
    String text = "Gunman kills four\n\nFour victims of the shooting were named by police on Sunday.\n";
    assertThat(key(all(text, PUBLISHED), "Four").event()).isEqualTo("kill");
  }

  @Test
  void workersBallotedOnAStrikeAreCountedInAVote() {
    String text = "Dockers to vote\n\nAbout 4,000 dock workers are expected to authorize a strike next month."
        + " The union is balloting its 12,000 members on strike action. About 60 pct of ballots were counted by noon. A further 900 crane drivers walked out on Monday.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "4,000").event()).isEqualTo("vote");
    assertThat(key(cs, "12,000").event()).isEqualTo("vote");
    assertThat(key(cs, "900").event()).isEqualTo("strike");
    assertThat(key(cs, "60").event()).isEmpty();
  }

  @Test
  void theMartyredAreTheDead() {
    String text = "Raid on village\n\nThe militia said 14 of its fighters were martyred in the raid.\n";
    assertThat(key(all(text, PUBLISHED), "14").event()).isEqualTo("kill");
  }

  @Test
  void schoolchildrenAreCountedAsPeople() {
    String text = "Pupils freed\n\nOfficials said 40 schoolboys taken from a dormitory last month had been released.\n";
    assertThat(key(all(text, PUBLISHED), "40").kind()).isEqualTo("person");
    assertThat(key(all(text, PUBLISHED), "40").event()).isEqualTo("return");
  }
}
