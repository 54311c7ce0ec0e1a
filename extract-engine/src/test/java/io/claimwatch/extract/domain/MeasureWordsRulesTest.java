package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a key's measure reads from the words of a count: share-of-noun (a share "of" a kind counts that kind, whatever
 * the words after it), orphan-not-toll (children orphaned are no toll) and a shilling sum with its conversion
 * (conversion-key over currencies named in words).
 */
class MeasureWordsRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2001, 3, 3);

  @Test
  void aShareOfSeatsCountsSeatsWhateverTheChamberIsCalled() {
    List<ExtractedClaim> a = all("Vote\n\nThe Greens won 61 percent of the seats in the assembly in a 1994 election.\n", PUBLISHED);
    List<ExtractedClaim> b = all("Vote\n\nThe Greens won 61 percent of the seats in that parliament in a 1994 election.\n", PUBLISHED);
    assertThat(key(a, "61").kind()).isEqualTo("seat");
    assertThat(key(b, "61").kind()).isEqualTo("seat");
    assertThat(key(a, "61").party()).isEqualTo(key(b, "61").party());
  }

  @Test
  void aShareOfPeopleStaysTheShareOfTheNameBeforeIt() {
    List<ExtractedClaim> cs = all("Poll\n\nThe survey gave the Greens 31 pct of voters and the Reds 29 pct of voters.\n", PUBLISHED);
    assertThat(key(cs, "31").kind()).isNotEqualTo("person");
  }

  @Test
  void childrenOrphanedAreNoToll() {
    String text = "Fever toll\n\nThe fever has killed 3,000 people in the province this year. There are 12,000 children"
        + " orphaned by the fever in the province, officials said. The number of fever orphans has reached 12,500.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "3,000").event()).isEqualTo("kill");
    assertThat(key(cs, "12,000").event()).isEqualTo("orphan");
    assertThat(key(cs, "12,500").measure()).isEqualTo(key(cs, "12,000").measure());
  }

  @Test
  void aShillingSumAndItsDollarConversionKeyAlike() {
    String text = "Clinic costs\n\nNAIROBI, March 3 (Xinhua) -- Kenya's clinics will need as much as 50 million shillings"
        + " (about 700,000 U.S. dollars) a year to buy drugs, the ministry said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "700,000")).isEqualTo(key(cs, "50 million"));
    assertThat(cs).filteredOn(c -> c.numberText().contains("50 million")).extracting(ExtractedClaim::unit).containsExactly("KES");
    assertThat(key(cs, "50 million").unit()).as("money-one-unit: keyed in US dollars").isEqualTo("USD");
  }

  @Test
  void aRandSumAndItsDollarConversionKeyAlike() {
    // units: rand, naira, baht ... are money after a figure, keyed in US dollars as euros and shillings are
    String text = "Wage talks\n\nThe mine offered each worker a one-off payment of 3,000 rand ($350), the union said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(cs).filteredOn(c -> c.numberText().contains("3,000")).extracting(ExtractedClaim::unit).containsExactly("ZAR");
    assertThat(key(cs, "3,000").unit()).isEqualTo("USD");
    assertThat(key(cs, "3,000").kind()).isEqualTo("money");
    assertThat(key(cs, "$350")).isEqualTo(key(cs, "3,000"));
  }
}
