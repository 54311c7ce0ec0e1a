package io.claimwatch.gateway.config;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * The warm start sends the reads clients send through the whole edge with its own key: none is refused by
 * authentication, scope or rate limit, and they reach the backends (lists answered 200); its key can only read;
 * readiness is DOWN until it has run, and it stops at its time bound.
 */
@QuarkusTest
class WarmStartTest {

  @Inject
  @Readiness
  WarmStart warmStart;

  @Inject
  @Readiness
  DependenciesHealth dependencies;

  @Test
  void itsReadsPassTheEdgeWithItsOwnKey() {
    WarmStart.Result r = warmStart.run(2, Duration.ofSeconds(60));

    assertThat(r.rounds()).isEqualTo(2);
    // Per round: 7 claim lists, the groups, the articles, then the first group, claim and article of the lists.
    assertThat(r.reads()).isEqualTo(2 * 12);
    // The fakes answer every list; they answer no article (404) and a claim with "a bug in the backend" (500).
    assertThat(r.statuses()).containsEntry(200, 2 * 10).containsEntry(404, 2).containsEntry(500, 2);
    assertThat(r.statuses()).as("none refused by the edge or unanswered").doesNotContainKeys(401, 403, 429, 503, 504, 0);
    assertThat(r.timedOut()).isFalse();
  }

  @Test
  void itsKeyOnlyReads() {
    assertThat(warmStart.apiKeyEntry()).startsWith(WarmStart.KEY_NAME + ":").endsWith(":read");
  }

  @Test
  void readinessIsDownUntilItHasRunAndItStopsAtItsBound() {
    WarmStart fresh = new WarmStart(1_000_000, Duration.ofMillis(500), 200, 18080, 18080, dependencies);
    assertThat(fresh.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(fresh.call().getData().orElseThrow()).containsEntry("state", "warming");

    WarmStart.Result r = fresh.run(1_000_000, Duration.ofMillis(500));
    assertThat(r.timedOut()).isTrue();
    assertThat(r.millis()).isLessThan(10_000);

    // This instance's own warm start is off in tests (gateway.warm-start.rounds=0): ready at once.
    given().port(19000).get("/q/health/ready").then().statusCode(200);
  }
}
