package io.claimwatch.gateway.config;

import com.google.common.util.concurrent.ListenableFuture;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.Channel;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether ingest-service and claims-service answer the standard gRPC health check: part of readiness (a
 * gateway whose backends cannot be reached answers every call with 503, so it says it is not ready), and
 * at {@code /q/health/group/dependencies} on the management port. Both are asked at once, each with
 * {@link #DEADLINE_MS}, so the check answers within a probe's default one-second timeout.
 */
@Readiness
@HealthGroup("dependencies")
@ApplicationScoped
public class DependenciesHealth implements HealthCheck {

  static final long DEADLINE_MS = 800;

  @GrpcClient("ingest")
  Channel ingest;

  @GrpcClient("claims")
  Channel claims;

  @Override
  public org.eclipse.microprofile.health.HealthCheckResponse call() {
    HealthCheckResponseBuilder b = org.eclipse.microprofile.health.HealthCheckResponse.named("grpc-dependencies").up();
    ListenableFuture<HealthCheckResponse> i = ask(ingest);
    ListenableFuture<HealthCheckResponse> c = ask(claims);
    record(b, "ingest-service", i);
    record(b, "claims-service", c);
    return b.build();
  }

  private static ListenableFuture<HealthCheckResponse> ask(Channel channel) {
    return HealthGrpc.newFutureStub(channel).withDeadlineAfter(DEADLINE_MS, TimeUnit.MILLISECONDS)
        .check(HealthCheckRequest.getDefaultInstance());
  }

  private static void record(HealthCheckResponseBuilder b, String name, ListenableFuture<HealthCheckResponse> answer) {
    try {
      ServingStatus s = answer.get().getStatus();
      b.withData(name, s.name());
      if (s != ServingStatus.SERVING) {
        b.down();
      }
    } catch (ExecutionException e) {
      b.withData(name, Status.fromThrowable(e.getCause()).getCode().name()).down();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      b.withData(name, "INTERRUPTED").down();
    }
  }
}
