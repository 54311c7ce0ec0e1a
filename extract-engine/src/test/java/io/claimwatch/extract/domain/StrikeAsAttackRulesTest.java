package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule strike-as-attack ({@link FrameReader}, {@code keys/kind-readings.txt}): in a report whose headline or lead
 * names an attack, a strike is an attack, not a walkout; where they name a walkout, a strike stays one. And a reward
 * is a measure of money of its own ({@code keys/money-measures.txt}).
 */
class StrikeAsAttackRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

  @Test
  void aStrikeInAReportOfAnAttackIsAnAttack() {
    String text = "Army says its strike in Aleppo killed the militia chief behind a deadly market attack\n\n"
        + "An army strike in Aleppo on Tuesday killed the militia chief blamed for a deadly attack on a market,"
        + " officials said.\n\n"
        + "At least six people were killed in the strike, a local hospital said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    ClaimKey six = key(cs, "six");
    assertThat(six.cause()).isEqualTo("attack");
    // an attack is over in a day: the strike's day, not a walkout's months
    assertThat(six.earliest()).isAfter(LocalDate.of(2025, 3, 1));
  }

  @Test
  void aRunningTotalOfStrikesIsOfTheReportsAttacks() {
    // the sentence names strikes alone: read as the article reads them, so the total keys with the article's attacks
    String text = "Air raid kills nine in Aleppo, rescuers say\n\n"
        + "An air raid on a market in Aleppo killed nine people on Monday, rescuers said.\n\n"
        + "Strikes on the city have killed more than 2,000 people since the spring, a monitoring group said.\n";
    ClaimKey total = key(all(text, PUBLISHED), "2,000");
    assertThat(total.cause()).isEqualTo("attack");
  }

  @Test
  void aWalkoutStaysAWalkoutWhateverViolenceTheLeadTells() {
    String text = "Violence in one-day general strike in Bolivia\n\n"
        + "At least 20 people were injured in clashes during a one-day general strike called by unions to protest"
        + " against price rises, police said.\n\n"
        + "Protesters attacking police lines threw stones in La Paz, officials said.\n";
    ClaimKey injured = key(all(text, PUBLISHED), "20");
    assertThat(injured.cause()).isEqualTo("strike");
  }

  @Test
  void aRewardIsAMeasureOfItsOwn() {
    String text = "The government offers a $3 million reward for information on the smuggling ring's leader.\n";
    ClaimKey reward = key(all(text, PUBLISHED), "$3 million");
    assertThat(reward.event()).isEqualTo("reward");
  }
}
