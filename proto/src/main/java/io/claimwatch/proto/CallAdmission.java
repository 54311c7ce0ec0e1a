package io.claimwatch.proto;

import com.google.rpc.Code;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether a unary call, about to run on a server's worker thread, is still worth running. A saturated server queues calls
 * for its workers; a call that waited there for more of its caller's deadline than is left would most likely pass it while
 * it runs: the caller would get DEADLINE_EXCEEDED (a 504 for the gateway's client) after the work was done for nobody, and
 * every such call delays the next. Such a call is refused at once with RESOURCE_EXHAUSTED {@value #SERVER_BUSY} (the
 * gateway's 429 with Retry-After; ingest's worker tries the article again later). A call whose caller already gave up
 * (cancelled, or its deadline passed) is neither run nor answered ({@link RpcErrors#respond}).
 *
 * <p>The wait is measured from {@link #ARRIVED}, which the servers' interceptor ({@code grpc-server}'s
 * {@code CallArrival}) sets when the call reaches the server; a call without it or without a deadline is always run.
 */
public final class CallAdmission {

  /** System.nanoTime() when the call reached the server, before it waited for a worker. */
  public static final Context.Key<Long> ARRIVED = Context.key("claimwatch-call-arrived-nanos");
  public static final String SERVER_BUSY = "SERVER_BUSY";
  public static final String DOMAIN = "rpc.claimwatch.io";
  static final String RETRY_AFTER_SECONDS = "1";

  private CallAdmission() {}

  /**
   * The refusal of a call that has waited for a worker longer than what is left of its deadline, or empty when it is
   * worth running.
   */
  public static Optional<StatusRuntimeException> lateStart(Context call, long nowNanos) {
    Long arrived = ARRIVED.get(call);
    Deadline deadline = call.getDeadline();
    if (arrived == null || deadline == null) {
      return Optional.empty();
    }
    long waited = nowNanos - arrived;
    long left = deadline.timeRemaining(TimeUnit.NANOSECONDS);
    if (waited <= left) {
      return Optional.empty();
    }
    return Optional.of(RpcErrors.error(Code.RESOURCE_EXHAUSTED, SERVER_BUSY, DOMAIN, "the server is saturated: the call"
        + " waited " + TimeUnit.NANOSECONDS.toMillis(waited) + " ms for a worker and " + Math.max(0, TimeUnit.NANOSECONDS.toMillis(left))
        + " ms of its deadline were left; retry after " + RETRY_AFTER_SECONDS + " s",
        Map.of("retry_after_seconds", RETRY_AFTER_SECONDS)));
  }
}
