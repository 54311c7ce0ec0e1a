package io.claimwatch.gateway.client;

import com.google.rpc.Code;
import io.claimwatch.gateway.config.GatewayConfig;
import io.claimwatch.gateway.metrics.GatewayMetrics;
import io.claimwatch.proto.CallAdmission;
import io.claimwatch.proto.RpcErrors;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How the gateway calls a backend: each attempt with the configured deadline, reads (idempotent)
 * tried once more after UNAVAILABLE, writes never repeated. Both attempts and the pause between them
 * fit in the gateway's own request timeout, which startup checks. Reads come in two forms: blocking
 * ({@link #read}, for a worker thread) and asynchronous ({@link #readAsync}, a {@link Uni} that a
 * resource returns, so the request stays on its event loop and no worker thread waits on the backend). Every attempt
 * takes a permit of its backend's limit of calls in flight ({@link BackendLimits}) first; without one the call is not
 * sent and the caller is answered 429 {@code BACKEND_BUSY} with Retry-After.
 */
@ApplicationScoped
public class BackendCalls {

  static final Duration RETRY_PAUSE = Duration.ofMillis(100);
  /** What a write's deadline leaves of the caller's request timeout, to answer in. */
  static final Duration WRITE_ANSWER_MARGIN = Duration.ofMillis(500);
  /** Retry-After of a call refused over its backend's limit: the limit moves within a second's calls. */
  static final String BUSY_RETRY_AFTER_SECONDS = "1";
  private final Duration deadline;
  private final Duration writeDeadlinePerMib;
  private final Duration longestWrite;
  private final BackendLimits limits;
  private final GatewayMetrics metrics;

  BackendCalls(GatewayConfig config, GatewayMetrics metrics) {
    this.deadline = config.backendDeadline();
    this.writeDeadlinePerMib = config.writeDeadlinePerMib();
    // A write is not retried: it may take what the caller is promised, less a margin to answer in.
    this.longestWrite = config.requestTimeout().minus(WRITE_ANSWER_MARGIN);
    this.limits = new BackendLimits(config.backendLimit().minInFlight(), config.backendLimit().maxInFlight(),
        config.backendLimit().latencyCeiling());
    this.metrics = metrics;
    metrics.backendLimits(limits);
    Duration worst = deadline.multipliedBy(2).plus(RETRY_PAUSE);
    if (worst.compareTo(config.requestTimeout()) >= 0) {
      throw new IllegalStateException("gateway.backend-deadline " + deadline + " is too long: two attempts and a pause ("
          + worst + ") must fit in gateway.request-timeout " + config.requestTimeout());
    }
  }

  /** An idempotent call: once more after UNAVAILABLE (the backend restarting, a replica going away). */
  public <S extends AbstractStub<S>, R> R read(Backend backend, S stub, Function<S, R> call) {
    try {
      return limited(backend, stub, call, deadline);
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
      return limited(backend, stub, call, deadline);
    }
  }

  /** One blocking attempt under the backend's limit, with the deadline {@code within} from now. */
  private <S extends AbstractStub<S>, R> R limited(Backend backend, S stub, Function<S, R> call, Duration within) {
    BackendLimits.Permit permit = permit(backend);
    try {
      R answer = call.apply(withDeadline(stub, within));
      permit.release(BackendLimits.Outcome.ANSWERED);
      return answer;
    } catch (RuntimeException e) {
      permit.release(outcome(e));
      throw e;
    }
  }

  /**
   * An idempotent call made asynchronously: the answer is delivered on the gRPC channel's event loop, no thread
   * waits for it. Once more after UNAVAILABLE, after the same pause as {@link #read}. Cancelling the Uni (the client
   * went away) cancels the call.
   */
  public <S extends AbstractStub<S>, R> Uni<R> readAsync(Backend backend, S stub, BiConsumer<S, StreamObserver<R>> call) {
    Uni<R> attempt = Uni.createFrom().emitter(em -> {
      BackendLimits.Permit permit;
      try {
        permit = permit(backend);
      } catch (StatusRuntimeException busy) {
        em.fail(busy);
        return;
      }
      call.accept(withDeadline(stub, deadline), new Answer<>(em, permit));
    });
    return attempt.onFailure(e -> e instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.UNAVAILABLE)
        .recoverWithUni(e -> Uni.createFrom().voidItem().onItem().delayIt().by(RETRY_PAUSE).replaceWith(attempt));
  }

  /** A unary call's answer into a Uni; the Uni's cancellation into the call's. */
  private static final class Answer<R> implements ClientResponseObserver<Object, R> {
    private final UniEmitter<? super R> emitter;
    private final BackendLimits.Permit permit;
    private final AtomicReference<R> value = new AtomicReference<>();
    private volatile boolean closed;

    Answer(UniEmitter<? super R> emitter, BackendLimits.Permit permit) {
      this.emitter = emitter;
      this.permit = permit;
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<Object> call) {
      emitter.onTermination(() -> {
        if (!closed) {
          call.cancel("the client went away", null);
          permit.release(BackendLimits.Outcome.IGNORED);
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
      permit.release(outcome(t));
      emitter.fail(t);
    }

    @Override
    public void onCompleted() {
      closed = true;
      permit.release(BackendLimits.Outcome.ANSWERED);
      emitter.complete(value.get());
    }
  }

  /**
   * A call that changes state: one attempt, whose deadline grows with the bytes it sends (a batch of large articles
   * takes its backend longer to clean and store than a read takes), up to what the caller is promised.
   */
  public <S extends AbstractStub<S>, R> R write(Backend backend, S stub, long requestBytes, Function<S, R> call) {
    return limited(backend, stub, call, writeDeadline(deadline, writeDeadlinePerMib, longestWrite, requestBytes));
  }

  /** The backend deadline, plus {@code perMib} for each MiB of the request, at most {@code longest}. */
  static Duration writeDeadline(Duration base, Duration perMib, Duration longest, long requestBytes) {
    Duration grown = base.plusMillis(perMib.toMillis() * Math.max(0, requestBytes) / (1024 * 1024));
    Duration cap = longest.compareTo(base) < 0 ? base : longest;
    return grown.compareTo(cap) > 0 ? cap : grown;
  }

  /** A permit of the backend's limit, or the 429 BACKEND_BUSY the caller gets instead of a call that would queue. */
  private BackendLimits.Permit permit(Backend backend) {
    return limits.acquire(backend).orElseThrow(() -> {
      metrics.rejected(GatewayMetrics.Reason.BUSY);
      return RpcErrors.error(Code.RESOURCE_EXHAUSTED, "BACKEND_BUSY", "gateway.claimwatch.io", "the " + backend.label()
          + " service has as many calls in flight as it answers in time; retry after " + BUSY_RETRY_AFTER_SECONDS + " s",
          Map.of("retry_after_seconds", BUSY_RETRY_AFTER_SECONDS, "backend", backend.label()));
    });
  }

  /**
   * What a failed call says of its backend's load: a deadline passed, the backend unreachable, or the backend refusing a
   * call that waited too long for one of its workers ({@code SERVER_BUSY}) is overload; any other answer of the backend's
   * own (a 404, ingest's own 429 of a full queue) is a latency sample.
   */
  static BackendLimits.Outcome outcome(Throwable t) {
    Status.Code code = Status.fromThrowable(t).getCode();
    if (code == Status.Code.RESOURCE_EXHAUSTED
        && RpcErrors.errorInfo(t).filter(i -> CallAdmission.SERVER_BUSY.equals(i.getReason())).isPresent()) {
      return BackendLimits.Outcome.OVERLOADED;
    }
    return switch (code) {
      case DEADLINE_EXCEEDED, UNAVAILABLE -> BackendLimits.Outcome.OVERLOADED;
      case CANCELLED -> BackendLimits.Outcome.IGNORED;
      default -> BackendLimits.Outcome.ANSWERED;
    };
  }

  public Duration deadline() {
    return deadline;
  }

  private static <S extends AbstractStub<S>> S withDeadline(S stub, Duration within) {
    return stub.withDeadlineAfter(within.toMillis(), TimeUnit.MILLISECONDS);
  }
}
