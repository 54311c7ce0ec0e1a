package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A running tally is one quantity, whatever its verb and the story's places: a body shut, closed, seized or failed is
 * one measure and no capture (body-closed, {@link TallyKeys#closed}, keys/tallies.txt); a count over one stated
 * calendar year is the year's tally, of the country and not of the day's divisions or kind of event (year-tally,
 * {@link TallyKeys});
 * a span fronted before its figure's clause is a sub-period (sub-period, {@link QuantityFacets}).
 */
class TallyKeysRulesTest {

  private static final LocalDate JAN_2009 = LocalDate.of(2009, 1, 31);
  private static final LocalDate NOV_2008 = LocalDate.of(2008, 11, 22);

  @Test
  void banksSeizedAreClosedNotCaptured() {
    // body-closed: "seized" of banks counts banks closed, not people captured; so do "shut" and "failed"
    String text = "WASHINGTON (Reuters) - U.S. bank regulators closed small banks in Utah, Florida and Maryland on Friday, bringing"
        + " the total of U.S. bank failures this year to six.\n\nIn 2008, 25 banks were seized by officials, up from only 3 in"
        + " 2007.\n";
    List<ExtractedClaim> cs = all(text, JAN_2009);
    ClaimKey seized = key(cs, "25");
    assertThat(seized.kind()).isEqualTo("bank");
    assertThat(seized.event()).isEqualTo("close");
    assertThat(key(cs, "six").event()).isEqualTo("close");
  }

  @Test
  void lendersFailedAreBanksClosed() {
    // body-closed: a lender that failed is a bank closed, as "banks seized" is
    String text = "NEW YORK (Reuters) - Downey Financial Corp filed for bankruptcy on Monday. Twenty-two U.S. lenders have failed"
        + " this year.\n";
    ClaimKey k = key(all(text, NOV_2008), "Twenty-two");
    assertThat(k.kind()).isEqualTo("bank");
    assertThat(k.event()).isEqualTo("close");
  }

  @Test
  void failuresCountedAloneAreClosingsOfNoKind() {
    // body-closed: "failures" alone counts closings, open to the bank whose failures another report counts
    String text = "WASHINGTON (Reuters) - U.S. regulators closed seven small banks on Friday, bringing the number of failures so"
        + " far this year to 64.\n";
    ClaimKey k = key(all(text, LocalDate.of(2009, 7, 25)), "64");
    assertThat(k.kind()).isEmpty();
    assertThat(k.event()).isEqualTo("close");
  }

  @Test
  void aRefineryShutKeepsItsRate() {
    // body-closed reads counts only: a refinery's rate shut is its output held off, not plants closed
    String text = "LONDON (Reuters) - BP said the entire 178,500 bpd refinery at Grangemouth has been shut since the blast.\n";
    assertThat(key(all(text, LocalDate.of(1987, 3, 23)), "178,500").event()).isNotEqualTo("close");
  }

  @Test
  void soldiersSeizedStayCaptured() {
    // body-closed reads bodies only: people seized are still captured
    String text = "KARSA (Reuters) - Rebels seized 12 soldiers near the border on Saturday.\n";
    assertThat(key(all(text, NOV_2008), "12").event()).isEqualTo("capture");
  }

  @Test
  void aYearsTallyIsOfTheCountryNotTheDaysStates() {
    // year-tally: the year's tally keys by the country and the year, not by the states of the day's failed banks
    String text = "WASHINGTON (Reuters) - U.S. bank regulators closed small banks in Utah, Florida and Maryland on Friday, bringing"
        + " the total of U.S. bank failures this year to six.\n\nIn 2008, 25 banks were seized by officials, up from only 3 in"
        + " 2007.\n";
    List<ExtractedClaim> cs = all(text, JAN_2009);
    for (String figure : List.of("six", "25", "3")) {
      assertThat(key(cs, figure).place()).isEqualTo("@US");
    }
    assertThat(key(cs, "25").earliest()).isEqualTo(LocalDate.of(2008, 1, 1));
    assertThat(key(cs, "25").latest()).isEqualTo(LocalDate.of(2008, 12, 31));
  }

  @Test
  void aYearsTallyDropsTheStorysKindOfEvent() {
    // year-tally: the savings and loan "collapse" told before is not the kind of the FDIC's tally of 2009
    String text = "NEW YORK (Reuters) - More than 1,000 U.S. banks may fail in the next three to five years, RBC said on Monday.\n\n"
        + "That rate of failures would recall the height of the savings and loan collapse. The FDIC has shut nine banks in 2009,"
        + " on top of 25 in 2008.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2009, 2, 9));
    ClaimKey nine = key(cs, "nine");
    assertThat(nine.cause()).isEmpty();
    assertThat(nine.event()).isEqualTo("close");
    assertThat(nine.place()).isEqualTo("@US");
  }

  @Test
  void soFarThisYearIsTheYearsTallyItself() {
    // year-tally: "so far this year" is no span's share of another count: the tally meets "22 banks have failed this year"
    String text = "WASHINGTON (Reuters) - Regulators took over two small banks on Friday, in Michigan and Illinois, bringing the"
        + " tally of bank failures to 15 so far this year.\n";
    ClaimKey k = key(all(text, LocalDate.of(2008, 10, 11)), "15");
    assertThat(k.place()).isEqualTo("@US");
    assertThat(k.event()).isEqualTo("close");
  }

  @Test
  void aTallyOfAStateTheClauseNamesKeepsIt() {
    // year-tally: a division the tally's own stretch names is its scope
    String text = "MIAMI (Reuters) - Regulators closed two banks on Friday. So far this year, 11 banks have failed in Florida.\n";
    assertThat(key(all(text, LocalDate.of(2009, 3, 21)), "11").place()).contains("@US.FL");
  }

  @Test
  void aSpanFrontedBeforeItsClauseIsASubPeriod() {
    // sub-period: "In July alone," before the figure's clause makes a count of July, not the day's closures
    String text = "WASHINGTON (Reuters) - U.S. regulators closed seven small banks on Friday. In July alone, there have been 19"
        + " bank failures.\n";
    assertThat(key(all(text, LocalDate.of(2009, 7, 25)), "19").place()).contains("#period");
  }
}
