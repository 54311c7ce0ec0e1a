package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the gazetteer gives to one place though other countries bear them, resolved in the article's country
 * ({@link HomeCountries}, {@link PlaceFinder}): a region named by the points of the compass (compass-region) and a
 * county written before its name (county-first).
 */
class PlaceResolutionRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 28);

  @Test
  void aCompassRegionIsTheArticlesCountrysRegion() {
    // compass-region: the gazetteer's "North East" is Botswana's; the article's other places are English towns
    String text = "Ballot packs go astray in the North East\n\nAbout 200 homes in the North East have not received their"
        + " ballot packs, officials at Sunderland council said on Monday.\n\nStaff in Leeds and Gateshead are checking"
        + " the delivery rounds.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "About 200").place()).contains("@GB").doesNotContain("@BW");
  }

  @Test
  void aCompassRegionOfTheGazetteersCountryKeepsItsDivision() {
    // compass-region: in a report from Botswana, its North East district is the gazetteer's division
    String text = "Floods in Botswana's North East\n\nFloods in the North East district of Botswana have displaced about"
        + " 3,000 people, officials in Gaborone said on Monday.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "about 3,000").place()).contains("@BW");
  }

  @Test
  void aCountyWrittenBeforeItsNameIsNoCityAbroad() {
    // county-first: "County Durham" is an English county, not Durham in North Carolina
    String text = "Storm cuts power in England\n\nA storm left 4,000 homes without power across England on Sunday.\n\n"
        + "About 900 of them are in County Durham, the network operator said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "About 900").place()).doesNotContain("@US");
  }

  @Test
  void theArticlesCountryIsTheOneMostNamesResolveTo() {
    assertThat(HomeCountries.vote(Map.of("sunderland", "GB", "leeds", "GB", "durham", "US"))).isEqualTo("GB");
    assertThat(HomeCountries.vote(Map.of("sunderland", "GB", "durham", "US"))).isNull();
    assertThat(HomeCountries.vote(Map.of())).isNull();
  }
}
