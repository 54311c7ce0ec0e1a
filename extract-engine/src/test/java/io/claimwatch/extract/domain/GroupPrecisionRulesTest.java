package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys that keep apart counts of different quantities that an earlier key let meet (grouping precision), each rule
 * on copy like the news it was written for.
 */
class GroupPrecisionRulesTest {

  @Test
  void victimsNationalitiesAreNotTheEventsPlaces() {
    // people-of-a-country (PlaceFinder, keys/nationality-nouns.txt): "two US citizens", "Vietnamese Americans",
    // "Vietnamese nationals" are the victims' countries, not where they died: the toll is Bangkok's alone
    String text = "Six found dead in Bangkok hotel room, including two US citizens\n\n"
        + "Six people, including two Vietnamese Americans, have been found dead inside a hotel room in central Bangkok,"
        + " police said on Tuesday.\n\nThe other four are Vietnamese nationals, police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 16));
    assertThat(key(cs, "Six").place()).contains("@TH").doesNotContain("@US").doesNotContain("@VN");
  }

  @Test
  void aCountrysNameBeforeOtherNounsStaysAPlace() {
    // people-of-a-country reads only nouns of people: "Japanese officials" are the country's, and so is its quake
    String text = "Japanese officials say 41 killed in quake\n\nAt least 41 people were killed in the quake, officials"
        + " said on Friday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 4, 15));
    assertThat(key(cs, "41").place()).isEqualTo("@JP");
  }

  @Test
  void aDivisionNamedByACommonWordIsNoPlaceOnItsOwn() {
    // keys/not-place-names.txt: Papua New Guinea's "Gulf" province is not "the Gulf of Mexico" a storm came from
    String text = "Storm leaves millions without power in Texas\n\nThe hurricane blew ashore from the Gulf of Mexico on"
        + " Monday, causing widespread destruction and knocking out power to more than 2 million people.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 9));
    assertThat(key(cs, "2 million").place()).contains("@US").doesNotContain("@PG");
  }

  @Test
  void theInjuredInAStateAreAPartOfTheInjured() {
    // condition (KeyParts, keys/parts.txt): "two adults in critical condition" and "seriously injuring 19" are the
    // injured in a state, keyed by it, apart from the injured at large
    String text = "Knife attack at dance class\n\nNine people were injured in the attack on Monday, police said.\n\n"
        + "Two adults remain in a critical condition after being injured in the attack.\n\n"
        + "A hydrofoil hit a vessel on Friday, seriously injuring 19 people.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 30));
    assertThat(key(cs, "Nine").place()).doesNotContain("#");
    assertThat(key(cs, "Two").place()).contains("#critical");
    assertThat(key(cs, "19").place()).contains("#serious");
  }

  @Test
  void whatHappenedToAFigureIsTheVerbNearestBeforeIt() {
    // ClaimKeys: of the words of events before a figure in its clause, the nearest: "7 missing as fishing vessel
    // carrying 27 sinks" counts 27 aboard, not missing
    String text = "At least 6 dead, 7 missing as fishing vessel carrying 27 sinks off Falkland Islands\n\n"
        + "A fishing vessel sank on Monday east of the Falkland Islands, officials said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 23));
    assertThat(key(cs, "7").measure()).isEqualTo("person/missing");
    assertThat(key(cs, "27").event()).isEqualTo("aboard");
  }

  @Test
  void eachSidesTollIsItsOwnParty() {
    // keys/parties.txt with plural demonyms: "thousands of Iranians" and "Iraqi casualties" are two sides' tolls;
    // of two demonyms side by side the noun's names the party: "two Vietnamese Americans" are US citizens
    String text = "Iraq says thousands of Iranians killed\n\nIraq said today its troops had killed thousands of Iranians"
        + " in checking a new offensive, while Iran said 2,600 Iraqis had been killed or wounded.\n\n"
        + "Among the dead are two Vietnamese Americans, police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 4, 7));
    assertThat(key(cs, "2,600").party()).isEqualTo("IQ");
    assertThat(key(cs, "two").party()).isEqualTo("US");
  }

  @Test
  void chargesAreNoToll() {
    // keys/kinds.txt charge: "three counts of murder" counts charges, apart from the three killed
    String text = "Boy charged with murder of three girls in Southport attack\n\nThree girls were killed in the attack on"
        + " Monday.\n\nPolice said on Wednesday they charged a 17-year-old boy with three counts of murder.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 8, 1));
    assertThat(key(cs, "Three").kind()).isEqualTo("person");
    assertThat(cs.stream().filter(c -> c.counted() != null && c.counted().contains("counts")).findFirst().orElseThrow().key().kind())
        .isEqualTo("charge");
  }

  @Test
  void aShareEachSideOfADisputeNamesIsItsOwn() {
    // pay-role (KeyParts, keys/parts.txt): the rise sought, the rise offered and the rise settled for are three quantities
    String text = "Brazil seamen strike\n\nThe seamen are seeking a 275 pct pay rise and have rejected offers of up to 100 pct.\n\n"
        + "Some seamen have accepted pay offers of 120 pct from four private companies.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 19));
    assertThat(key(cs, "275").place()).contains("#demanded");
    assertThat(key(cs, "100").place()).contains("#offered");
    assertThat(key(cs, "120").place()).contains("#settled");
  }
}
