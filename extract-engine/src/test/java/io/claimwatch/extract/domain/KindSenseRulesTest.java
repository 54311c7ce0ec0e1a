package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule kind-word-sense ({@link KindSenses}, {@code keys/kind-senses.txt}): a kind of event's word in another sense
 * names no event of that kind: jets that "fired" rockets, a town "under fire" tell of fighting, not of a fire; workers
 * who "vote to authorize a strike" take a step of their strike, not an election.
 */
class KindSenseRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 5);

  @Test
  void gunsThatFiredNameNoFire() {
    // read as fires, "fired" and "firing" would outweigh the clashes: the headline counts twice
    String text = "Jets fired on Karsa as rival army units kept firing across the port\n\n"
        + "At least 17 people were killed in the clashes in Karsa, the mayor said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "17").cause()).isEqualTo("war");
  }

  @Test
  void aTownUnderFireIsNoFire() {
    String text = "Border town under fire again\n\n"
        + "The fighting has killed 40 soldiers, the defence ministry said.\n";
    assertThat(key(all(text, PUBLISHED), "40").cause()).isEqualTo("war");
  }

  @Test
  void aFireStaysAFire() {
    String text = "A fire swept through hills east of the city on Tuesday, and crews were firing back-burns to stop it.\n\n"
        + "The fire has destroyed 120 homes, officials said.\n";
    assertThat(key(all(text, PUBLISHED), "120").cause()).isEqualTo("fire");
  }

  @Test
  void aVoteToStrikeIsTheStrikes() {
    String text = "Hotel cleaners vote to authorize a strike at three resorts\n\n"
        + "About 4,000 cleaners at three lakeside resorts voted Monday to authorize a strike over pay, their union said.\n";
    assertThat(key(all(text, PUBLISHED), "4,000").cause()).isEqualTo("strike");
  }

  @Test
  void anElectionStaysAnElection() {
    String text = "Voters in the northern province voted on Sunday to elect a new governor.\n\n"
        + "Turnout was 61%, the election commission said.\n";
    assertThat(key(all(text, PUBLISHED), "61%").cause()).isEqualTo("election");
  }

  @Test
  void policeFiringTearGasNameUnrest() {
    // "fired" names no fire; the tear gas names the unrest the police met (keys/causes.txt)
    String text = "Police fired tear gas on Monday to disperse 2,000 farmers who were blocking a highway near the"
        + " capital, the interior ministry said.\n";
    assertThat(key(all(text, PUBLISHED), "2,000").cause()).isEqualTo("protest");
  }

  @Test
  void crowdsStormingASiteNameNoStorm() {
    // storm-verb: the rush onto the site is the protest's, not weather
    String text = "KELLSBURG (AP) _ About 60 farmers were detained Thursday after storming into a quarry that they are protesting"
        + " against, police said.\n";
    assertThat(key(all(text, PUBLISHED), "60").cause()).isEqualTo("protest");
  }

  @Test
  void aLegalBattleIsNoWar() {
    // contest-not-war: the dam's court fight is no fighting; the protest is the story's
    String text = "Work on the Oremont dam began on Monday after a long legal battle and amid a continuing protest by"
        + " anglers.\n\nSome 45 anglers were arrested at the site, police said.\n";
    assertThat(key(all(text, PUBLISHED), "45").cause()).isEqualTo("protest");
  }

  @Test
  void aStormStaysAStorm() {
    // the noun still names the storm, keyed in its family (keys/cause-families.txt: storm under flood)
    String text = "Storms lash the coast overnight\n\nThe storm has killed 12 people, officials said.\n";
    assertThat(key(all(text, PUBLISHED), "12").cause()).isEqualTo("flood");
  }

  @Test
  void aFireSafetyAccordNamesNoFire() {
    // fire-safety: the accord on "fire and building safety" guards against fires; the story is the collapse's
    String text = "LONDON (Reuters) - A retailer said on Tuesday it had signed an accord on fire and building safety in"
        + " Bangladesh, aimed at preventing another disaster like last month's factory building collapse that killed"
        + " more than 1,100 people.\n";
    assertThat(key(all(text, PUBLISHED), "1,100").cause()).isEqualTo("crash");
  }
}
