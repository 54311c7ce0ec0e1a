package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plant-designated (PlantOwners#designated): a rate before a plant noun that a number names is that plant's capacity. */
class PlantDesignatedTest {

  @Test
  void twoNumberedLinesOfOneCompanyKeyApart() {
    // ax21 of fresh-ax
    String text = "Enbridge shuts line after leak\n\nCALGARY (Reuters) - Enbridge shut Line 14 after a leak in Wisconsin on"
        + " Friday. Enbridge also said it had briefly shut down two larger adjacent lines -- the 400,000 bpd Line 61 and the"
        + " 670,000 bpd Line 6A.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2012, 7, 29));
    assertThat(key(cs, "400,000").party()).isEqualTo("line 61");
    assertThat(key(cs, "670,000").party()).isEqualTo("line 6a");
  }

  @Test
  void theNamedLineOutranksItsOwner() {
    // ax19 of fresh-ax: "Enbridge's 318,000 barrel a day Line 14/64" is Line 14's, as "the 318,000 barrels-per-day Line 14" of ax21
    String text = "Enbridge line shut\n\nCHICAGO (Reuters) - The shutdown of Enbridge's 318,000 barrel a day Line 14/64 will"
        + " last four days, the company said on Thursday.\n";
    assertThat(key(all(text, LocalDate.of(2012, 3, 1)), "318,000").party()).isEqualTo("line 14");
    assertThat(designated("the 318,000 barrels-per-day Line 14 that leaked", "318,000")).isEqualTo("line 14");
  }

  @Test
  void aLineNamedByNoNumberIsNoOnesInParticular() {
    assertThat(designated("The line can handle 670,000 barrels per day.", "670,000")).isEmpty();
    assertThat(designated("its 325,000 barrel per day (bpd) Port Arthur refinery", "325,000")).isEmpty();
  }

  private static String designated(String sentence, String figure) {
    int at = sentence.indexOf(figure);
    return PlantOwners.designated(sentence, at, at + figure.length(), sentence.length());
  }
}
