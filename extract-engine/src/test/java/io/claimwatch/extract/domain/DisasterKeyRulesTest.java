package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keys of disaster reports, each on copy like the news it was written for: one measure in several units is one
 * measure (keys/unit-measures.txt), a hospital's patients and the service members of a force are counted apart from
 * people at large (keys/kinds.txt).
 */
class DisasterKeyRulesTest {

  @Test
  void anAreaInAcresSquareMilesOrHectaresIsOneMeasure() {
    // unit-measures: "239,000 acres" and "373 square miles" are the same area burned, keyed km2 both
    String text = "Park Fire grows into one of California's largest\n\nThe Park Fire has burned more than 239,000 acres,"
        + " or about 373 square miles, officials said on Saturday.\n"
        + "Across the border in Alberta, a fire has scorched 156,000 hectares.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 27));
    ClaimKey acres = key(cs, "239,000");
    ClaimKey miles = key(cs, "373");
    assertThat(acres.unit()).isEqualTo("km2");
    assertThat(miles.unit()).isEqualTo("km2");
    assertThat(miles.measure()).isEqualTo(acres.measure()).isEqualTo("area/burn");
    assertThat(key(cs, "156,000").unit()).isEqualTo("km2");
    assertThat(cs.stream().filter(c -> c.numberText().contains("373")).findFirst().orElseThrow().unit())
        .as("the claim keeps the unit it was written in").isEqualTo("mi2");
  }

  @Test
  void aVolumeInGallonsOrLitresIsOneMeasure() {
    // unit-measures: "1.2 million U.S. gallons" and "4.5 million litres" of one leak, keyed in litres both
    String text = "Pipeline leak fouls river\n\nAbout 1.2 million U.S. gallons of crude leaked from the line, or 4.5 million"
        + " litres, the operator said on Monday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2013, 7, 8));
    assertThat(key(cs, "1.2 million").unit()).isEqualTo("l");
    assertThat(key(cs, "4.5 million").unit()).isEqualTo("l");
    assertThat(cs.stream().filter(c -> c.numberText().contains("1.2 million")).findFirst().orElseThrow().unit())
        .as("the claim keeps the unit it was written in").isEqualTo("gal");
  }

  @Test
  void aMassInTonnesTonsOrMetricTonsIsOneMeasure() {
    // mass-one-kind, units.txt: "metric tons" is a unit (t), and tonnes, tons and metric tons one measure; "metric" is no
    // kind of its own
    String text = "Smelter output falls\n\nThe smelter produced 410,000 tonnes of aluminium last year, the company said on"
        + " Tuesday. Its plant has a capacity of 450,000 metric tonnes a year.\n\nRivals shipped 1.1 million metric tons,"
        + " and one sold 300,000 tons.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2013, 3, 5));
    assertThat(cs.stream().filter(c -> c.numberText().contains("1.1 million")).findFirst().orElseThrow().unit()).isEqualTo("t");
    assertThat(key(cs, "450,000").measure()).isEqualTo("mass");
    assertThat(key(cs, "1.1 million").measure()).isEqualTo("mass");
    assertThat(key(cs, "300,000").measure()).isEqualTo("mass");
    assertThat(key(cs, "410,000").measure()).as("tonnes of a commodity are keyed by what they count").isEqualTo("aluminium");
  }

  @Test
  void aSpeedOrARainfallInEitherUnitIsOneMeasure() {
    // kinds speed and length, unit-measures: "145 kph" and "90 mph" are one storm's winds, keyed km/h (not a distance
    // between places); "150 mm" and "6 inches" one rainfall, keyed mm
    String text = "Typhoon slams into the coast\n\nThe typhoon made landfall on Thursday with sustained winds of 145 kph,"
        + " the weather bureau said.\n\nForecasters had warned of winds of 90 mph. Some mountain towns recorded 150 mm of"
        + " rain in a day, and gusts reached 180 kilometers per hour.\n\nA fishing port to the south recorded 6 inches of"
        + " rain.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 26));
    ClaimKey kph = key(cs, "145");
    assertThat(kph.measure()).isEqualTo("speed");
    assertThat(kph.unit()).isEqualTo("km/h");
    assertThat(key(cs, "90").unit()).isEqualTo("km/h");
    assertThat(key(cs, "90").measure()).isEqualTo("speed");
    assertThat(key(cs, "180").measure()).isEqualTo("speed");
    assertThat(key(cs, "150").unit()).isEqualTo("mm");
    assertThat(key(cs, "150").measure()).isEqualTo("length");
    assertThat(key(cs, "6").unit()).isEqualTo("mm");
    assertThat(key(cs, "6").measure()).isEqualTo("length");
  }

  @Test
  void aHospitalsPatientsAreCountedApartFromTheToll() {
    // kinds: patient, as soldier: "73 patients have been brought in" is no count of the landslides' dead
    String text = "Landslides kill dozens in Kerala\n\nAt least 93 people have been killed by landslides in Wayanad, Kerala.\n"
        + "So far 73 patients have been brought in to the district hospital, a doctor said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 31));
    assertThat(key(cs, "93").kind()).isEqualTo("person");
    assertThat(key(cs, "73").kind()).isEqualTo("patient");
  }

