package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupAssignerTest {

  private final GroupAssigner assigner = new GroupAssigner();
  private final InMemoryGroupIndex index = new InMemoryGroupIndex();
  private int next;

  private Claim claim(QuantityKey key, String low, String high, Hedge hedge) {
    String id = "c" + next++;
    return new Claim(id, "a", 0, "quote", 0, 1, low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high),
        hedge, "", "", "counted", null, null, null, null, Modality.ASSERTED, null, "t", null, null, "", key, null);
  }

  private String group(QuantityKey key, String value) {
    return assigner.assign(List.of(claim(key, value, value, Hedge.EXACT)), index).get(0).groupId();
  }

  /** A toll (person/kill) of an event of this kind, at this place, in the window [from, to]. */
  private static QuantityKey killed(String cause, String place, String name, String from, String to) {
    return new QuantityKey("person", "kill", "", "", cause, place, name,
        from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  @Test
  void reportsOfOneTollOverDaysShareAGroup() {
    String first = group(killed("flood", "@LY derna", "", "2023-09-07", "2023-09-13"), "2000");
    assertThat(group(killed("flood", "@LY", "", "2023-09-08", "2023-09-14"), "5300")).as("eastern Libya, days later").isEqualTo(first);
    assertThat(group(killed("flood", "", "", "2023-08-01", "2023-09-20"), "3800")).as("no place, no date: open").isEqualTo(first);
  }

  @Test
  void eventsApartInTimeNeverShareAGroupWhateverTheirWords() {
    String bombings = group(killed("bombing", "@KE @TZ", "", "1998-01-01", "1998-12-31"), "224");
    assertThat(group(killed("bombing", "@KE @TZ", "", "2023-02-01", "2023-02-10"), "224")).isNotEqualTo(bombings);
    String agadir = group(killed("earthquake", "@MA agadir", "", "1960-02-26", "1960-03-04"), "12000");
    assertThat(group(killed("earthquake", "@MA", "", "2023-09-05", "2023-09-11"), "2900")).isNotEqualTo(agadir);
  }

  @Test
  void eventsInPlacesThatDoNotMeetAreDifferentGroups() {
    String morocco = group(killed("earthquake", "@MA", "", "2023-09-05", "2023-09-11"), "2900");
    assertThat(group(killed("earthquake", "@AF @AF.11", "", "2023-09-01", "2023-10-15"), "2400")).as("Herat").isNotEqualTo(morocco);
    String texas = group(killed("flood", "@US @US.TX", "", "2016-05-26", "2016-07-30"), "16");
    assertThat(group(killed("flood", "@US @US.WV", "", "2016-06-23", "2016-08-22"), "23")).as("West Virginia").isNotEqualTo(texas);
    assertThat(group(killed("flood", "@US", "", "2016-06-01", "2016-06-05"), "12")).as("the country alone is open").isEqualTo(texas);
  }

  @Test
  void namedEventsOfAnotherNameAreDifferentGroups() {
    String erskine = group(killed("fire", "@US @US.CA", "erskine fire", "2016-06-20", "2016-08-25"), "2");
    assertThat(group(killed("fire", "@US @US.CA", "border fire", "2016-06-20", "2016-08-25"), "2")).isNotEqualTo(erskine);
    assertThat(group(killed("fire", "@US @US.CA", "", "2016-06-20", "2016-08-25"), "2")).as("unnamed: open").isEqualTo(erskine);
  }

  @Test
  void aQuantityOfAnotherMagnitudeOrKindOrPartyIsAnotherGroup() {
    QuantityKey russians = new QuantityKey("person", "capture", "RU", "");
    String total = group(russians, "971");
    assertThat(group(russians, "909")).isEqualTo(total);
    assertThat(group(russians, "102")).as("one day's capture").isNotEqualTo(total);
    assertThat(group(new QuantityKey("person", "capture", "UA", ""), "900")).as("the other side").isNotEqualTo(total);
    assertThat(group(new QuantityKey("person", "kill", "RU", ""), "950")).as("another measure").isNotEqualTo(total);
  }

  @Test
  void aGroupsWindowNarrowsAsReportsDateTheEvent() {
    QuantityKey undated = killed("earthquake", "@EC", "", "2016-03-03", "2016-04-18");
    QuantityKey dated = killed("earthquake", "@EC", "", "2016-04-13", "2016-04-19");
    assertThat(undated.refine(dated).earliest()).isEqualTo(LocalDate.parse("2016-04-13"));
    assertThat(undated.refine(dated).latest()).isEqualTo(LocalDate.parse("2016-04-18"));
  }

  @Test
  void aClaimWithNoNumberAboveZeroOrNothingToGroupByStaysAlone() {
    assertThat(assigner.assign(List.of(claim(new QuantityKey("", "", "", ""), "5", "5", Hedge.EXACT)), index).get(0).groupId()).isNull();
    assertThat(assigner.assign(List.of(claim(killed("", "", "", null, null), "0", "0", Hedge.EXACT)), index).get(0).groupId()).isNull();
    assertThat(assigner.assign(List.of(claim(null, "5", "5", Hedge.EXACT)), index).get(0).groupId()).as("no key").isNull();
  }

  @Test
  void aVagueFigureReachesFromTheTopOfItsRangeAndFromItsMeanBelow() {
    // vague-extent: "tens of thousands fled" the first day, 120,000 a week later: one count as it rose
    QuantityKey fled = new QuantityKey("person", "displace", "", "", "flood", "@PK @PK.05", "",
        LocalDate.parse("2022-08-20"), LocalDate.parse("2022-09-20"));
    String vague = assigner.assign(List.of(claim(fled, "20000", "99999", Hedge.VAGUE)), index).get(0).groupId();
    assertThat(group(fled, "60000")).as("a figure its range holds").isEqualTo(vague);
    assertThat(group(fled, "800000")).as("within reach of the range's top (8 times 99,999)").isEqualTo(vague);
    // below, the reach starts from the range's mean: "hundreds" is not said of a dozen
    QuantityKey trapped = new QuantityKey("person", "trap", "", "", "earthquake", "@NP", "",
        LocalDate.parse("2015-04-20"), LocalDate.parse("2015-05-05"));
    String hundreds = assigner.assign(List.of(claim(trapped, "200", "999", Hedge.VAGUE)), index).get(0).groupId();
    assertThat(group(trapped, "600")).isEqualTo(hundreds);
    assertThat(group(trapped, "30")).as("15 times below its mean 447").isNotEqualTo(hundreds);
    assertThat(GroupAssigner.extent(claim(trapped, "200", "999", Hedge.RANGE), List.of()).get()).as("a stated range: its mean")
        .containsExactly(Math.sqrt(200 * 999.0), Math.sqrt(200 * 999.0));
    // a count that does not climb (a country's strikers, not pinned to a sudden disaster): its mean, as any range
    QuantityKey strikers = new QuantityKey("person", "strike", "", "");
    String thousands = assigner.assign(List.of(claim(strikers, "2000", "9999", Hedge.VAGUE)), index).get(0).groupId();
    assertThat(group(strikers, "25000")).as("5.6 times its mean 4,472, past the default reach").isNotEqualTo(thousands);
    // beside a figure of its measure in its article, a vague figure is a part: "tens of thousands" in the capital
    Claim capital = claim(fled, "20000", "99999", Hedge.VAGUE);
    Claim country = claim(fled, "600000", null, Hedge.MORE_THAN);
    assertThat(GroupAssigner.extent(capital, List.of(capital, country)).get()[1]).isCloseTo(Math.sqrt(20000 * 99999.0),
        org.assertj.core.data.Offset.offset(1e-6));
    // of the measure also when one kind is open: "thousands" in need of shelter beside 60,000 children in need
    QuantityKey inNeed = new QuantityKey("", "need", "", "", "storm", "@PK", "", LocalDate.parse("2022-08-20"),
        LocalDate.parse("2022-09-20"));
    QuantityKey childrenInNeed = new QuantityKey("person", "need", "", "", "storm", "@PK", "", LocalDate.parse("2022-08-20"),
        LocalDate.parse("2022-09-20"));
    Claim shelter = claim(inNeed, "2000", "9999", Hedge.VAGUE);
    assertThat(GroupAssigner.extent(shelter, List.of(shelter, claim(childrenInNeed, "60000", "60000", Hedge.APPROXIMATE)))
        .get()[1]).isCloseTo(Math.sqrt(2000 * 9999.0), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(GroupAssigner.extent(shelter, List.of(shelter)).get()[1]).as("alone, to its top").isEqualTo(9999.0);
  }

  @Test
  void theRepresentativeValueOfARangeIsItsGeometricMean() {
    assertThat(GroupAssigner.representative(claim(null, "200", "999", Hedge.VAGUE))).hasValueSatisfying(
        v -> assertThat(v).isCloseTo(Math.sqrt(200 * 999.0), org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(GroupAssigner.representative(claim(null, null, "1000", Hedge.NEARLY))).contains(1000.0);
  }

  @Test
  void anAreaWrittenInAcresSquareMilesOrHectaresIsComparedInOneUnit() {
    // the extractor keys all four under km2 (keys/unit-measures.txt); grouping/unit-scales.txt scales each figure
    QuantityKey area = new QuantityKey("area", "burn", "", "km2", "fire", "@US @US.CA", "park fire",
        LocalDate.parse("2024-06-24"), LocalDate.parse("2024-08-24"));
    String acres = assigner.assign(List.of(inUnit(area, "239000", "acre")), index).get(0).groupId();
    assertThat(assigner.assign(List.of(inUnit(area, "373", "mi2")), index).get(0).groupId()).as("373 square miles").isEqualTo(acres);
    assertThat(assigner.assign(List.of(inUnit(area, "96700", "ha")), index).get(0).groupId()).as("96,700 hectares").isEqualTo(acres);
    assertThat(assigner.assign(List.of(inUnit(area, "373", "acre")), index).get(0).groupId()).as("373 acres").isNotEqualTo(acres);
    assertThat(GroupAssigner.value(inUnit(area, "100", "ha"))).hasValueSatisfying(
        v -> assertThat(v).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void aSpeedOrARainfallWrittenInEitherUnitIsComparedInOneUnit() {
    // the extractor keys mph and knots under km/h, inches and cm under mm (keys/unit-measures.txt); grouping/unit-scales.txt
    // scales each figure
    QuantityKey winds = new QuantityKey("speed", "", "", "km/h", "storm", "@TW", "typhoon", LocalDate.parse("2024-07-01"),
        LocalDate.parse("2024-07-31"));
    String kph = assigner.assign(List.of(inUnit(winds, "160", "km/h")), index).get(0).groupId();
    assertThat(assigner.assign(List.of(inUnit(winds, "100", "mph")), index).get(0).groupId()).as("100 mph").isEqualTo(kph);
    // kind-reach: gusts of 230 kph are another reading of the storm's winds, not an update of 160 (a storm's reach is 10)
    assertThat(assigner.assign(List.of(inUnit(winds, "230", "km/h")), index).get(0).groupId()).as("230 kph").isNotEqualTo(kph);
    QuantityKey rain = new QuantityKey("length", "", "", "mm", "flood", "@IN @IN.13", "", LocalDate.parse("2024-07-01"),
        LocalDate.parse("2024-07-31"));
    String mm = assigner.assign(List.of(inUnit(rain, "250", "mm")), index).get(0).groupId();
    assertThat(assigner.assign(List.of(inUnit(rain, "10", "in")), index).get(0).groupId()).as("10 inches").isEqualTo(mm);
    assertThat(GroupAssigner.value(inUnit(rain, "2", "in"))).hasValueSatisfying(
        v -> assertThat(v).isCloseTo(50.8, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void aFiresAreaBurnedReachesFurtherThanItsToll() {
    // event-reach (grouping/event-reach.txt): a pinned fire's area burned grows a hundredfold in days: 26.5 km2 on its
    // first day and 1,560 km2 a week later are one quantity; its toll keeps a fire's reach (10), and so does a
    // period's total ("#period": a state's area burned this year)
    QuantityKey burned = new QuantityKey("area", "burn", "", "km2", "fire", "@CA @CA.01", "", LocalDate.parse("2016-05-01"),
        LocalDate.parse("2016-05-31"));
    String first = assigner.assign(List.of(inUnit(burned, "2650", "ha")), index).get(0).groupId();
    assertThat(assigner.assign(List.of(inUnit(burned, "156000", "ha")), index).get(0).groupId()).as("156,000 ha").isEqualTo(first);
    QuantityKey killed = new QuantityKey("person", "kill", "", "", "fire", "@CA @CA.01", "", LocalDate.parse("2016-05-01"),
        LocalDate.parse("2016-05-31"));
    String two = assigner.assign(List.of(inUnit(killed, "2", "")), index).get(0).groupId();
    assertThat(assigner.assign(List.of(inUnit(killed, "60", "")), index).get(0).groupId()).as("60 killed").isNotEqualTo(two);
    QuantityKey period = new QuantityKey("area", "burn", "", "km2", "fire", "#period @US @US.CA", "", LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-12-31"));
    String state = assigner.assign(List.of(inUnit(period, "1400", "km2")), index).get(0).groupId();
    assertThat(assigner.assign(List.of(inUnit(period, "17000", "km2")), index).get(0).groupId()).as("17,000 km2").isNotEqualTo(state);
  }

  @Test
  void aSumAndItsConversionInBracketsAreComparedInOneScale() {
    // conversion-key: the extractor keys "(about $27,000)" with the sum it converts, "25,000 euros" (one key unit);
    // grouping/unit-scales.txt compares money in US dollars, so the two join one group, and sums of one currency keep
    // their ratios: 2,500 euros is another fee
    QuantityKey fee = new QuantityKey("", "fee", "", "EUR", "", "@FR", "", LocalDate.parse("2024-05-01"),
        LocalDate.parse("2024-07-31"));
    String euros = assigner.assign(List.of(inUnit(fee, "25000", "EUR")), index).get(0).groupId();
    assertThat(assigner.assign(List.of(inUnit(fee, "27000", "USD")), index).get(0).groupId()).as("$27,000").isEqualTo(euros);
    assertThat(assigner.assign(List.of(inUnit(fee, "2500", "EUR")), index).get(0).groupId()).as("2,500 euros").isNotEqualTo(euros);
  }

  private Claim inUnit(QuantityKey key, String value, String unit) {
    return new Claim("c" + next++, "a", 0, "quote", 0, 1, new BigDecimal(value), new BigDecimal(value), Hedge.EXACT, unit, value,
        "counted", null, null, null, null, Modality.ASSERTED, null, "t", null, null, "", key, null);
  }
}
