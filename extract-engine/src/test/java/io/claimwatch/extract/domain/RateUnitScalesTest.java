package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** number.rate-unit-scale (lexicon/rate-unit-scales.txt): the energy wires' units that carry their own scale. */
class RateUnitScalesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2010, 7, 26);

  private static ExtractedClaim written(List<ExtractedClaim> cs, String number) {
    return cs.stream().filter(c -> c.numberText().equals(number)).findFirst().orElseThrow(() -> new AssertionError(number + " in " + cs));
  }

  @Test
  void aUnitThatCarriesItsScaleScalesTheFigureAndKeysTheRate() {
    // fresh-at's Bonnie factbox: "1,410 Mmcfd" is the "1.41 billion cubic feet per day (cfd)" of the story beside it
    List<ExtractedClaim> cs = all("Storm shuts Gulf of Mexico output\n\nGas output: 1,410 Mmcfd (22.03%) Sunday vs 1,506 Mmcfd "
        + "(23.53%) Saturday. Energy companies reported 1.41 billion cubic feet per day (cfd) in gas output was shut.\n", PUBLISHED);
    ExtractedClaim mmcfd = written(cs, "1,410");
    assertThat(mmcfd.low()).isEqualByComparingTo("1410000000");
    assertThat(written(cs, "1,506").low()).isEqualByComparingTo("1506000000");
    assertThat(mmcfd.key().unit()).isEqualTo("cubic-foot/day");
    assertThat(mmcfd.key().unit()).isEqualTo(key(cs, "1.41 billion").unit());
    assertThat(mmcfd.key().kind()).isEqualTo(key(cs, "1.41 billion").kind());
  }

  @Test
  void millionCubicMetresScaleTheirFigure() {
    // fresh-au's Norwegian strike: "about 20 mcm per day" is 20 million cubic metres
    List<ExtractedClaim> cs = all("Norway oil strike cuts gas flows\n\nThe Flags pipeline was still carrying about 20 mcm per day, "
        + "the operator said.\n", LocalDate.of(2012, 7, 2));
    assertThat(cs.stream().filter(c -> c.numberText().endsWith("20")).findFirst().orElseThrow().low()).isEqualByComparingTo("20000000");
  }

  @Test
  void aWordOfNoSuchUnitLeavesTheFigureAlone() {
    List<ExtractedClaim> cs = all("Storm shuts Gulf of Mexico output\n\nAbout 1,410 workers were evacuated from 84 platforms.\n", PUBLISHED);
    assertThat(written(cs, "About 1,410").low()).isEqualByComparingTo("1410");
  }
}
