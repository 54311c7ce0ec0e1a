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
 * continent before the country it describes (region-not-part); a region of several countries that the gazetteer knows
 * as a town (region-name, fresh-au) and a demonym that describes a person or a scam (demonym-of-a-person, fresh-af).
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
  void aUnitOfACompanyWithATickerIsNoPart() {
    // company-unit (fresh-au): "at Lufthansa Cargo" names a unit of the company the article gives with its ticker, not a
    // part of the strike's place: the pay rise demanded is one figure with another report's that names no unit
    String text = "FRANKFURT (Reuters) - Lufthansa ( LHAG.DE ) canceled close to 40 percent of its flights on Thursday as staff"
        + " went on strike.\n\nVerdi is demanding a 5.2 percent pay rise for 33,000 cabin crew and ground staff at Lufthansa"
        + " Cargo, Lufthansa Technik and Lufthansa Systems.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2014, 3, 20));
    assertThat(key(cs, "5.2").place()).doesNotContain("#lufthansa").doesNotContain("cargo");
    // an article that gives the name no ticker nor legal suffix keeps the unit as a part
    String other = text.replace(" ( LHAG.DE )", "");
    assertThat(key(all(other, LocalDate.of(2014, 3, 20)), "5.2").place()).contains("#lufthansa-cargo");
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

  @Test
  void aContinentIsNoNamesakeTown() {
    // region-name: "in Asia" is the continent, not the Philippine town the gazetteer knows as Asia (fresh-au's au20 keyed
    // Qantas's loss to @PH); "in the Sahel" is the region, not Burkina Faso's province
    String text = "SYDNEY (Reuters) - Qantas Airways plans to cut fares to win back passengers after its showdown with unions,"
        + " a newspaper said on Tuesday.\n\nBefore the grounding, Qantas said it had lost about A$70 million since September"
        + " owing to the industrial action in its dispute with three trade unions over pay and its plan to base more"
        + " operations in Asia.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2011, 11, 1));
    assertThat(key(cs, "A$70 million").place()).contains("@AU").doesNotContain("@PH");
    PlaceFinder places = new PlaceFinder(Gazetteer.get(), ConceptLexicon.load("/keys/not-place-names.txt"));
    String mali = "The attack was claimed by a rebel group along with the al Qaeda affiliate in the Sahel.";
    assertThat(places.find(mali, 0, mali.length(), false).countries()).isEmpty();
  }

  @Test
  void aDemonymOfAPersonOrAScamIsNoPlace() {
    // demonym-of-a-person: "a "Nigerian prince" scam", "a Nigerian man" describe by origin; the arrest is Louisiana's
    // (fresh-af's af08 and af09 keyed their counts @NG, apart from af08's own @US.LA); "Nigerian police", "the
    // Nigerian capital" keep the country
    String text = "A Louisiana man was arrested in connection with the \"Nigerian prince\" scheme that has scammed people"
        + " out of thousands of dollars, police announced Thursday.\n\nMichael Neu, 67, faces 269 counts of wire fraud,"
        + " police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2017, 12, 30));
    assertThat(key(cs, "269").place()).contains("@US").doesNotContain("@NG");
    String royalty = "The mastermind who claimed to be Nigerian royalty in an email scam has been arrested in Louisiana.\n\n"
        + "He has been charged with 269 counts of wire fraud and money laundering.\n";
    assertThat(key(all(royalty, LocalDate.of(2018, 1, 10)), "269").place()).contains("@US").doesNotContain("@NG");
    String police = "Nigerian police said 12 people were killed when gunmen attacked a village on Sunday.\n";
    assertThat(key(all(police, LocalDate.of(2018, 1, 10)), "12").place()).contains("@NG");
    String capital = "A bomb killed 12 people at a market in the Nigerian capital on Sunday, police said.\n";
    assertThat(key(all(capital, LocalDate.of(2018, 1, 10)), "12").place()).contains("@NG");
  }

  @Test
  void aFigureSpreadOverARegionIsTheRegions() {
    // region-figure: the monsoon's toll "across South Asia" is not Kerala's (fresh-b's b04-b06 met the landslides' toll
    // once "Asia" was no Philippine town); the landslides' own toll keeps India
    String text = "Landslides kill dozens in India\n\nLandslides triggered by torrential rain killed at least 93 people in"
        + " the southern Indian state of Kerala on Tuesday, officials said.\n\nHeavy flooding and mudslides have killed"
        + " hundreds and wrecked infrastructure across South Asia this monsoon season.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 30));
    assertThat(key(cs, "93").place()).contains("@IN");
    assertThat(key(cs, "hundreds").place()).contains("#region").contains("asia").doesNotContain("@IN");
  }
}
