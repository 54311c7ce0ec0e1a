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
}
