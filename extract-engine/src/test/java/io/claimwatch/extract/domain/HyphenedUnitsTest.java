package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units written with a hyphen before the noun they measure (unit-before-noun), a vague amount of a unit (vague-of-unit)
 * and a release of a substance (release-of-substance), on copy like the oil-spill stories of fresh-as.
 */
class HyphenedUnitsTest {

  private static ExtractedClaim claim(List<ExtractedClaim> cs, String number) {
    return cs.stream().filter(c -> c.numberText().contains(number)).findFirst().orElseThrow();
  }

  @Test
  void aUnitHyphenedToItsNounIsTheUnitOfTheFigure() {
    // unit-before-noun: "a 3,000-barrel spill" is 3,000 barrels, as "1,900 barrels of crude oil" is; the noun after it
    // is not the unit; a scale word may stand between ("the estimated 4-million-barrel BP spill")
    String text = "Brazil finds new oil leak\n\nAuthorities opened a probe in the wake of a 3,000-barrel spill in an offshore"
        + " field run by Chevron in November. Exxon shut the pipeline after a leak spilled 1,900 barrels of crude oil."
        + " The 22-inch line originates in St. James, Louisiana. Drilling was curbed after the estimated 4-million-barrel BP"
        + " spill in the Gulf in 2010. The utility runs a 600-megawatt plant.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2012, 3, 17));
    assertThat(claim(cs, "3,000").unit()).isEqualTo("bbl");
    assertThat(key(cs, "3,000").unit()).isEqualTo(key(cs, "1,900").unit()).isEqualTo("bbl");
    assertThat(key(cs, "3,000").kind()).isEqualTo(key(cs, "1,900").kind()).isEqualTo("barrel");
    assertThat(claim(cs, "22").unit()).isEqualTo("in");
    ExtractedClaim bp = claim(cs, "4-million");
    assertThat(bp.unit()).isEqualTo("bbl");
    assertThat(bp.low()).isEqualByComparingTo("4000000");
    assertThat(claim(cs, "600").unit()).isEqualTo("MW");
  }

  @Test
  void aRateHyphenedToItsNounIsTheRate() {
    // barrel-per-day-singular: "the 90,000-barrel-per-day line" is the rate "90,000 bpd" is
    String text = "Exxon has no date for pipeline restart\n\nThe company must repair the pipeline before the"
        + " 90,000-barrel-per-day line can be returned to service, the source said on Wednesday.\n";
    assertThat(key(all(text, LocalDate.of(2013, 4, 24)), "90,000").unit()).isEqualTo("barrel/day");
  }

  @Test
  void aVagueAmountOfAUnitIsInThatUnit() {
    // vague-of-unit: "thousands of barrels" is in barrels; a sum ("millions of dollars") and people keep their reading
    String text = "Exxon cleans up Arkansas spill\n\nExxon Mobil continued efforts on Monday to clean up thousands of barrels"
        + " of heavy Canadian crude oil spilled from a pipeline in Arkansas. Hundreds of residents were evacuated.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2013, 4, 1));
    assertThat(claim(cs, "thousands").unit()).isEqualTo("bbl");
    assertThat(key(cs, "thousands").kind()).isEqualTo("barrel");
    assertThat(claim(cs, "Hundreds").unit()).isEmpty();
  }

  @Test
  void aReleaseOfASubstanceIsNoReturn() {
    // release-of-substance: oil released is spilled, not people returned; prisoners released are a return
    String text = "Chevron halts drilling after spill\n\nChevron said the total amount of oil released was between 400"
        + " barrels and 650 barrels. Separately, police said 12 prisoners were released on Saturday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2011, 11, 19));
    assertThat(key(cs, "400").event()).isNotEqualTo("return");
    assertThat(key(cs, "12").event()).isEqualTo("return");
  }
}
