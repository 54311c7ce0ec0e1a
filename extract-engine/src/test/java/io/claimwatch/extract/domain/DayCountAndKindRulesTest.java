package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys that keep apart two events' or two days' counts that an open kind or a long window let meet. */
class DayCountAndKindRulesTest {

  @Test
  void flightsCancelledOnADayAreThatDaysCount() {
    // daily-count (DailyCounts, keys/daily-counts.txt): each day's cancelled flights are new ones, keyed to their day
    String tuesday = "Snowstorm shuts Denver roads\n\nHeavy snow closed roads across Colorado on Monday. About 300 flights"
        + " were cancelled at Denver airport as of Tuesday evening, a tracking service said.\n";
    String wednesday = "Snowstorm shuts Denver roads\n\nHeavy snow closed roads across Colorado on Monday. More than 120"
        + " flights have been cancelled at Denver airport as of noon on Wednesday, a tracking service said.\n";
    ClaimKey a = key(all(tuesday, LocalDate.of(2025, 1, 8)), "300");
    ClaimKey b = key(all(wednesday, LocalDate.of(2025, 1, 8)), "120");
    assertThat(a.earliest()).isEqualTo(LocalDate.of(2025, 1, 7)).isEqualTo(a.latest());
    assertThat(b.earliest()).isEqualTo(LocalDate.of(2025, 1, 8)).isEqualTo(b.latest());
  }

  @Test
  void seatsAnAirlineAddsForADayAreThatDaysButAnAssemblysAreNot() {
    // daily-count, keys/daily-counts.txt offered: an airline's seats of Sunday and of Monday are two days' counts
    String strike = "Qantas grounds fleet in strike\n\nQantas grounded its entire fleet on Saturday in a strike by unions."
        + " Virgin Australia said it was adding 3,000 seats on its domestic network on Monday, in addition to 3,500 seats on Sunday.\n";
    List<ExtractedClaim> cs = all(strike, LocalDate.of(2011, 10, 30));
    assertThat(key(cs, "3,000").earliest()).isEqualTo(LocalDate.of(2011, 10, 31)).isEqualTo(key(cs, "3,000").latest());
    assertThat(key(cs, "3,500").earliest()).isEqualTo(LocalDate.of(2011, 10, 30)).isEqualTo(key(cs, "3,500").latest());
    // an election's seats, told with a day, keep the event's window: one quantity whatever day tells it
    String vote = "Leftwing bloc wins French election\n\nFrench voters went to the polls on Sunday in a snap election."
        + " The leftwing coalition won 182 seats on Sunday, the interior ministry said.\n";
    ClaimKey seats = key(all(vote, LocalDate.of(2024, 7, 9)), "182");
    assertThat(seats.earliest()).isNotEqualTo(seats.latest());
  }

  @Test
  void aRunningLevelOnADayKeepsTheEventsWindow() {
    // not a daily count: homes without power "as of" a day is a level a later day's figure updates
    String text = "Floods swamp Denver\n\nFloods closed roads across Colorado on Monday. About 30,000 homes"
        + " were without power as of Tuesday evening, the utility said.\n";
    ClaimKey k = key(all(text, LocalDate.of(2025, 1, 8)), "30,000");
    assertThat(k.earliest()).isBefore(LocalDate.of(2025, 1, 6));
  }

  @Test
  void aNounTheTaggerReadAsAVerbStillNamesAKind() {
    // misread-noun (MisreadNouns): "peopled" before "died" is the noun counted, so the count is not open to "soldiers"
    String text = "Storms batter Oklahoma\n\nTornadoes tore through Oklahoma on Sunday. At least four other peopled died"
        + " in storm-related accidents, officials said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 5, 19));
    assertThat(key(cs, "four").kind()).isNotEmpty().isNotEqualTo("soldier");
    assertThat(key(cs, "four").event()).isEqualTo("kill");
  }

  @Test
  void aftershocksInAReportOfANewQuakeAreTheNewQuakes() {
    // later-shock-count (KeyFacet): a headline of a new quake; a count of aftershocks naming no quake is the new one's
    String text = "Chile toll rises to 40, strong new quake rattles north\n\nA magnitude 6.0 earthquake shook northern Chile"
        + " on Tuesday, days after a larger quake killed 40 people.\n\nThe larger quake was followed by 300 aftershocks."
        + "\n\nThe seismological service said there were 12 aftershocks overnight.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 12));
    assertThat(key(cs, "12").place()).contains("#later");
    assertThat(key(cs, "300").place()).doesNotContain("#later");
  }
}
