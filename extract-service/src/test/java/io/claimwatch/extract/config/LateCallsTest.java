package io.claimwatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;

/**
 * On the real server, with its one worker thread busy: a call that waited for the worker longer than what was left of
 * its deadline is answered RESOURCE_EXHAUSTED SERVER_BUSY (grpc-server's CallArrival marks the arrival, the proto
 * module's CallAdmission decides), not run to pass its deadline; once the worker is free, calls are answered.
 */
@QuarkusTest
@TestProfile(LateCallsTest.OneWorker.class)
class LateCallsTest {

  public static class OneWorker implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.thread-pool.core-threads", "1", "quarkus.thread-pool.max-threads", "1");
    }
  }

  private static final ExtractClaimsRequest ARTICLE = ExtractClaimsRequest.newBuilder()
      .setText("At least 12 people were killed in the floods, officials said.").build();

  @GrpcClient("extract")
  ExtractServiceGrpc.ExtractServiceBlockingStub extract;

  @Inject
  ManagedExecutor executor;

  @Test
  void aCallThatWaitedForMostOfItsDeadlineIsRefusedBusyAndCallsAreAnsweredOnceTheWorkerIsFree() throws Exception {
    assertThat(extract.withDeadlineAfter(4, TimeUnit.SECONDS).extractClaims(ARTICLE).getClaimsCount()).isEqualTo(1);

    CompletableFuture<Void> busy = holdTheWorker(2_500);
    long sent = System.nanoTime();
    StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
        () -> extract.withDeadlineAfter(4, TimeUnit.SECONDS).extractClaims(ARTICLE));
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);

    assertThat(e).isNotNull();
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("SERVER_BUSY");
    assertThat(e.getStatus().getDescription()).contains("for a worker").contains("retry after 1 s");
    assertThat(tookMillis).as("answered when the worker came free, before the deadline").isBetween(2_000L, 3_900L);

    busy.get(10, TimeUnit.SECONDS);
    assertThat(extract.withDeadlineAfter(4, TimeUnit.SECONDS).extractClaims(ARTICLE).getClaimsCount()).isEqualTo(1);
  }

  @Test
  void aCallWhoseDeadlinePassedWhileItWaitedIsNotRun() throws Exception {
    double before = extractions();
    CompletableFuture<Void> busy = holdTheWorker(2_000);
    StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
        () -> extract.withDeadlineAfter(500, TimeUnit.MILLISECONDS).extractClaims(ARTICLE));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    busy.get(10, TimeUnit.SECONDS);
    // The worker, free again, finds the call's context cancelled by its deadline and leaves it: nothing was extracted.
    Thread.sleep(300);
    assertThat(extractions()).isEqualTo(before);
    assertThat(extract.withDeadlineAfter(4, TimeUnit.SECONDS).extractClaims(ARTICLE).getClaimsCount()).isEqualTo(1);
    assertThat(extractions()).isEqualTo(before + 1);
  }

  /** Holds the service's only worker thread for {@code millis} (from about 100 ms before this returns). */
  private CompletableFuture<Void> holdTheWorker(long millis) throws InterruptedException {
    CompletableFuture<Void> held = executor.runAsync(() -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Thread.sleep(100);
    return held;
  }

  /** extract_duration_seconds_count of every outcome: the articles the engine ran on. */
  private static double extractions() {
    String metrics = RestAssured.given().port(19002).get("/q/metrics").then().statusCode(200).extract().asString();
    return metrics.lines().filter(l -> l.startsWith("extract_duration_seconds_count{"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
  }
}
