package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words the place finder reads that are no places (fresh-at, fresh-as): common nouns that are towns in the gazetteer
 * (keys/not-place-names.txt), a body of water named after a country (water-name), a storm after "due to" (due-to), a country's adjective (country-adjective), a company's name and ticker (company-name) and a
 * continent before the country it describes (region-not-part).
 */
class PlaceWordRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2009, 9, 26);

  @Test
  void policeAndUniversityAreNoTowns() {
    // "Police" is a town of Poland's West Pomerania, "University" one of Florida: neither is this Pittsburgh story's place
    String text = "PITTSBURGH (Reuters) - Police and anti-capitalist protesters clashed at the University of Pittsburgh campus"
        + " on Friday evening, hours after the Group of 20 summit ended.\n\nPolice shot bean bags to disperse about 40"
        + " demonstrators that gathered at a plaza.\n";
    Extraction r = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(r.frame().place()).contains("@US.PA").doesNotContain("@PL").doesNotContain("@US.FL");
    assertThat(key(r.claims(), "40").place()).contains("@US.PA").doesNotContain("@PL");
  }

  @Test
  void theIndianOceanNamesNoCountry() {
    // water-name: "the Indian Ocean" is no news of India
    String text = "JAKARTA (Reuters) - A ferry with 120 people aboard sank in the Indian Ocean off Sumatra on Saturday, officials"
        + " said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2007, 8, 18));
    assertThat(key(cs, "120").place()).doesNotContain("@IN");
  }

  @Test
  void aStormAfterDueToAndACountrysAdjectiveAreNoPlaces() {
    // due-to, country-adjective: "U.S.-regulated areas" and "Tropical Depression Bonnie" are neither names nor parts
    String text = "HOUSTON (Reuters) - Almost 50 percent of daily crude production in U.S.-regulated areas of the Gulf of Mexico"
        + " was shut as of Sunday due to Tropical Depression Bonnie, the U.S. government said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2010, 7, 25));
    // "Gulf of Mexico" still places it in Mexico too: water-name reads only "Indian Ocean" forms (that Mexico keeps
    // fresh-ah's Gulf lease sales apart from Cook Inlet's)
    assertThat(key(cs, "50").place()).contains("@US").doesNotContain("regulated").doesNotContain("bonnie")
        .doesNotContain("#");
  }

  @Test
  void aCompanysNameAndTickerAreNoPlace() {
    // company-name: "at Exxon Mobil Corp's (XOM.N) ... refinery" names the company, not a place
    String text = "(Reuters) - Production at Exxon Mobil Corp's ( XOM.N ) 502,000 barrel per day (bpd) refinery continued to be"
        + " unaffected on Tuesday by a shut pipeline.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2013, 4, 9));
    assertThat(key(cs, "502,000").place()).doesNotContain("exxon").doesNotContain("xomn").doesNotContain("corp");
  }

  @Test
  void aContinentBeforeItsLargestEconomyIsNoPart() {
    // region-not-part: "in Africa's largest car manufacturing country" is South Africa, no part of it
    String text = "CAPE TOWN (Reuters) - South Africa's biggest union plans to launch a national strike in the auto industry,"
        + " a union official said on Wednesday.\n\nMore than 31,000 workers are expected to down tools in Africa's largest"
        + " car manufacturing country.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2013, 8, 7));
    assertThat(key(cs, "31,000").place()).contains("@ZA").doesNotContain("#africa");
  }
}
