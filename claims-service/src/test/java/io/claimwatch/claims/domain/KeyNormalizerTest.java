package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyNormalizerTest {

  private final KeyNormalizer keys = ClaimServiceTest.NORMALIZER;

  @Test
  void synonymsOfWhoIsCountedAndOfWhatHappenedAreOneKey() {
    QuantityKey soldiers = keys.keyOf("Russian soldiers captured", "", "");
    assertThat(soldiers).isEqualTo(new QuantityKey("person", "capture", "RU", ""));
    assertThat(keys.keyOf("Russian servicemen captured", "", "")).isEqualTo(soldiers);
    assertThat(keys.keyOf("Russian conscripts and members of special forces captured", "", "")).isEqualTo(soldiers);
    assertThat(keys.keyOf("Russian troops", "About 100 Russian troops surrendering to Ukraine", "")).isEqualTo(soldiers);
    assertThat(keys.keyOf("Russian prisoners", "", "")).as("a prisoner was captured").isEqualTo(soldiers);
  }

  @Test
  void theHeadOfThePhraseDecidesWhatIsCounted() {
    assertThat(keys.keyOf("exchanges of prisoners of war", "", "").kind()).isEqualTo("exchange");
    assertThat(keys.keyOf("homes destroyed by the floods", "", "")).isEqualTo(new QuantityKey("home", "destroy", "", "", "flood"));
    assertThat(keys.keyOf("people killed in the earthquake", "", "")).isEqualTo(new QuantityKey("person", "kill", "", "", "earthquake"));
    assertThat(keys.keyOf("deaths", "", "")).as("an event noun counts the people it happened to")
        .isEqualTo(new QuantityKey("", "kill", "", ""));
  }

  @Test
  void whatIsNotNamedStaysOpen() {
    QuantityKey k = keys.keyOf("soldiers captured", "", "");
    assertThat(k.party()).isEmpty();
    assertThat(k.compatible(new QuantityKey("person", "capture", "UA", ""))).isTrue();
    assertThat(keys.keyOf("Ukrainian prisoners of war returned home", "", ""))
        .isEqualTo(new QuantityKey("person", "return", "UA", ""));
    assertThat(keys.keyOf("", "", "").groupable()).isFalse();
  }

  @Test
  void theCauseComesFromThePhraseElseTheQuote() {
    assertThat(keys.keyOf("people killed in the floods", "", "").cause()).isEqualTo("flood");
    assertThat(keys.keyOf("people killed", "a magnitude 6.9 earthquake struck before dawn, killing 120 people", "").cause())
        .isEqualTo("earthquake");
    assertThat(keys.keyOf("homes destroyed", "Hurricane Lena destroyed 2,000 homes", "").cause()).isEqualTo("storm");
    assertThat(keys.keyOf("Russian soldiers captured", "captured 971 Russian soldiers during the offensive", "").cause())
        .as("a capture names no cause").isEmpty();
  }

  @Test
  void thePlaceIsTheNameAfterALocativePrepositionInThePhraseElseInTheQuote() {
    assertThat(keys.keyOf("people killed in Derna", "", "").place()).isEqualTo("derna");
    assertThat(keys.keyOf("Russian soldiers captured",
        "Ukraine said Thursday its forces had captured nearly 1,000 Russian soldiers in the southwestern Kursk region since"
            + " it launched an incursion in August.", "").place()).isEqualTo("kursk");
    assertThat(keys.keyOf("Russian soldiers captured",
        "971 Russian soldiers were captured during a months-long offensive in Russia's Kursk Oblast.", "").place())
        .isEqualTo("kursk russia");
    assertThat(keys.keyOf("people killed", "At least 40 people were killed in the earthquake on Monday.", "").place())
        .as("no name, no place").isEmpty();
    assertThat(keys.keyOf("people killed", "Earthquake Kills At Least 120 In Mountain Province", "").place())
        .as("a headline in title case capitalises words that name no place").isEmpty();
  }

  @Test
  void tollsInPlacesThatShareNoNameAreDifferentQuantitiesAndAnUnnamedPlaceStaysOpen() {
    QuantityKey derna = keys.keyOf("people killed in the floods in Derna", "", "");
    QuantityKey valencia = keys.keyOf("people killed", "Officials said 30 people were killed in floods in Valencia on Tuesday.", "");
    QuantityKey somewhere = keys.keyOf("people killed in the floods", "", "");
    assertThat(derna.cause()).isEqualTo(valencia.cause());
    assertThat(derna.compatible(valencia)).isFalse();
    assertThat(derna.compatible(somewhere)).isTrue();
    QuantityKey region = keys.keyOf("Russian soldiers captured", "captured 102 soldiers in the Kursk region", "");
    QuantityKey oblast = keys.keyOf("Russian soldiers captured", "captured 971 soldiers in Russia's Kursk Oblast", "");
    assertThat(region.compatible(oblast)).as("one name in common").isTrue();
    assertThat(region.refine(oblast).place()).isEqualTo("kursk russia");
  }
}
