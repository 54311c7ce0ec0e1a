package io.claimwatch.claims.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.QuantityKey;
import io.claimwatch.localpg.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group's latest claims (claim_group.recent_claims) as writes change them on a real PostgreSQL: the write sends its
 * new entries and PostgreSQL puts them in front of those kept, less the replaced articles' (RecentClaims.merged), cut
 * to the window the conflicts are judged against.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "recent_claims_test"))
class RecentClaimsTest {

  @Inject
  ClaimService claims;

  @Inject
  AgroalDataSource dataSource;

  /** Ferries sunk in one storm: every claim of a test shares the key, so the group, of its place. */
  private static Claim ferries(String place, int value) {
    QuantityKey key = new QuantityKey("vessel", "sink", "", "", "storm", place, "", LocalDate.parse("2041-03-01"),
        LocalDate.parse("2041-03-31"));
    String quote = value + " ferries sank in the storm.";
    return new Claim(null, "ignored", 0, quote, 0, quote.length(), new BigDecimal(value), new BigDecimal(value), Hedge.EXACT,
        "", Integer.toString(value), "ferries sunk", "coast guard", null, null, null, Modality.ASSERTED, "2041-03-10", "test",
        null, null, "", key, null);
  }

  private String store(String article, Claim... cs) {
    List<Claim> stored = claims.replaceArticleClaims(article, List.of(cs), "", "");
    return stored.isEmpty() ? null : stored.get(0).groupId();
  }

  /** A group's entries, newest first, as "article:low" (the article's id as stored, without "articles/"). */
  private List<String> recent(String group) throws Exception {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT recent_claims FROM claim_group WHERE id = ?")) {
      st.setString(1, group);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).as("group " + group + " stored").isTrue();
        return Arrays.stream((String[]) rs.getArray(1).getArray()).map(e -> e.split("\\|", -1))
            .map(f -> f[1] + ":" + f[3]).toList();
      }
    }
  }

  @Test
  void newEntriesComeFirstAndAReplacedArticlesOldOnesGo() throws Exception {
    String g = store("articles/recent-a", ferries("@XA", 40), ferries("@XA", 41));
    assertThat(store("articles/recent-b", ferries("@XA", 42))).isEqualTo(g);
    assertThat(recent(g)).hasSize(3).startsWith("recent-b:42")
        .containsExactlyInAnyOrder("recent-b:42", "recent-a:40", "recent-a:41");

    // the article written again: its new claim in front, its two old ones gone, the other article's kept
    assertThat(store("articles/recent-a", ferries("@XA", 43))).isEqualTo(g);
    assertThat(recent(g)).containsExactly("recent-a:43", "recent-b:42");

    // the article written with no claims: the group it left keeps the other article's entry only
    store("articles/recent-a");
    assertThat(recent(g)).containsExactly("recent-b:42");
    assertThat(claims.replaceArticleClaims("articles/recent-c", List.of(ferries("@XA", 44)), "", "").get(0).groupId())
        .isEqualTo(g);
    assertThat(recent(g)).containsExactly("recent-c:44", "recent-b:42");
  }

  @Test
  void aGroupKeepsItsLatestWindowOfClaims() throws Exception {
    String g = null;
    for (int i = 0; i < ClaimService.CONFLICT_WINDOW + 6; i++) {
      g = store("articles/window-" + i, ferries("@XB", 100 + i));
    }
    List<String> kept = recent(g);
    assertThat(kept).hasSize(ClaimService.CONFLICT_WINDOW);
    assertThat(kept.get(0)).isEqualTo("window-69:169");
    assertThat(kept.get(ClaimService.CONFLICT_WINDOW - 1)).isEqualTo("window-6:106");
  }
}
