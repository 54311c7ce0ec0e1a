package io.claimwatch.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limit of calls in flight per backend, without Quarkus: permits taken, refused over the limit, given back once. */
class BackendLimitsTest {

  @Test
  void aCallOverTheLimitIsRefusedUntilOneInFlightEnds() {
    BackendLimits limits = new BackendLimits(2, 2);
    Optional<BackendLimits.Permit> first = limits.acquire(Backend.CLAIMS);
    Optional<BackendLimits.Permit> second = limits.acquire(Backend.CLAIMS);
    assertThat(first).isPresent();
    assertThat(second).isPresent();
    assertThat(limits.acquire(Backend.CLAIMS)).as("a third call while two are in flight").isEmpty();
    assertThat(limits.acquire(Backend.INGEST)).as("each backend has its own limit").isPresent();
    assertThat(limits.inFlight(Backend.CLAIMS)).isEqualTo(2);

    first.get().release(BackendLimits.Outcome.ANSWERED);
    first.get().release(BackendLimits.Outcome.ANSWERED);   // a permit is given back once, however often released
    assertThat(limits.inFlight(Backend.CLAIMS)).isEqualTo(1);
    assertThat(limits.acquire(Backend.CLAIMS)).isPresent();
    assertThat(limits.acquire(Backend.CLAIMS)).isEmpty();
  }

  @Test
  void theLimitStaysWithinItsBounds() {
    BackendLimits limits = new BackendLimits(3, 50);
    assertThat(limits.limit(Backend.INGEST)).isEqualTo(3);
    for (int i = 0; i < 200; i++) {
      limits.acquire(Backend.INGEST).orElseThrow().release(BackendLimits.Outcome.OVERLOADED);
    }
    assertThat(limits.limit(Backend.INGEST)).as("timeouts bring the limit down to its floor, never below").isEqualTo(3);
    assertThat(limits.inFlight(Backend.INGEST)).isZero();
  }

  @Test
  void boundsThatCannotHoldAreRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> new BackendLimits(0, 10)).hasMessageContaining("gateway.backend-limit");
    assertThatThrownBy(() -> new BackendLimits(30, 10)).hasMessageContaining("min <= max");
  }

  @Test
  void onlyTimeoutsAndUnreachableBackendsCountAsOverload() {
    assertThat(BackendCalls.outcome(Status.DEADLINE_EXCEEDED.asRuntimeException())).isEqualTo(BackendLimits.Outcome.OVERLOADED);
    assertThat(BackendCalls.outcome(Status.UNAVAILABLE.asRuntimeException())).isEqualTo(BackendLimits.Outcome.OVERLOADED);
    assertThat(BackendCalls.outcome(Status.CANCELLED.asRuntimeException())).isEqualTo(BackendLimits.Outcome.IGNORED);
    // The backend's own answers, a refusal of its own included, are latencies like any other.
    assertThat(BackendCalls.outcome(Status.NOT_FOUND.asRuntimeException())).isEqualTo(BackendLimits.Outcome.ANSWERED);
    assertThat(BackendCalls.outcome(Status.RESOURCE_EXHAUSTED.asRuntimeException())).isEqualTo(BackendLimits.Outcome.ANSWERED);
  }
}
