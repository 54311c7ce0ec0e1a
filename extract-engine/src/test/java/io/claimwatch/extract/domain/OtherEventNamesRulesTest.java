package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** another-of-kind ({@link OtherEventNames}): a figure of another event of the kind takes no event name of the lead's. */
class OtherEventNamesRulesTest {

  @Test
  void aFigureOfAnotherEventOfTheKindTakesNotTheLeadsName() {
    String text = "Crews gain on the Ridge Fire\n\nFirefighters gained ground on the so-called Ridge Fire on Tuesday, as crews"
        + " in the north battled a bigger blaze that has destroyed 80 homes.\n\nThe Ridge Fire has burned 4,000 acres.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 6, 29));
    assertThat(key(cs, "4,000").eventName()).isEqualTo("ridge fire");
    assertThat(key(cs, "80").eventName()).isEmpty();
  }
}
