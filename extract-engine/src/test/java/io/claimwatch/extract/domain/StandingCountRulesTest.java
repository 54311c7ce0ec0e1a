package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One quantity told with other words around it keeps one event: a union's members after the pay term they are covered
 * by, or that it represents, and a workforce a portion of is taken (whole-no-event, {@link KeyParts.Part#ofNoEvent}), a workforce after the verb that employs it (standing-count, {@link KeyParts#standing}, keys/parts.txt), the "trade" of "trade union" (event-word-compound,
 * {@link EventSenses}, keys/event-senses.txt), and a dispute told as a "battle with its unions" or a "price war"
 * (kind-word-sense, contest-with-side, {@link KindSenses}, keys/kind-senses.txt, keys/contest-sides.txt).
 */
class StandingCountRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2013, 4, 22);

  @Test
  void membersAPayRiseIsForAreOfNoEvent() {
    // event-word-compound: "Trade" of "Trade union" is no exchange; standing-count: the strike before the pay rise is not
    // the members' event
    String text = "FRANKFURT (Reuters) - Lufthansa cancelled almost 1,700 flights on Monday as staff went on strike.\n\n"
        + "Trade union Verdi, which represents 33,000 workers, is asking for a 5.2 percent pay rise.\n\n"
        + "Trade union Verdi went on strike last week to push through demands for a 5.2 percent pay rise for 33,000 cabin"
        + " crew and ground staff.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(cs.stream().filter(c -> c.numberText().equals("33,000")).map(c -> c.key().event()).toList())
        .containsExactly("", "");
  }

  @Test
  void aWorkforceAMineEmploysIsOfNoEvent() {
    // standing-count: "employ" tells a workforce, not the stoppage the sentence names
    String text = "SYDNEY (Reuters) - Workers at seven coal mines began a 24-hour stoppage on Monday.\n\n"
        + "The mines, hit by the stoppage, employ around 10,000 people.\n";
    assertThat(key(all(text, PUBLISHED), "10,000").event()).isEmpty();
  }

  @Test
  void tradeUnionsNameNoExchange() {
    // event-word-compound: "three trade unions" are unions, no exchange; a swap of prisoners stays one
    String text = "SYDNEY (Reuters) - Qantas resumed flights on Monday after a tribunal ordered an end to its dispute with"
        + " three trade unions.\n\nThe two sides traded 40 prisoners on Sunday, officials said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "three").event()).isNotEqualTo("exchange");
    assertThat(key(cs, "40").event()).isEqualTo("exchange");
  }

  @Test
  void aBattleWithItsUnionsIsNoWar() {
    // contest-with-side: the grounding's "bitter battle with its unions over pay" is the dispute's, not fighting
    String text = "SYDNEY (Reuters) - Tens of thousands of stranded Qantas Airways passengers hope a tribunal will end the"
        + " industrial action. Qantas grounded more than 100 aircraft on Saturday, seeking to bring to a head a bitter"
        + " battle with its unions over pay.\n";
    assertThat(key(all(text, PUBLISHED), "100").cause()).isNotEqualTo("war");
  }

  @Test
  void aPriceWarIsNoWar() {
    // contest-not-war: a "price war" and a "war of words" are contests of fares and of words
    String text = "SYDNEY (Reuters) - Virgin Australia added 3,000 seats on Sunday in a price war with Qantas, amid a war"
        + " of words over the grounding.\n";
    assertThat(key(all(text, PUBLISHED), "3,000").cause()).isNotEqualTo("war");
  }

  @Test
  void aBattleWithTroopsStaysAWar() {
    // the side decides: rebels in "a battle with troops" fight a war
    String text = "KARSA (Reuters) - At least 30 rebels were killed in a battle with troops near the border on Saturday.\n";
    assertThat(key(all(text, PUBLISHED), "30").cause()).isEqualTo("war");
  }

  @Test
  void membersAUnionRepresentsAreOfNoEventItsClauseTells() {
    // whole-no-event: "representing 33,000 staff" before the strike the union announced counts its members, as "which
    // represents 33,000 workers" does: no event; the strikers its clause counts of their own keep the strike
    String text = "FRANKFURT (Reuters) - Lufthansa cancelled almost 1,700 flights on Monday as staff went on strike.\n\n"
        + "Verdi, representing 33,000 staff at the airline, announced the strike action on Friday.\n\n"
        + "In Frankfurt alone, 2,000 Lufthansa employees went on strike from 0300 GMT.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "33,000").event()).isEmpty();
    assertThat(key(cs, "2,000").event()).isEqualTo("strike");
  }

  @Test
  void aWorkforceAPortionIsTakenOfIsOfNoEvent() {
    // whole-no-event: the 700,000 are the whole workforce, of whom most began the strike: no event of the whole
    String text = "SAO PAULO, March 24 - Most of Brazil's 700,000 bankworkers began an indefinite national strike today.\n";
    assertThat(key(all(text, LocalDate.of(1987, 3, 24)), "700,000").event()).isEmpty();
  }

  @Test
  void aWholeWhoseOwnClauseSaysWhatBefellItKeepsIt() {
    // whole-no-event: "who have returned" is said of the 650,000, not of the "some" a centre supports
    String text = "KABUL (Reuters) - Floods hit eastern Afghanistan on Sunday.\n\nThe centre was set up to support some of the"
        + " 650,000 Afghans who have returned to the country since September.\n";
    assertThat(key(all(text, PUBLISHED), "650,000").event()).isEqualTo("return");
  }
}
