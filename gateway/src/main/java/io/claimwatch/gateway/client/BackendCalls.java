package io.claimwatch.gateway.client;

import io.claimwatch.gateway.config.GatewayConfig;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * How the gateway calls a backend: each attempt with the configured deadline, reads (idempotent)
 * tried once more after UNAVAILABLE, writes never repeated. Both attempts and the pause between them
 * fit in the gateway's own request timeout, which startup checks.
 */
@ApplicationScoped
public class BackendCalls {

  static final Duration RETRY_PAUSE = Duration.ofMillis(100);
  private final Duration deadline;

  BackendCalls(GatewayConfig config) {
    this.deadline = config.backendDeadline();
    Duration worst = deadline.multipliedBy(2).plus(RETRY_PAUSE);
    if (worst.compareTo(config.requestTimeout()) >= 0) {
      throw new IllegalStateException("gateway.backend-deadline " + deadline + " is too long: two attempts and a pause ("
          + worst + ") must fit in gateway.request-timeout " + config.requestTimeout());
    }
  }

  /** An idempotent call: once more after UNAVAILABLE (the backend restarting, a replica going away). */
  public <S extends AbstractStub<S>, R> R read(S stub, Function<S, R> call) {
    try {
      return call.apply(withDeadline(stub));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
        throw e;
      }
      try {
        Thread.sleep(RETRY_PAUSE.toMillis());
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw e;
      }
      return call.apply(withDeadline(stub));
    }
  }

  /** A call that changes state: one attempt. */
  public <S extends AbstractStub<S>, R> R write(S stub, Function<S, R> call) {
    return call.apply(withDeadline(stub));
  }

  public Duration deadline() {
    return deadline;
  }

  private <S extends AbstractStub<S>> S withDeadline(S stub) {
    return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
  }
}
