package io.claimwatch.grpcserver;

import io.claimwatch.proto.CallAdmission;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Deadline;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Prioritized;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Gives each call its arrival time ({@link CallAdmission#ARRIVED}) and its caller's deadline, so that the service can tell
 * a call worth running from one that waited for a worker for most of its deadline or that its caller gave up on
 * ({@link CallAdmission}). Quarkus's Vert.x gRPC server (vertx-grpc 4.5) reads no {@code grpc-timeout} header, so the
 * deadline is read here: the call runs in a context that has the deadline and is cancelled when it passes or when the
 * caller cancels, as grpc-java's own server does ({@code Context.current().getDeadline()} and {@code isCancelled()} in a
 * handler mean what they mean there).
 */
@ApplicationScoped
@GlobalInterceptor
public class CallArrival implements ServerInterceptor, Prioritized {

  /**
   * Above Quarkus's BlockingServerInterceptor ({@code Integer.MAX_VALUE - 60}), which hands a {@code @Blocking} call to a
   * worker thread: this one runs first, on the event loop, when the call arrives.
   */
  static final int PRIORITY = Integer.MAX_VALUE - 10;

  static final Metadata.Key<String> TIMEOUT = Metadata.Key.of("grpc-timeout", Metadata.ASCII_STRING_MARSHALLER);
  private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "grpc-call-deadlines");
    t.setDaemon(true);
    return t;
  });

  CallArrival() {
    deadlines.setRemoveOnCancelPolicy(true); // a call that ends in time leaves no timer behind
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
      ServerCallHandler<ReqT, RespT> next) {
    Context arrived = Context.current().withValue(CallAdmission.ARRIVED, System.nanoTime());
    long timeout = timeoutNanos(headers.get(TIMEOUT));
    if (timeout < 0 || arrived.getDeadline() != null) {
      return Contexts.interceptCall(arrived, call, headers, next);
    }
    Context.CancellableContext bounded = arrived.withDeadline(Deadline.after(timeout, TimeUnit.NANOSECONDS), deadlines);
    ServerCall.Listener<ReqT> listener;
    try {
      listener = Contexts.interceptCall(bounded, call, headers, next);
    } catch (RuntimeException e) {
      bounded.cancel(null);
      throw e;
    }
    return new SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onCancel() {
        try {
          super.onCancel();
        } finally {
          bounded.cancel(null);
        }
      }

      @Override
      public void onComplete() {
        try {
          super.onComplete();
        } finally {
          bounded.cancel(null);
        }
      }
    };
  }

  /**
   * The {@code grpc-timeout} header's value in nanoseconds ("4000m", "20S": 1 to 8 digits and a unit of H, M, S, m, u
   * or n), or -1 when it is absent or not of that form.
   */
  static long timeoutNanos(String header) {
    if (header == null || header.length() < 2 || header.length() > 9) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < header.length() - 1; i++) {
      char c = header.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    TimeUnit unit = switch (header.charAt(header.length() - 1)) {
      case 'H' -> TimeUnit.HOURS;
      case 'M' -> TimeUnit.MINUTES;
      case 'S' -> TimeUnit.SECONDS;
      case 'm' -> TimeUnit.MILLISECONDS;
      case 'u' -> TimeUnit.MICROSECONDS;
      case 'n' -> TimeUnit.NANOSECONDS;
      default -> null;
    };
    return unit == null ? -1 : unit.toNanos(value);
  }

  @PreDestroy
  void stop() {
    deadlines.shutdownNow();
  }
}
