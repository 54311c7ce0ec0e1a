package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind a counted phrase names, read so that two reports' words for one count key as one kind. */
class KindWordRulesTest {

  @Test
  void consumersAreCountedAsPeople() {
    // consumers-are-people (keys/kinds.txt): the consumers a breach exposed are people, as "people" are in another report
    String text = "Retailer admits data breach\n\nA breach of a retailer's payment systems exposed the card details of"
        + " 12 million consumers, the company said on Monday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 4));
    assertThat(key(cs, "12 million").kind()).isEqualTo("person");
  }

  @Test
  void customersStayAUtilitysAccounts() {
    // not customers: a utility's customers are its accounts, keyed by the power measure
    String text = "Storm cuts power\n\nA storm knocked down lines across the county on Monday, leaving 40,000 customers"
        + " without power, the utility said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 4));
    assertThat(key(cs, "40,000").kind()).isNotEqualTo("person");
  }
}