  @Test
  void serviceMembersAreSoldiers() {
    // kinds: "service members" are counted as soldiers are ("Three US troops killed" and "three service members
    // were killed" are one count)
    String text = "Three US troops killed in drone attack in Jordan\n\nThree service members were killed and more than"
        + " 30 service members were injured in a drone attack on a base in Jordan, officials said on Sunday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 1, 28));
    assertThat(key(cs, "Three").measure()).isEqualTo("soldier/kill");
    assertThat(key(cs, "30").measure()).isEqualTo("soldier/injure");
  }

  @Test
  void aSentenceThatRefersToTheBlazeTakesTheFireNamedJustBeforeIt() {
    // FrameReader: "the so-called Erskine fire" names a fire ("fire" in lower case, the name no region's);
    // Continuations: "the blaze" two sentences later is that fire, not the Border Fire the lead named
    String text = "Two bodies found in area burned by California wildfire\n\nTwo bodies were found on Wednesday in a rural"
        + " area of San Diego County as flames from the so-called Border Fire approached, officials said.\n\n"
        + "In central California, crews had cut containment lines around 70 percent of the so-called Erskine fire,"
        + " fire managers said.\n\nA major highway through the area had been reopened, authorities said.\n\n"
        + "On Wednesday, some 1,300 firefighters were battling the blaze that has burned about 47,000 acres.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 6, 30));
    assertThat(key(cs, "Two").eventName()).isEqualTo("border fire");
    assertThat(key(cs, "70").eventName()).isEqualTo("erskine fire");
    assertThat(key(cs, "47,000").eventName()).isEqualTo("erskine fire");
    assertThat(key(cs, "1,300").eventName()).isEqualTo("erskine fire");
  }

  @Test
  void aRegionsFireIsNoName() {
    // "the Oregon fire", "the Kern County fire": a region's fire, the name the article gave stays
    String text = "Durkee Fire grows in Oregon\n\nThe Durkee Fire has burned more than 288,000 acres near the state line,"
        + " officials said.\n\nThe Oregon fire is 20% contained, officials said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 26));
    assertThat(key(cs, "20").eventName()).isEqualTo("durkee fire");
  }

  @Test
  void aRankingsPlacesAreTheFiguresPlaces() {
    // ranked-with: "followed by Oklahoma with 90, Kansas with 45 and Missouri with 25": each state's deaths are keyed
    // to that state, apart from one another and from the storm's whole toll
    String text = "Storm kills 310 in the central United States\n\nThe storm killed 310 people across the central United"
        + " States, officials said on Friday.\n\nTexas counted the most dead, followed by Oklahoma with 90, Kansas with 45"
        + " and Missouri with 25, the weather service said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 5, 3));
    assertThat(key(cs, "90").place()).containsIgnoringCase("US.OK");
    assertThat(key(cs, "45").place()).containsIgnoringCase("US.KS");
    assertThat(key(cs, "25").place()).containsIgnoringCase("US.MO");
    assertThat(key(cs, "310").place()).doesNotContainIgnoringCase("US.OK");
  }

  @Test
  void aFactBoxLinesPlaceIsTheFiguresPlace() {
    // list-line-head: "Oaxaca 310 dead, 1,200 injured" under a heading: the line's place is each figure's, apart from
    // the whole toll and from the other lines
    String text = "Quake kills 520 in southern Mexico\n\nThe earthquake killed 520 people in southern Mexico, officials"
        + " said on Friday.\n\nHARDEST-HIT STATES:\n\nOaxaca 310 dead, 1,200 injured\n\nChiapas 150 dead, 640 injured\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 5, 3));
    assertThat(key(cs, "310").place()).containsIgnoringCase("MX.");
    assertThat(key(cs, "1,200").place()).isEqualTo(key(cs, "310").place());
    assertThat(key(cs, "150").place()).containsIgnoringCase("MX.").isNotEqualTo(key(cs, "310").place());
    assertThat(key(cs, "520").place()).isNotEqualTo(key(cs, "310").place());
  }

  @Test
  void barrelsOfOilAndABarrelSpillAreOneMeasure() {
    // unit-own-substance (keys/unit-substances.txt): barrels of oil, of crude oil, of heavy crude, and a spill hyphened to
    // its barrels are one measure, keyed "barrel"; barrels of another substance still key by it. barrel-per-day-singular
    // (keys/rates.txt): "barrel-per-day" and "barrel per day" are the rate bpd is
    String text = "Oil spill shuts pipeline\n\nThe 160,000 barrel-per-day (bpd) pipeline was shut after a leak spilled"
        + " 1,900 barrels of crude oil, the company said on Monday. A 2,400-barrel spill in 2011 sent 1,000 barrels of oil"
        + " into a river, and 800 barrels of heavy Canadian crude reached a lake. The firm's 502,000 barrel per day refinery"
        + " holds 300,000 barrels of gasoline.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2012, 4, 30));
    assertThat(key(cs, "1,900").kind()).isEqualTo("barrel");
    assertThat(key(cs, "2,400").kind()).isEqualTo("barrel");
    assertThat(key(cs, "1,000").kind()).isEqualTo("barrel");
    assertThat(key(cs, "800").kind()).isEqualTo("barrel");
    assertThat(key(cs, "300,000").kind()).isEqualTo("gasoline");
    assertThat(key(cs, "160,000").unit()).isEqualTo("barrel/day");
    assertThat(key(cs, "502,000").unit()).isEqualTo("barrel/day");
  }
}
