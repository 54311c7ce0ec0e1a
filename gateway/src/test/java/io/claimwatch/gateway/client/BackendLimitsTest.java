package io.claimwatch.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.rpc.Code;
import io.claimwatch.proto.CallAdmission;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limit of calls in flight per backend, without Quarkus: permits taken, refused over the limit, given back once. */
class BackendLimitsTest {

  static final Duration CEILING = Duration.ofSeconds(1);

  @Test
  void aCallOverTheLimitIsRefusedUntilOneInFlightEnds() {
    BackendLimits limits = new BackendLimits(2, 2, CEILING);
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
  void theLimitStartsAtItsCeilingAndFallsToItsFloorWhenLatencyClimbs() {
    long[] now = {0};
    BackendLimits limits = new BackendLimits(10, 50, Duration.ofHours(1), () -> now[0]);
    assertThat(limits.limit(Backend.INGEST)).as("a healthy backend takes a burst").isEqualTo(50);
    calls(limits, now, 100, 1_000_000L);         // forty calls at a time, 1 ms each: the level without load
    assertThat(limits.limit(Backend.INGEST)).isEqualTo(50);
    calls(limits, now, 6, 2_000_000_000L);       // the same load now takes 2 s a call
    assertThat(limits.limit(Backend.INGEST)).as("latency far above its level without load").isEqualTo(10);
    assertThat(limits.limit(Backend.CLAIMS)).as("the other backend's limit is its own").isEqualTo(50);
    assertThat(limits.inFlight(Backend.INGEST)).isZero();
  }

  @Test
  void aBackendThatStaysSlowerThanTheCeilingKeepsItsLimitAtTheFloorUntilCallsAreFastAgain() {
    long[] now = {0};
    BackendLimits withCeiling = new BackendLimits(10, 50, CEILING, () -> now[0]);
    long[] otherClock = {0};
    BackendLimits relativeOnly = new BackendLimits(10, 50, Duration.ofHours(1), () -> otherClock[0]);
    calls(withCeiling, now, 100, 1_000_000L);
    calls(relativeOnly, otherClock, 100, 1_000_000L);
    assertThat(withCeiling.limit(Backend.INGEST)).isEqualTo(50);

    // A starved machine: every call now takes 1.5 s, for long enough that it is the backend's new level.
    calls(withCeiling, now, 300, 1_500_000_000L);
    calls(relativeOnly, otherClock, 300, 1_500_000_000L);
    assertThat(relativeOnly.limit(Backend.INGEST)).as("relative to its own level, a slow backend looks healthy again")
        .isGreaterThan(30);
    assertThat(withCeiling.limit(Backend.INGEST)).as("every call over the ceiling").isEqualTo(10);
    assertThat(withCeiling.acquire(Backend.INGEST)).isPresent();

    calls(withCeiling, now, 20, 1_000_000L);
    assertThat(withCeiling.limit(Backend.INGEST)).as("fast calls raise it again").isEqualTo(50);
    assertThat(withCeiling.limit(Backend.CLAIMS)).as("the other backend's limit is its own").isEqualTo(50);
  }

  @Test
  void aCallRefusedByOneLimitHoldsNoPlaceUnderTheOther() {
    long[] now = {0};
    BackendLimits limits = new BackendLimits(2, 4, CEILING, () -> now[0]);
    java.util.List<BackendLimits.Permit> slow = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      slow.add(limits.acquire(Backend.CLAIMS).orElseThrow());
    }
    now[0] += 2_000_000_000L;
    slow.forEach(p -> p.release(BackendLimits.Outcome.ANSWERED));   // four calls over the ceiling: 4 → 2
    assertThat(limits.limit(Backend.CLAIMS)).isEqualTo(2);
    assertThat(limits.acquire(Backend.CLAIMS)).isPresent();
    assertThat(limits.acquire(Backend.CLAIMS)).isPresent();
    assertThat(limits.acquire(Backend.CLAIMS)).as("over the ceiling's limit").isEmpty();
    assertThat(limits.inFlight(Backend.CLAIMS)).as("the refused call left no permit behind").isEqualTo(2);
  }

  @Test
  void aCeilingThatIsNotPositiveIsRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> new BackendLimits(1, 10, Duration.ZERO))
        .hasMessageContaining("gateway.backend-limit.latency-ceiling");
  }

  /** Rounds of up to forty calls to ingest in flight together, each answered after {@code rttNanos}. */
  private static void calls(BackendLimits limits, long[] now, int rounds, long rttNanos) {
    for (int round = 0; round < rounds; round++) {
      java.util.List<BackendLimits.Permit> inFlight = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        limits.acquire(Backend.INGEST).ifPresent(inFlight::add);
      }
      now[0] += rttNanos;
      inFlight.forEach(p -> p.release(BackendLimits.Outcome.ANSWERED));
    }
  }

  @Test
  void boundsThatCannotHoldAreRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> new BackendLimits(0, 10, CEILING)).hasMessageContaining("gateway.backend-limit");
    assertThatThrownBy(() -> new BackendLimits(30, 10, CEILING)).hasMessageContaining("min <= max");
  }

  @Test
  void onlyTimeoutsUnreachableBackendsAndSaturatedServersCountAsOverload() {
    assertThat(BackendCalls.outcome(Status.DEADLINE_EXCEEDED.asRuntimeException())).isEqualTo(BackendLimits.Outcome.OVERLOADED);
    assertThat(BackendCalls.outcome(Status.UNAVAILABLE.asRuntimeException())).isEqualTo(BackendLimits.Outcome.OVERLOADED);
    assertThat(BackendCalls.outcome(Status.CANCELLED.asRuntimeException())).isEqualTo(BackendLimits.Outcome.IGNORED);
    // The backend's own answers, a refusal of its own included, are latencies like any other.
    assertThat(BackendCalls.outcome(Status.NOT_FOUND.asRuntimeException())).isEqualTo(BackendLimits.Outcome.ANSWERED);
    assertThat(BackendCalls.outcome(Status.RESOURCE_EXHAUSTED.asRuntimeException())).isEqualTo(BackendLimits.Outcome.ANSWERED);
    assertThat(BackendCalls.outcome(RpcErrors.error(Code.RESOURCE_EXHAUSTED, "INGEST_QUEUE_FULL", "ingest.claimwatch.io", "full")))
        .isEqualTo(BackendLimits.Outcome.ANSWERED);
    // A call refused for having waited too long for the backend's worker: the backend is saturated.
    assertThat(BackendCalls.outcome(RpcErrors.error(Code.RESOURCE_EXHAUSTED, CallAdmission.SERVER_BUSY, CallAdmission.DOMAIN,
        "busy"))).isEqualTo(BackendLimits.Outcome.OVERLOADED);
  }
}
