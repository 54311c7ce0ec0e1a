package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dating.place-apart (PlacedApartActs): a figure of the article's event told of another place, that its sentence dates not
 * and names no kind of event of, takes the frame's date; one whose sentence names a kind of event of that other place does not.
 */
class PlacedApartActsTest {

  private static ExtractedClaim claim(List<ExtractedClaim> cs, String number) {
    return cs.stream().filter(c -> c.numberText().contains(number)).findFirst().orElseThrow();
  }

  private static final String VIRUS = "NEW YORK (AP) -- Proving more destructive than expected, the Chernobyl virus caused"
      + " hundreds of thousands of computer meltdowns around the world.\n\nThe unusually destructive virus -- timed to strike on"
      + " April 26, the 13th anniversary of the Chernobyl nuclear disaster -- tries to erase a computer's hard drive.\n\n";

  @Test
  void aPastActOfTheEventInAnotherPlaceTakesTheEventsDay() {
    // ab12 of fresh-ab (the Chernobyl virus, April 26, 1999, told from New York): its count in Bangladesh, a place apart
    ExtractedClaim c = claim(all(VIRUS + "Local media reported that at least 10,000 computers were struck in Bangladesh.\n",
        LocalDate.of(1999, 4, 27)), "10,000");
    assertThat(c.background()).isTrue();
    assertThat(c.eventStart()).isEqualTo(PartialDate.of(LocalDate.of(1999, 4, 26)));
  }

  @Test
  void aFigureOfAnotherPlaceThatIsToComeKeepsNoDate() {
    ExtractedClaim c = claim(all(VIRUS + "In Bangladesh, about 4,000 computers will be checked next month.\n",
        LocalDate.of(1999, 4, 27)), "4,000");
    assertThat(c.eventStart()).isNotEqualTo(PartialDate.of(LocalDate.of(1999, 4, 26)));
  }

  @Test
  void anotherPlacesEventOfAKindKeepsNoDate() {
    // "41 were killed in quakes in Japan" in a report of Ecuador's quake: another event, not the article's
    String text = "Quake kills 77 in Ecuador\n\nQUITO (Reuters) - A magnitude 7.8 earthquake struck Ecuador's coast on"
        + " Saturday, killing at least 77 people.\n\nIn Japan, about 40 people were killed in two earthquakes.\n";
    ExtractedClaim c = claim(all(text, LocalDate.of(2016, 4, 17)), "40");
    assertThat(c.eventStart()).isNull();
  }
}
