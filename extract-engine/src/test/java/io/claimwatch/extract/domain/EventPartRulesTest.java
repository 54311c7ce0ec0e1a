package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event part of a key told two ways: a sum told in words ("tens of millions of euros") keys as a sum in its
 * currency, so its verb's measure is read (vague-sum-currency, {@link VagueSums}); an event's word inside a company's
 * name ("Strike Holdings") gives no event (key.event-in-name, {@link BodyNameWords}, keys/kind-name-cues.txt).
 */
class EventPartRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2013, 4, 24);

  @Test
  void aSumToldInWordsKeysAsItsVerbsMeasure() {
    // fresh-au: "Lufthansa estimates that the strike will cost it tens of millions of euros" and "walkout alone cost
    // Lufthansa more than 15 million euros" are one cost of the strike
    String text = "FRANKFURT (Reuters) - Lufthansa cancelled almost 1,700 flights on Monday as staff went on strike.\n\n"
        + "Lufthansa estimates that the strike will cost it tens of millions of euros.\n\n"
        + "Analysts estimated that walkout alone cost Lufthansa more than 15 million euros.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    ClaimKey vague = key(cs, "tens of millions"), told = key(cs, "more than 15 million");
    assertThat(vague.unit()).isEqualTo("USD").isEqualTo(told.unit());   // money-one-unit: any currency keys in US dollars
    assertThat(vague.event()).isEqualTo("cost").isEqualTo(told.event());
    assertThat(cs.stream().filter(c -> c.numberText().equals("tens of millions")).findFirst().orElseThrow().unit()).isNullOrEmpty();
  }

  @Test
  void aSumOfDigitsKeepsItsOwnUnit() {
    // vague-sum-currency reads only a figure told in words: "of" after digits names what the figure is of
    assertThat(VagueSums.unit("up to 40 of euros", 6, 8, "")).isEmpty();
    assertThat(VagueSums.unit("hundreds of millions of dollars in costs", 0, 20, "")).isEqualTo("USD");
    assertThat(VagueSums.unit("thousands of people", 0, 9, "")).isEmpty();
  }

  @Test
  void anEventsWordInACompanysNameGivesNoEvent() {
    // key.event-in-name: "Strike" before "Holdings" is the company's name, not a walkout of the workers counted
    String text = "SYDNEY (Reuters) - Gold output rose at the Kalgoorlie mine on Monday.\n\n"
        + "The mine, owned by Strike Holdings, has about 1,200 workers on its payroll.\n";
    assertThat(key(all(text, PUBLISHED), "about 1,200").event()).isNotEqualTo("strike");
  }
}
