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
  void aPlaceThatOpensAPersonsOrAFirmsNameIsNoPlace() {
    // place-in-a-name: "Paul" is a Cape Verdean district and "Best" a Dutch town in the gazetteer; in a report whose other
    // places are American they open a name ("Senator Paul Wexley", "a sale at Best Buy"), not the event's place
    String text = "Senator faces audit in Ohio\n\nAuditors in Columbus said on Monday that Senator Paul Wexley spent $90,000"
        + " in campaign funds on furniture.\n\nThe records also list $4,000 spent at Best Buy in Dayton, Ohio.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "$90,000").place()).contains("@US").doesNotContain("@CV");
    assertThat(key(cs, "$4,000").place()).doesNotContain("@NL");
  }

  @Test
  void aPlaceOfTheArticlesOwnCountryBeforeANameStaysAPlace() {
    // place-in-a-name: only a place of a country the article's other places are not in; "Texas Governor" stays Texas
    String text = "Floods in Texas\n\nFloods in Houston displaced 3,000 people on Sunday, Texas Governor Dan Morrow said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "3,000").place()).contains("@US.TX");
  }

  @Test
  void godIsNoPlace() {
    // keys/not-place-names.txt: "to God" is no town of Hungary's
    String text = "Mayor wins re-election in Ohio\n\nMayor Ann Kole won 61 percent of the vote in Dayton on Tuesday."
        + " \"I give thanks to God,\" she said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "61 percent").place()).doesNotContain("@HU");
  }

  @Test
  void aSentencesDivisionIsItsFiguresPlaceWhereTheArticleNamesNone() {
    // unplaced-frame-division: the lead names no place; Wales and Scotland are two divisions (keys/countries.txt no
    // longer makes them the country), so their figures are two places', not one country's
    String text = "Party plans fewer seats\n\nThe party would cut the number of seats, its leader said on Sunday.\n\n"
        + "The average seat had 71,000 voters. In Wales it was just over 56,000 and in Scotland 69,000.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "56,000").place()).containsIgnoringCase("gb.wls");
    assertThat(key(cs, "69,000").place()).containsIgnoringCase("gb.sct");
    // unplaced-frame-division: an article placed nowhere keys the sentence's division, not only its country
    Places wales = new Places(java.util.Set.of("GB"), java.util.Set.of("GB.WLS"), java.util.Set.of());
    assertThat(Places.NONE.withScope(wales).divisions()).containsExactly("GB.WLS");
    assertThat(new Places(java.util.Set.of("GB"), java.util.Set.of(), java.util.Set.of()).withScope(wales).divisions()).isEmpty();
  }

  @Test
  void theArticlesCountryIsTheOneMostNamesResolveTo() {
    assertThat(HomeCountries.vote(Map.of("sunderland", "GB", "leeds", "GB", "durham", "US"))).isEqualTo("GB");
    assertThat(HomeCountries.vote(Map.of("sunderland", "GB", "durham", "US"))).isNull();
    assertThat(HomeCountries.vote(Map.of())).isNull();
  }

  @Test
  void aDivisionOutranksOnlyItsOwnCitiesOfTheSameName() {
    // tools/gazetteer/build.py: "Quebec" is the province before its city; "Santiago" is Chile's capital before the
    // Dominican province of that name, and "Manchester" England's city before a parish of Jamaica
    Gazetteer g = Gazetteer.get();
    assertThat(g.lookup("Quebec").division()).isEqualTo("CA.10");
    assertThat(g.lookup("Santiago").country()).isEqualTo("CL");
    assertThat(g.lookup("Manchester").country()).isEqualTo("GB");
    assertThat(g.lookup("Gaza").country()).isEqualTo("PS");
  }

  @Test
  void aCityThenAnotherCountrysDivisionIsATownOfThatDivision() {
    // city-then-division: the gazetteer knows York as the English city; "York, Pennsylvania" is the American town
    String text = "Union workers strike at motorcycle plant\n\nAbout 2,800 union workers walked off the job on Friday at the"
        + " company's plant in York, Pennsylvania, after their contract expired.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "About 2,800").place()).contains("@US.PA").doesNotContain("@GB");
  }

  @Test
  void aCityBeforeAListOfDivisionsKeepsItsOwnPlace() {
    // city-then-division: "Oklahoma" after "Dallas," opens a list of states, not Dallas's state
    String text = "Storms hit the Plains\n\nStorms killed 12 people in Dallas, Oklahoma and Kansas on Sunday, officials said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "12").place()).contains("@US.TX");
  }
}
