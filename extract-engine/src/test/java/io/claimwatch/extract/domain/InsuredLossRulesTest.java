package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rule insured-loss ({@link InsuredLosses}, {@code keys/insured-words.txt}): a cost, a loss or a claim the insurers bear
 * is one quantity however a report words it ("cost insurers", "in insured losses", "in claims to insurers").
 */
class InsuredLossRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2013, 7, 9);

  @Test
  void aCostToInsurersIsTheInsuredLoss() {
    String cost = "FRANKFURT (Reuters) - Floods in Germany last month are expected to cost insurers about $3.9 billion, a"
        + " reinsurer said on Tuesday.\n";
    String losses = "MUNICH (Reuters) - Floods in Germany last month caused about $3.9 billion in insured losses, a reinsurer"
        + " said on Tuesday.\n";
    ClaimKey a = key(all(cost, PUBLISHED), "$3.9 billion"), b = key(all(losses, PUBLISHED), "$3.9 billion");
    assertThat(a.event()).isEqualTo("loss").isEqualTo(b.event());
    assertThat(a.kind()).isEmpty();
    assertThat(b.kind()).isEmpty();
  }

  @Test
  void claimsToInsurersAreTheInsuredLoss() {
    assertThat(InsuredLosses.insured("claim", "which penciled in ", " in claims to insurers.")).isTrue();
  }

  @Test
  void economicLossesAndOneInsurersOwnStayApart() {
    // the economy's whole loss is another figure; so are one reinsurer's results
    assertThat(InsuredLosses.insured("loss", "Disasters caused about ", " of economic losses, of which")).isFalse();
    assertThat(InsuredLosses.insured("loss", "of economic losses, of which ", " were insured")).isTrue();
    assertThat(InsuredLosses.insured("loss", "The reinsurer expects a ", " loss for its own results")).isFalse();
    assertThat(InsuredLosses.insured("revenue", "insurers' ", " in premiums")).isFalse();
  }
}
