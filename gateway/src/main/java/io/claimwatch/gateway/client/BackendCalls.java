package io.claimwatch.gateway.client;

import io.claimwatch.gateway.config.GatewayConfig;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How the gateway calls a backend: each attempt with the configured deadline, reads (idempotent)
 * tried once more after UNAVAILABLE, writes never repeated. Both attempts and the pause between them
 * fit in the gateway's own request timeout, which startup checks. Reads come in two forms: blocking
 * ({@link #read}, for a worker thread) and asynchronous ({@link #readAsync}, a {@link Uni} that a
 * resource returns, so the request stays on its event loop and no worker thread waits on the backend).
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

  /**
   * An idempotent call made asynchronously: the answer is delivered on the gRPC channel's event loop, no thread
   * waits for it. Once more after UNAVAILABLE, after the same pause as {@link #read}. Cancelling the Uni (the client
   * went away) cancels the call.
   */
  public <S extends AbstractStub<S>, R> Uni<R> readAsync(S stub, BiConsumer<S, StreamObserver<R>> call) {
    Uni<R> attempt = Uni.createFrom().emitter(em -> call.accept(withDeadline(stub), new Answer<>(em)));
    return attempt.onFailure(e -> e instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.UNAVAILABLE)
        .recoverWithUni(e -> Uni.createFrom().voidItem().onItem().delayIt().by(RETRY_PAUSE).replaceWith(attempt));
  }

  /** A unary call's answer into a Uni; the Uni's cancellation into the call's. */
  private static final class Answer<R> implements ClientResponseObserver<Object, R> {
    private final UniEmitter<? super R> emitter;
    private final AtomicReference<R> value = new AtomicReference<>();
    private volatile boolean closed;

    Answer(UniEmitter<? super R> emitter) {
      this.emitter = emitter;
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<Object> call) {
      emitter.onTermination(() -> {
        if (!closed) {
          call.cancel("the client went away", null);
        }
      });
    }

    @Override
    public void onNext(R r) {
      value.set(r);
    }

    @Override
    public void onError(Throwable t) {
      closed = true;
      emitter.fail(t);
    }

    @Override
    public void onCompleted() {
      closed = true;
      emitter.complete(value.get());
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
