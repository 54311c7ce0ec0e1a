package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule "division-namesake" ({@link DivisionNamesakes}, {@code keys/division-namesakes.txt}): a name the gazetteer gives to
 * a country or to one country's division that is also a first-level division of another country is read as that division
 * where the article's other places are in its country, else as the gazetteer's place.
 */
class DivisionNamesakeTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2008, 10, 24);

  @Test
  void georgiaInAUsReportIsTheState() {
    // fresh-ay's ay07: a failed bank in Georgia, reported from Washington with "U.S." around it, is the state's
    String text = "WASHINGTON (Reuters) - U.S. bank regulators on Friday closed tiny Alpha Bank & Trust in Georgia, the 16th"
        + " U.S. bank to fail this year as the weakening economy and falling home prices take their toll on financial"
        + " institutions.\n\nAlpha Bank had total assets of $354.1 million and total deposits of $346.2 million as of"
        + " September 30, the regulator said.\n\nIn 2007, three U.S. banks failed.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "354.1").place()).contains("@US.GA").doesNotContain("@GE");
    assertThat(key(cs, "three").place()).contains("@US").doesNotContain("@GE");
  }

  @Test
  void aTownThenGeorgiaInAUsReportIsTheState() {
    // "Blakely, Georgia": a town the gazetteer does not know, then the state
    String text = "Peanut company files for bankruptcy\n\nThe salmonella outbreak, which has sickened more than 600 people in"
        + " the United States, has been traced to a plant in Blakely, Georgia operated by Peanut Corporation.\n\n"
        + "More than 1,800 products have been recalled, the U.S. Food and Drug Administration said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "600").place()).doesNotContain("@GE");
    assertThat(key(cs, "1,800").place()).doesNotContain("@GE");
  }

  @Test
  void aCityOfAnotherStateThenGeorgiaIsTheState() {
    // city-then-division with the namesake read as the state: "Carrollton, Georgia" is no Texan city (the gazetteer's)
    String text = "WASHINGTON (Reuters) - A tornado destroyed 40 homes in Carrollton, Georgia, on Sunday, the U.S. National"
        + " Weather Service said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "40").place()).contains("@US.GA").doesNotContain("@GE").doesNotContain("@US.TX");
  }

  @Test
  void georgiaFromTbilisiIsTheCountry() {
    // fresh-d's d11: the opposition in Georgia, reported from Tbilisi, is the country's
    String text = "TBILISI (Thomson Financial) - The opposition in Georgia threatened today to flood Tbilisi with"
        + " demonstrators, saying 100,000 people would march if the election commission refused a second round.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "100,000").place()).contains("@GE").doesNotContain("@US");
  }

  @Test
  void georgiaBesideRussiaIsTheCountry() {
    // fresh-e's e23: "the Soviet Transcaucasian republic of Georgia"; the article's other places are Soviet
    String text = "Floods kill 52 in Soviet Georgia\n\nFloods and landslides have killed 52 people in the Soviet"
        + " Transcaucasian republic of Georgia, the official daily Pravda said in Moscow.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "52").place()).contains("@GE").doesNotContain("@US.GA");
  }

  @Test
  void punjabInAnIndianReportIsIndiasState() {
    // the gazetteer's Punjab is Pakistan's province; in a report whose other places are Indian it is India's state
    String text = "Floods in northern India\n\nFloods have killed 30 people in Punjab, officials in New Delhi said on"
        + " Monday, and 2,000 were moved from villages near Ludhiana.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "30").place()).contains("@IN").doesNotContain("@PK");
  }

  @Test
  void punjabInAPakistaniReportIsPakistansProvince() {
    // fresh-d's d20: a bombing in Lahore, "a city of about seven million people in Punjab province"
    String text = "LAHORE, Pakistan (AP) - A suicide bomber killed 22 people outside the High Court in Lahore on Thursday,"
        + " the second city of Pakistan and capital of Punjab province.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "22").place()).contains("@PK").doesNotContain("@IN");
  }

  @Test
  void theNamesakesAreReadByTheArticlesOtherPlaces() {
    // the vote leaves the namesake out: "georgia" itself is no evidence for the country
    assertThat(DivisionNamesakes.readAsDivision(Map.of("georgia", "GE", "us", "US", "alpharetta", "US"))).containsExactly("georgia");
    assertThat(DivisionNamesakes.readAsDivision(Map.of("georgia", "GE", "tbilisi", "GE"))).isEmpty();
    assertThat(DivisionNamesakes.readAsDivision(Map.of("georgia", "GE", "us", "US", "russia", "RU"))).isEmpty();   // a tie
    assertThat(DivisionNamesakes.readAsDivision(Map.of("punjab", "PK", "india", "IN"))).containsExactly("punjab");
  }
}
