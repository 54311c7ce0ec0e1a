package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dating.day-state (DayStates, keys/day-states.txt): a storm's shut-in told with its day is that day's figure. */
class DayStatesTest {

  private static final String SATURDAY = "Gulf output shut as storm nears\n\nHOUSTON (Reuters) - Energy companies shut"
      + " offshore platforms on Saturday as Tropical Storm Ana crossed the Gulf of Mexico. The government said 826,325"
      + " barrels per day of crude production was shut as of Saturday.\n";
  private static final String SUNDAY = "Gulf output returns after storm\n\nHOUSTON (Reuters) - Energy companies shut"
      + " offshore platforms on Saturday as Tropical Storm Ana crossed the Gulf of Mexico. Energy companies reported"
      + " 746,338 barrels per day of crude production was shut as of Sunday, the government said.\n";

  private static ExtractedClaim claim(List<ExtractedClaim> cs, String number) {
    return cs.stream().filter(c -> c.numberText().contains(number)).findFirst().orElseThrow();
  }

  @Test
  void aShutInToldWithItsDayIsThatDaysFigure() {
    // at06 of fresh-at: "Oil and gas production shut as of Sunday was 746,338 barrels per day", Bonnie entering on Saturday
    ExtractedClaim c = claim(all(SUNDAY, LocalDate.of(2010, 7, 26)), "746,338");
    assertThat(c.eventStart()).isEqualTo(PartialDate.of(LocalDate.of(2010, 7, 25)));
    assertThat(c.eventEnd()).isEqualTo(PartialDate.of(LocalDate.of(2010, 7, 25)));
  }

  @Test
  void aShutInSaidOnADayIsThatDays() {
    // at02 of fresh-at, filed on the Sunday: "The U.S. Minerals Management Service said on Saturday that 10,300 barrels per
    // day ... was shut in": the day said, not up to the report
    String text = "Gulf producers pull workers as storm nears\n\nHOUSTON (Reuters) - Gulf of Mexico producers were evacuating"
        + " offshore workers on Saturday as Hurricane Dean crossed the Caribbean Sea. The U.S. Minerals Management Service"
        + " said on Saturday that 10,300 barrels per day of Gulf of Mexico oil production was shut in.\n";
    ExtractedClaim c = claim(all(text, LocalDate.of(2007, 8, 19)), "10,300");
    assertThat(c.eventStart()).isEqualTo(PartialDate.of(LocalDate.of(2007, 8, 18)));
    assertThat(c.eventEnd()).isEqualTo(PartialDate.of(LocalDate.of(2007, 8, 18)));
  }

  @Test
  void twoDaysShutInsKeyApart() {
    ClaimKey saturday = key(all(SATURDAY, LocalDate.of(2010, 7, 25)), "826,325");
    ClaimKey sunday = key(all(SUNDAY, LocalDate.of(2010, 7, 26)), "746,338");
    assertThat(saturday.earliest()).isEqualTo(LocalDate.of(2010, 7, 24)).isEqualTo(saturday.latest());
    assertThat(sunday.earliest()).isEqualTo(LocalDate.of(2010, 7, 25)).isEqualTo(sunday.latest());
  }

  @Test
  void aShutInWithNoDayOfItsOwnKeepsTheStormsWindow() {
    // "shut in about 8,000 bpd" told with no day: Exxon's shut-in, which a later report of it unchanged updates
    String text = "Gulf output shut as storm nears\n\nHOUSTON (Reuters) - Energy companies shut offshore platforms on"
        + " Thursday as Tropical Storm Don crossed the Gulf of Mexico. Exxon said it shut in about 8,000 bpd of oil.\n";
    ClaimKey k = key(all(text, LocalDate.of(2011, 7, 28)), "8,000");
    assertThat(k.earliest()).isBefore(LocalDate.of(2011, 7, 20));
  }

  @Test
  void homesWithoutPowerAreNoShutIn() {
    assertThat(DayStates.held("About 30,000 homes were without power as of Tuesday evening.", 0, 60)).isFalse();
    assertThat(DayStates.held("746,338 barrels per day was shut as of Sunday", 0, 44)).isTrue();
  }

  @Test
  void aTropicalDepressionNamesItsStorm() {
    // at05 of fresh-at: "shut as of Sunday due to Tropical Depression Bonnie" (a storm, named, not a Gulf output of another year)
    String text = "Gulf output shut\n\nHOUSTON (Reuters) - Almost 50 percent of daily crude production in the Gulf of"
        + " Mexico was shut as of Sunday due to Tropical Depression Bonnie, the U.S. government said.\n";
    ClaimKey k = key(all(text, LocalDate.of(2010, 7, 26)), "50");
    assertThat(k.eventName()).isEqualTo("tropical depression bonnie");
    assertThat(k.cause()).isNotEmpty();
  }
}
