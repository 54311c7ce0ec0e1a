package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two sides of a score or a record, a player's statistic and the outcome a chance is of, keyed apart ({@link SideFacets},
 * keys/sides.txt).
 */
class SideFacetsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 14);

  @Test
  void everyRulesExampleKeysItsFigure() {
    for (SideFacets.Rule rule : SideFacets.Rule.values()) {
      List<ExtractedClaim> cs = all("Hawks top Owls at home\n\n" + rule.example + "\n", PUBLISHED);
      assertThat(key(cs, rule.figure).place()).as(rule.id).contains(rule.scope);
    }
  }

  @Test
  void aScoresTwoSidesAreTwoQuantities() {
    String sentence = "The Hawks sealed a 27-13 win over the Owls on Sunday.";
    assertThat(SideFacets.of(sentence, 0, 19, 21, sentence.length(), null, "")).containsExactly("first-side");
    assertThat(SideFacets.of(sentence, 0, 22, 24, sentence.length(), null, "")).containsExactly("second-side");
  }

  @Test
  void aScoresSideHasNoKindOrPartTheWordsAroundItGive() {
    List<ExtractedClaim> cs = all("Hawks top Owls at home\n\nThe Hawks scored a touchdown in each quarter for a 27-13 win over the Owls.\n", PUBLISHED);
    ClaimKey first = key(cs, "27");
    assertThat(first.place()).contains("#first-side").doesNotContain("#each");
    assertThat(first.kind()).isEqualTo("score");
    assertThat(first.event()).isEmpty();
  }

  @Test
  void aRecordInBracketsIsItsTeams() {
    String sentence = "The Hawks (9-4) beat the visiting Owls (3-10) on Sunday.";
    int owls = sentence.indexOf("3-10");
    assertThat(SideFacets.of(sentence, 0, 11, 12, sentence.length(), null, "")).containsExactly("first-side", "team-hawks");
    assertThat(SideFacets.of(sentence, 0, owls, owls + 1, sentence.length(), null, "")).containsExactly("first-side", "team-owls");
    assertThat(SideFacets.of(sentence, 0, owls + 2, owls + 4, sentence.length(), null, "")).containsExactly("second-side", "team-owls");
  }

  @Test
  void aRangeAVotesTallyAndALongNumberHaveNoSides() {
    String range = "Between 10-12 people were hurt.";
    assertThat(SideFacets.of(range, 0, 8, 13, range.length(), "people", "")).isEmpty();
    String tally = "The assembly passed the bill 230-190 on Friday.";
    assertThat(SideFacets.of(tally, 0, 29, 32, tally.length(), null, "vote")).isEmpty();
    String phone = "Call 800-386-2070 for help.";
    assertThat(SideFacets.of(phone, 0, 5, 8, phone.length(), null, "")).isEmpty();
    assertThat(SideFacets.of(phone, 0, 9, 12, phone.length(), null, "")).isEmpty();
  }

  @Test
  void eachPlayersStatisticIsHis() {
    String sentence = "Ruiz was 14 of 22 for 190 yards and Okafor had 88 yards.";
    assertThat(SideFacets.of(sentence, 0, 22, 25, sentence.length(), "Ruiz yards", "")).containsExactly("player-ruiz");
    int o = sentence.indexOf("88");
    assertThat(SideFacets.of(sentence, 0, o, o + 2, sentence.length(), "Okafor yards", "")).containsExactly("player-okafor");
    assertThat(SideFacets.of(sentence, 0, o, o + 2, sentence.length(), "Okafor Street", "")).isEmpty();   // no statistic
    assertThat(SideFacets.of(sentence, 0, o, o + 2, sentence.length(), "yards", "")).isEmpty();   // no player
  }

  @Test
  void theOddsOfLosingAndOfWinningAreTwoQuantities() {
    String lose = "She said there is a 1 in 4 chance that her party could lose the seat.";
    String win = "He gave the party a \"three-in-four\" chance of keeping its majority.";
    String rain = "There is a 1 in 5 chance of rain on Sunday.";
    assertThat(SideFacets.of(lose, 0, 20, 21, lose.length(), null, "")).containsExactly("odds-lose");
    int w = win.indexOf("three");
    assertThat(SideFacets.of(win, 0, w, w + 12, win.length(), null, "")).containsExactly("odds-win");
    assertThat(SideFacets.of(rain, 0, 11, 12, rain.length(), null, "")).isEmpty();
  }
}
