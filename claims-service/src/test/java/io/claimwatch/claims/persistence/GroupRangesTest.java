package io.claimwatch.claims.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.domain.GroupIndex;
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
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A group's stored range under rule vague-extent (GroupAssigner.extent) on a real PostgreSQL: the range
 * GroupBookkeeping.resetRanges gives the groups a replacement leaves (a vague figure of a count that climbs spans up
 * to its top, any other vague figure is its mean), and JdbcGroupIndex's candidate lookups of an extent, one claim at a
 * time and prepared for a batch.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "group_ranges_test"))
class GroupRangesTest {

  private static final Offset<Double> CLOSE = Offset.offset(1e-6);

  @Inject
  ClaimService claims;

  @Inject
  AgroalDataSource dataSource;

  /** People evacuated from a fire pinned to a place and a month: a count that climbs (a reach of 10). */
  private static QuantityKey evacuated(String place) {
    return new QuantityKey("person", "evacuate", "", "", "fire", place, "", LocalDate.parse("2041-06-01"),
        LocalDate.parse("2041-06-30"));
  }

  private static Claim claim(QuantityKey key, String low, String high, Hedge hedge) {
    String quote = "Officials said " + low + " to " + high + " were counted.";
    return new Claim(null, "ignored", 0, quote, 0, quote.length(), low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high), hedge, "", low, "people evacuated", "Officials", null, null, null,
        Modality.ASSERTED, "2041-06-10", "test", null, null, "", key, null);
  }

  private static Claim exact(QuantityKey key, String value) {
    return claim(key, value, value, Hedge.EXACT);
  }

  /** "thousands": 2,000 to 9,999. */
  private static Claim thousands(QuantityKey key) {
    return claim(key, "2000", "9999", Hedge.VAGUE);
  }

  /** Stores an article's claims (none: its claims deleted); the groups of its claims. */
  private List<String> store(String article, Claim... cs) {
    return claims.replaceArticleClaims(article, List.of(cs), "", "").stream().map(Claim::groupId).toList();
  }

  private double[] range(String group) throws Exception {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT min_value, max_value FROM claim_group WHERE id = ?")) {
      st.setString(1, group);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).as("group " + group + " stored").isTrue();
        return new double[] {rs.getDouble(1), rs.getDouble(2)};
      }
    }
  }

  private void assertRange(String group, double low, double high) throws Exception {
    double[] r = range(group);
    assertThat(r[0]).as("low of " + Arrays.toString(r)).isCloseTo(low, CLOSE);
    assertThat(r[1]).as("high of " + Arrays.toString(r)).isCloseTo(high, CLOSE);
  }

  private static final double MEAN = Math.sqrt(2000 * 9999.0);

  @Test
  void aVagueFigureOfACountThatClimbsKeepsItsTopInTheRangeUntilItIsReplacedOrDeleted() throws Exception {
    QuantityKey key = evacuated("oskavia");
    String group = store("articles/ranges-a1", exact(key, "1000")).get(0);
    assertThat(store("articles/ranges-a2", thousands(key))).containsExactly(group);
    assertRange(group, 1000, 9999);
    assertThat(store("articles/ranges-a3", exact(key, "20000"))).containsExactly(group);
    assertRange(group, 1000, 20000);

    store("articles/ranges-a3");   // the 20,000 deleted: the vague figure still spans to its top
    assertRange(group, 1000, 9999);
    assertThat(store("articles/ranges-a2", exact(key, "1500"))).as("replaced by a figure").containsExactly(group);
    assertRange(group, 1000, 1500);
    assertThat(store("articles/ranges-a2", thousands(key))).containsExactly(group);
    assertRange(group, 1000, 9999);
    store("articles/ranges-a2");   // deleted
    assertRange(group, 1000, 1000);
  }

  @Test
  void aVagueFigureBesideAFigureOfItsMeasureOrOfACountThatDoesNotClimbIsItsMeanAfterAReplacement() throws Exception {
    // beside a figure of its measure in its article, "thousands" is a part: its mean (its kind open, the figure's not)
    QuantityKey key = evacuated("trevalle");
    QuantityKey open = new QuantityKey("", key.event(), "", "", key.cause(), key.place(), "", key.earliest(), key.latest());
    List<String> both = store("articles/ranges-b1", thousands(open), exact(key, "3000"));
    String group = both.get(0);
    assertThat(both).containsOnly(group);
    assertRange(group, 3000, MEAN);
    assertThat(store("articles/ranges-b2", exact(key, "9000"))).containsExactly(group);
    store("articles/ranges-b2");
    assertRange(group, 3000, MEAN);

    // strikers of a country, pinned to no sudden disaster: a count that does not climb
    QuantityKey strikers = new QuantityKey("person", "strike", "", "");
    String strike = store("articles/ranges-c1", thousands(strikers)).get(0);
    assertRange(strike, MEAN, MEAN);
    assertThat(store("articles/ranges-c2", exact(strikers, "8000"))).containsExactly(strike);
    assertRange(strike, MEAN, 8000);
    store("articles/ranges-c2");
    assertRange(strike, MEAN, MEAN);
  }

  @Test
  void theCandidateLookupsReadAGroupWithinReachOfAVagueFiguresTopAndNotOnlyOfItsMean() throws Exception {
    QuantityKey key = evacuated("kursk");
    String far = store("articles/ranges-d1", exact(key, "88000")).get(0);   // within 10 times 9,999, not of 4,472
    String below = store("articles/ranges-d2", exact(key, "300")).get(0);   // under a tenth of the mean
    assertThat(far).isNotEqualTo(below);
    // a count without an event: looked up by kind (tents pitched for the evacuees)
    QuantityKey tents = new QuantityKey("tent", "", "", "", "fire", "kursk", "", LocalDate.parse("2041-06-01"),
        LocalDate.parse("2041-06-30"));
    String tentGroup = store("articles/ranges-d3", exact(tents, "50000")).get(0);

    Claim vague = thousands(key);
    Claim vagueTents = thousands(tents);
    double[] extent = GroupAssigner.extent(vague, List.of(vague)).orElseThrow();
    assertThat(extent).containsExactly(MEAN, 9999.0);
    try (Connection c = dataSource.getConnection()) {
      // one claim at a time (JdbcGroupIndex.stored)
      JdbcGroupIndex single = new JdbcGroupIndex(c);
      assertThat(single.candidates(key, MEAN, 9999)).extracting(GroupIndex.Candidate::id).containsExactly(far);
      assertThat(single.candidates(key, MEAN, MEAN)).as("the mean alone").isEmpty();
      assertThat(single.candidates(tents, MEAN, 9999)).extracting(GroupIndex.Candidate::id).containsExactly(tentGroup);
      assertThat(single.candidates(tents, MEAN, MEAN)).isEmpty();
      // prepared for a batch (JdbcGroupIndex.prepare: spans by event and by kind)
      JdbcGroupIndex batch = new JdbcGroupIndex(c);
      batch.prepare(List.of(vague, vagueTents));
      assertThat(batch.candidates(key, MEAN, 9999)).extracting(GroupIndex.Candidate::id).containsExactly(far);
      assertThat(batch.candidates(tents, MEAN, 9999)).extracting(GroupIndex.Candidate::id).containsExactly(tentGroup);
    }
    // and through the service: "thousands" joins the 88,000 and the 50,000 tents
    assertThat(store("articles/ranges-d4", vague, vagueTents)).containsExactly(far, tentGroup);
    assertRange(far, MEAN, 88000);
  }
}
