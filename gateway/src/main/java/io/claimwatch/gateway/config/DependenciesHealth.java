package io.claimwatch.gateway.config;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.HealthGroup;

/**
 * Whether ingest-service and claims-service answer the standard gRPC health check, at
 * {@code /q/health/group/dependencies} on the management port. Not a readiness check: a backend that is down
 * must not take this service out of its Service (readiness does not cascade); it shows here, in errors and in
 * the gRPC client metrics.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class DependenciesHealth implements HealthCheck {

  @GrpcClient("ingest")
  Channel ingest;

  @GrpcClient("claims")
  Channel claims;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("grpc-dependencies").up();
    probe(b, "ingest-service", ingest);
    probe(b, "claims-service", claims);
    return b.build();
  }

  private static void probe(HealthCheckResponseBuilder b, String name, Channel channel) {
    try {
      ServingStatus s = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(2, TimeUnit.SECONDS)
          .check(HealthCheckRequest.getDefaultInstance()).getStatus();
      b.withData(name, s.name());
      if (s != ServingStatus.SERVING) {
        b.down();
      }
    } catch (StatusRuntimeException e) {
      b.withData(name, e.getStatus().getCode().name()).down();
    }
  }
}
