package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure's conversion in brackets (NumberRule.CONVERSION): a claim of its own, told of what its measure is. */
class ConversionRulesTest {

  @Test
  void aMeasuresConversionInBracketsIsToldOfWhatTheMeasureIs() {
    // conversion-of-measure: the measure's counted phrase in the conversion's unit, its hedge, claimant, dates and key
    String text = "Ferry runs aground\n\nA ferry ran aground on Monday about 30 kilometers (19 miles) north of the port of Varna,"
        + " the coastguard said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 22));
    ExtractedClaim km = claim(cs, "30"), mi = claim(cs, "19");
    assertThat(mi.hedge()).isEqualTo(Hedge.APPROXIMATE);
    assertThat(mi.counted()).isEqualTo(km.counted().replace("kilometers", "miles")).startsWith("miles");
    assertThat(mi.claimant()).isEqualTo(km.claimant()).isNotNull();
    assertThat(mi.eventStart()).isEqualTo(km.eventStart());
    assertThat(key(cs, "19")).isEqualTo(key(cs, "30"));
  }

  @Test
  void aMeasureOfASubstanceKeysItsConversionPastTheOf() {
    // conversion-of-noun: "of" and one or two words of what is measured between a measure and its bracket
    String text = "New leak at offshore field\n\nThe leak spilled about 1,600 liters of oil (14 barrels) into the sea on"
        + " Saturday, the regulator said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2012, 3, 31));
    assertThat(key(cs, "14")).isEqualTo(key(cs, "1,600"));
    assertThat(claim(cs, "14").hedge()).isEqualTo(Hedge.APPROXIMATE);
  }

  @Test
  void aHyphenedMeasureSwapsItsUnitsName() {
    // "52-foot-long" is counted in "feet": the conversion's phrase names meters in its place, not "meter feet"
    String text = "Pipeline stays shut\n\nThe 52-foot-long (15.8 meter) damaged pipeline piece was shipped to a laboratory,"
        + " the company said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2013, 5, 1));
    assertThat(claim(cs, "15.8").counted()).doesNotContain("feet").contains("meter");
  }

  @Test
  void aConversionWithAHedgeOfItsOwnKeepsIt() {
    String text = "Lake levels fall\n\nThe lake has dropped by more than 2 meters (about 7 feet) since May, the water board said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 8, 2));
    assertThat(claim(cs, "7").hedge()).isEqualTo(Hedge.APPROXIMATE);
    assertThat(claim(cs, "2 meters").hedge()).isEqualTo(Hedge.MORE_THAN);
  }

  @Test
  void aWireAbbreviationOfKilometersIsTheUnit() {
    // "kms" is kilometres (lexicon/units.txt): the conversion is told of what its miles are, with their hedge
    String text = "Flood warning\n\nThe river burst its banks about 60 miles (97 kms) south of the city, police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 3, 4));
    ExtractedClaim km = claim(cs, "97");
    assertThat(km.unit()).isEqualTo("km");
    assertThat(km.hedge()).isEqualTo(Hedge.APPROXIMATE);
    assertThat(km.counted()).isEqualTo(claim(cs, "60").counted().replace("miles", "kms")).startsWith("kms");
  }

  @Test
  void aDistanceInKmsConvertsItsMiles() {
    // "kms", the wire stories' plural of km, is a unit: the bracket restates the miles and takes their key
    String text = "Villagers block a dam road\n\nAbout 200 villagers blocked the road to the Tarn dam, about 80 miles (130 kms)"
        + " from the capital, on Tuesday, police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 9, 3));
    assertThat(claim(cs, "130").unit()).isEqualTo("km");
    assertThat(claim(cs, "130").counted()).startsWith("kms");
    assertThat(key(cs, "130")).isEqualTo(key(cs, "80 miles"));
  }

  @Test
  void aSumsConversionIsToldOfWhatTheSumIs() {
    // conversion-of-sum: the sum's counted phrase with its currency named as the conversion's, written after the figure
    // ("Egyptian pounds") or named in the phrase ("(US dollars)"), its claimant, dates and key; a sum that counts only its
    // currency leaves the conversion its own phrase
    String text = "Court fines activists\n\nA court in Cairo on Sunday ordered the group to pay 1 million Egyptian pounds ($56,270)"
        + " to a judge, its lawyer said.\n\nThe steel mill was sold in 2004 for $800m (£424m), the ministry said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 22));
    ExtractedClaim egp = claim(cs, "1 million"), usd = claim(cs, "56,270");
    assertThat(usd.counted()).isEqualTo(egp.counted().replace("Egyptian pounds", "US dollars")).contains("US dollars");
    assertThat(usd.claimant()).isEqualTo(egp.claimant());
    assertThat(usd.eventStart()).isEqualTo(egp.eventStart());
    assertThat(key(cs, "56,270")).isEqualTo(key(cs, "1 million"));
    ExtractedClaim gbp = claim(cs, "424");
    assertThat(gbp.counted()).isEqualTo(claim(cs, "800").counted().replace("US dollars", "pounds sterling"));
  }

  @Test
  void aSumThatCountsOnlyItsCurrencyLeavesTheConversionItsOwnPhrase() {
    assertThat(Conversions.sumCounted(sum("euros", "EUR", "17 billion euros"), sum("US dollars", "USD", "$21 billion"), "",
        io.claimwatch.extract.domain.Lexicon.get())).isNull();
    assertThat(Conversions.sumCounted(sum("pounds cost in walkouts", "lb", "43 million pounds"), sum("US dollars", "USD", "$62 million"),
        "", io.claimwatch.extract.domain.Lexicon.get())).isEqualTo("US dollars cost in walkouts");
  }

  private static ExtractedClaim sum(String counted, String unit, String numberText) {
    return new ExtractedClaim(numberText, 0, numberText.length(), null, null, Hedge.EXACT, unit, numberText, counted, null, null, null,
        null, null, null, false, List.of());
  }

  private static ExtractedClaim claim(List<ExtractedClaim> cs, String number) {
    return cs.stream().filter(c -> c.numberText().contains(number)).findFirst().orElseThrow(() -> new AssertionError(number + " in " + cs));
  }
}
