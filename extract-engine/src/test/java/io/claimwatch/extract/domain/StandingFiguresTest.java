package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Figures that are not of the story's event ({@link StandingFigures}, keys/standing-figures.txt): a named plant's capacity
 * (key.standing-capacity) and a party's plan (key.party-plan), keyed by their owner and measure, not by the frame.
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

  @Test
  void aPartysPlanIsOfNoStrikeOrRow() {
    // key.party-plan: fresh-ax's Power8 cuts, told in a Franco-German row and at the unions' Brussels meeting
    String row = "PARIS (Reuters) - Airbus faced growing paralysis on Tuesday over plans to axe thousands of jobs as French and"
        + " German politicians quarreled over the cuts.\n\nAirbus declined to comment and Airbus shares fell. Villepin endorsed press reports it wants to cut 10,000 jobs.\n";
    String strike = "BRUSSELS (Reuters) - Airbus unions threatened strikes over job cuts at the troubled planemaker on Tuesday.\n\nAirbus unions met in Brussels. "
        + "Villepin said last week Airbus would cut 10,000 jobs but ruled out sackings.\n";
    ClaimKey a = key(all(row, LocalDate.of(2007, 2, 20)), "10,000"), b = key(all(strike, LocalDate.of(2007, 2, 27)), "10,000");
    assertThat(a.party()).isEqualTo("airbus");
    assertThat(b.party()).isEqualTo("airbus");
    assertThat(a.cause()).isEmpty();
    assertThat(b.cause()).isEmpty();
    assertThat(b.place()).isEmpty();
    assertThat(a.earliest()).isBefore(b.latest());
  }

  @Test
  void aPlanWithNoPartyKeepsTheFrame() {
    // key.party-plan: no name before the plan and none opening the lead: the frame keys it as before
    String text = "LONDON - Thousands marched on Saturday against the closures.\n\nThe council plans to cut 500 jobs.\n";
    ClaimKey k = key(all(text, LocalDate.of(2007, 2, 20)), "500");
    assertThat(k.party()).isEmpty();
    assertThat(k.earliest()).isNotEqualTo(LocalDate.of(2006, 11, 22));
  }
}
