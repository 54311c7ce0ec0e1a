package io.claimwatch.claims.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.TestKeys;
import io.claimwatch.localpg.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trigram indexes' pending lists, merged after a write outside the grouping lock (V14, {@link PendingLists}): the
 * lists hold what the writes added until the merge, the merge empties them into the indexes, and the substring
 * filters find the same claims before and after it.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "pending_lists_test"))
class PendingListsTest {

  @Inject
  ClaimService claims;

  @Inject
  AgroalDataSource dataSource;

  private static Claim claim(String quote, String counted, String claimant) {
    return new Claim(null, "ignored", 0, quote, 0, quote.length(), new BigDecimal("140"), new BigDecimal("140"), Hedge.EXACT,
        "", "140", counted, claimant, null, null, null, Modality.ASSERTED, "2026-11-30", "test", null, null, "", TestKeys.of(counted),
        null);
  }

  @Test
  void theMergeEmptiesTheListsAndTheFiltersFindTheSameClaims() throws Exception {
    claims.replaceArticleClaims("articles/flood-levee", List.of(
        claim("The river authority said 140 sandbag barriers had been placed along the levee overnight.",
            "sandbag barriers placed", "The river authority")), "", "");
    String filter = "quote:\"sandbag barriers\" AND counted:\"barriers placed\" AND claimant:\"river authority\"";
    assertThat(claims.list("articles/-", 10, "", filter).claims()).hasSize(1);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      assertThat(PendingLists.merge(c)).as("pending pages merged").isPositive();
      c.commit();
      assertThat(PendingLists.merge(c)).as("nothing left to merge").isZero();
      c.commit();
    }
    assertThat(claims.list("articles/-", 10, "", filter).claims()).hasSize(1);
  }
}
