package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityKeyTest {

  private static String place(String place) {
    return new QuantityKey("person", "kill", "", "", "", place, "", null, null).place();
  }

  @Test
  void placesAreKeptAsDistinctSortedSingleSpacedWords() {
    assertThat(place("russia kursk")).isEqualTo("kursk russia");
    assertThat(place("kursk  russia ")).isEqualTo("kursk russia");
    assertThat(place(" kursk kursk")).isEqualTo("kursk");
    assertThat(place("@UA @RU @RU.KRS")).isEqualTo("@RU @RU.KRS @UA");
    assertThat(place("kurs kursk")).isEqualTo("kurs kursk");
    assertThat(place("kursk kurs")).isEqualTo("kurs kursk");
    assertThat(place("")).isEmpty();
    assertThat(place(null)).isEmpty();
  }

  @Test
  void aPlaceAlreadyNormalisedIsKeptAsItIs() {
    String place = "@RU @RU.KRS kursk";
    assertThat(place(place)).isSameAs(place);
  }

  @Test
  void placesMeetByCountryDivisionOrName() {
    assertThat(QuantityKey.placesMeet(place("@RU @RU.KRS"), place("@RU"))).isTrue();
    assertThat(QuantityKey.placesMeet(place("@RU @RU.KRS"), place("@RU @RU.BEL"))).isFalse();
    assertThat(QuantityKey.placesMeet(place("@RU"), place("@UA"))).isFalse();
    assertThat(QuantityKey.placesMeet(place("kursk region"), place("kursk oblast russia's"))).isTrue();
    assertThat(QuantityKey.placesMeet(place("#kanawha @US"), place("@US"))).isFalse();
    assertThat(QuantityKey.placesMeet(place("#kanawha @US"), place("#kanawha @US @US.WV"))).isTrue();
  }

  @Test
  void refiningIsTheSameWhicheverKeyComesFirst() {
    QuantityKey country = new QuantityKey("person", "capture", "", "", "war", "@RU", "", java.time.LocalDate.parse("2024-08-06"),
        java.time.LocalDate.parse("2024-10-01"));
    QuantityKey region = new QuantityKey("person", "capture", "RU", "", "", "@RU @RU.KRS", "", null,
        java.time.LocalDate.parse("2024-09-01"));
    QuantityKey named = new QuantityKey("person", "capture", "RU", "", "war", "kursk region", "", null, null);
    assertThat(country.refine(region)).isEqualTo(region.refine(country));
    assertThat(country.refine(region).place()).as("the place of more words").isEqualTo("@RU @RU.KRS");
    assertThat(region.refine(named)).isEqualTo(named.refine(region));
    assertThat(country.refine(region).refine(named)).isEqualTo(named.refine(country).refine(region));
    assertThat(region.refine(named).place()).as("a resolved place over a name that meets any country").isEqualTo("@RU @RU.KRS");
  }

  @Test
  void aPartTheOtherPlaceNamesInWordsOfItsOwnIsThePlaceBothCountsAreOf() {
    // scope-named-beside: "12 died when shells hit Ostrava" beside "12 killed" of a report placed in Ostrava
    QuantityKey part = new QuantityKey("person", "kill", "", "", "attack", "#ostrava @CZ ostrava", "", null, null);
    QuantityKey named = new QuantityKey("person", "kill", "", "", "attack", "@CZ ostrava", "", null, null);
    QuantityKey whole = new QuantityKey("person", "kill", "", "", "attack", "@CZ", "", null, null);
    assertThat(part.compatible(named)).isTrue();
    assertThat(named.compatible(part)).isTrue();
    assertThat(part.compatible(whole)).as("the country's toll is another quantity than one town's").isFalse();
    QuantityKey twoWords = new QuantityKey("person", "injure", "", "", "flood", "#lower-valley @XX", "", null, null);
    assertThat(twoWords.compatible(new QuantityKey("person", "injure", "", "", "flood", "lower valley", "", null, null))).isTrue();
    assertThat(twoWords.compatible(new QuantityKey("person", "injure", "", "", "flood", "valley", "", null, null)))
        .as("every word of the part's name").isFalse();
    // a part mark ("#other": others than those counted before) stays a part beside the whole
    QuantityKey others = new QuantityKey("person", "kill", "", "", "attack", "#other @CZ", "", null, null);
    assertThat(others.compatible(whole)).isFalse();
  }

  @Test
  void aDistanceFromAPlaceIsNotOfThatPlaceBesideAnotherDistance() {
    // "20 km from Benton" beside "15 km from the road", in a story placed in Benton: two points measured from
    QuantityKey from = new QuantityKey("distance", "", "", "km", "war", "#benton @XX benton", "", null, null);
    QuantityKey other = new QuantityKey("distance", "", "", "km", "war", "@XX benton", "", null, null);
    assertThat(from.compatible(other)).isFalse();
  }
}
