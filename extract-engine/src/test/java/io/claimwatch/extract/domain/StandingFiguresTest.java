package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Figures that are not of the story's event ({@link StandingFigures}): a named plant's capacity (key.standing-capacity),
 * keyed by the plant and its measure, not by the frame.
 */
class StandingFiguresTest {

  @Test
  void aNamedLinesCapacityIsOfNoLeak() {
    // key.standing-capacity: fresh-ax's Line 14, told with a leak of July 2012 and with a collision of March 2012
    String july = "NEW YORK (Reuters) - Canadian pipeline company, Enbridge Corp., said on Sunday it hopes to replace the"
        + " leaking section of its 318,000 barrel per day Line 14 on Monday.\n";
    String march = "CHICAGO (Reuters) - Enbridge Inc restarted a pipeline on Thursday after a collision and fire near New"
        + " Lenox, Illinois.\n\nThe shutdown of Enbridge's 318,000 barrel a day Line 14/64 had cut supplies to Chicago.\n";
    ClaimKey a = key(all(july, LocalDate.of(2012, 7, 29)), "318,000"), b = key(all(march, LocalDate.of(2012, 3, 4)), "318,000");
    assertThat(a.event()).isEqualTo("capacity");
    assertThat(a.place()).isEqualTo("#plant-line-14");
    assertThat(b.place()).isEqualTo("#plant-line-14");
    assertThat(a.cause()).isEmpty();
    assertThat(b.cause()).isEmpty();
    assertThat(a.earliest()).isBefore(b.latest());
    assertThat(b.earliest()).isBefore(a.latest());
  }

  @Test
  void anotherLineIsAnotherCapacity() {
    // key.standing-capacity: Line 6A and Line 14 of one owner keep apart by the plant's name; an unnamed refinery keeps the frame
    String text = "CHICAGO (Reuters) - Enbridge shut Line 14/64 on Thursday after a fire near New Lenox, Illinois.\n\n"
        + "Enbridge also shut the 670,000 barrel a day Line 6A. The 325,000 bpd refinery was shut on Friday.\n";
    var cs = all(text, LocalDate.of(2012, 3, 4));
    assertThat(key(cs, "670,000").place()).isEqualTo("#plant-line-6a");
    assertThat(key(cs, "325,000").place()).doesNotStartWith(StandingFigures.PLANT);
  }

  @Test
  void plantNamesAfterTheRate() {
    assertThat(StandingFigures.plantName(" barrel per day Line 14 on Monday")).isEqualTo("line-14");
    assertThat(StandingFigures.plantName(" bpd Lemont, Illinois refinery to seek")).isEqualTo("lemont");
    assertThat(StandingFigures.plantName("-barrel-per-day refinery in Lemont, Illinois")).isEqualTo("lemont");
    assertThat(StandingFigures.plantName(" bpd Line 6A's restart")).isEqualTo("line-6a");
    assertThat(StandingFigures.plantName(" bpd refinery was shut by Hurricane Ike")).isEmpty();
  }
}
