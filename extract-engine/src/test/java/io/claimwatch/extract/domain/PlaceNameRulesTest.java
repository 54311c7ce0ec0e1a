package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that hold a place's name but name something else ({@link PlaceNames}: name-head, saint-name, given-name), and
 * gunfire read as a shooting, not a fire (keys/causes.txt, shots-fired).
 */
class PlaceNameRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 8);

  @Test
  void aPlacesNameBeforeAStreetNounNamesAStreet() {
    // name-head: "Saratoga" is a California city; "Saratoga Avenue" in a Dayton story is a street of Dayton
    String text = "Shooting at a Dayton party\n\nDAYTON, Ohio - Four people were wounded late Saturday at a party on"
        + " Saratoga Avenue near Miller Park, police said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "Four").place()).contains("@US.OH").doesNotContain("@US.CA").doesNotContain("avenue");
  }

  @Test
  void aPlacesNameBeforeDayNamesAHoliday() {
    // name-head: "an Independence Day cookout" is no cookout in Independence, Missouri
    String text = "Shooting at an Akron cookout\n\nAKRON, Ohio - Five people were shot at an Independence Day cookout on"
        + " Sunday night, police said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "Five").place()).doesNotContain("@US.MO").doesNotContain("day");
  }

  @Test
  void shotsFiredNameAShootingNotAFire() {
    // shots-fired: a report of shots fired is of a shooting; the toll is the shooting's, not a fire's
    String text = "Police answer call of shots fired\n\nPolice responded to a report of shots fired on a street in Akron,"
        + " Ohio, early Sunday and found three people wounded.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "three").cause()).isNotEqualTo("fire");
  }

  @Test
  void aStatesNameBeforeAStreetNounStaysTheState() {
    // name-head: only a city's name; "the Oregon Highway Patrol" is the state's
    String text = "Crash closes road\n\nTwo people were killed in a crash on Sunday, the Oregon Highway Patrol said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "Two").place()).contains("@US.OR");
  }

  @Test
  void aCityAfterSaintNamesASaint() {
    // saint-name: "St. Lakeland's Hospital" is a saint's hospital, not Lakeland, Florida
    String text = "Shooting in Tulsa\n\nTULSA, Okla. - Three people were taken to St. Lakeland's Hospital after a shooting"
        + " on Sunday, police said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "Three").place()).contains("@US.OK").doesNotContain("@US.FL");
  }

  @Test
  void aDivisionBetweenATitleAndASurnameIsAGivenName() {
    // given-name: "Michael" is a Manx parish in the gazetteer; "Police Chief Michael Dunne" is a man
    String text = "Shooting at a park\n\nFour people were wounded at a park on Sunday, Police Chief Michael Dunne said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "Four").place()).doesNotContain("@IM");
  }
}
