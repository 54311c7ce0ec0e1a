package io.claimwatch.proto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RpcErrors#respond} runs a call only while it is worth running ({@link CallAdmission}), and answers it only while
 * its caller waits for the answer.
 */
class CallAdmissionTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger bodyRuns = new AtomicInteger();
  private final List<Object> answers = new ArrayList<>();

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  void aCallThatWaitedLongerThanWhatIsLeftOfItsDeadlineIsRefusedServerBusyWithoutRunning() {
    // a 40 s deadline: 30 s waited, 10 s left (left long enough that a loaded machine's class loading cannot use it up)
    respondIn(arrived(30_000, 10_000));

    assertThat(bodyRuns).hasValue(0);
    assertThat(answers).singleElement().isInstanceOf(StatusRuntimeException.class);
    StatusRuntimeException e = (StatusRuntimeException) answers.get(0);
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
    assertThat(info.getReason()).isEqualTo("SERVER_BUSY");
    assertThat(info.getDomain()).isEqualTo("rpc.claimwatch.io");
    assertThat(info.getMetadataMap()).containsEntry("retry_after_seconds", "1");
    assertThat(e.getStatus().getDescription()).containsPattern("waited 30\\d{3} ms for a worker").contains("retry after 1 s");
  }

  @Test
  void aCallWithMoreOfItsDeadlineLeftThanItWaitedRuns() {
    respondIn(arrived(300, 3_000));

    assertThat(bodyRuns).hasValue(1);
    assertThat(answers).containsExactly("answer", "completed");
  }

  @Test
  void aCallWithoutADeadlineOrWithoutItsArrivalRunsHoweverLongItWaited() {
    long longAgo = System.nanoTime() - TimeUnit.MINUTES.toNanos(10);
    respondIn(Context.current().withValue(CallAdmission.ARRIVED, longAgo));
    respondIn(Context.current().withDeadline(Deadline.after(5, TimeUnit.SECONDS), timer));

    assertThat(bodyRuns).hasValue(2);
    assertThat(CallAdmission.lateStart(Context.ROOT, System.nanoTime())).isEqualTo(Optional.empty());
  }

  @Test
  void aCallItsCallerCancelledIsNeitherRunNorAnswered() {
    Context.CancellableContext call = Context.current().withCancellation();
    call.cancel(null);

    respondIn(call);

    assertThat(bodyRuns).hasValue(0);
    assertThat(answers).as("an answer on a reset stream closes the connection under Quarkus's Vert.x server").isEmpty();
  }

  @Test
  void aCallItsCallerCancelsWhileItRunsIsNotAnswered() {
    Context.CancellableContext call = Context.current().withCancellation();

    respondIn(call, () -> call.cancel(null)); // the caller resets the stream while the body runs

    assertThat(bodyRuns).hasValue(1);
    assertThat(answers).isEmpty();
  }

  @Test
  void aCallWhoseDeadlinePassedWhileItWaitedIsNeitherRunNorAnswered() throws InterruptedException {
    Context call = arrived(0, 10);
    Thread.sleep(100);

    respondIn(call);

    assertThat(bodyRuns).hasValue(0);
    assertThat(answers).isEmpty();
  }

  /** A call that arrived {@code waitedMillis} ago with {@code leftMillis} of its deadline left now. */
  private Context arrived(long waitedMillis, long leftMillis) {
    return Context.current().withValue(CallAdmission.ARRIVED, System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(waitedMillis))
        .withDeadline(Deadline.after(leftMillis, TimeUnit.MILLISECONDS), timer);
  }

  private void respondIn(Context call) {
    respondIn(call, () -> {});
  }

  /** Answers the call in its context; its body counts itself, runs {@code duringBody} and answers "answer". */
  private void respondIn(Context call, Runnable duringBody) {
    call.run(() -> RpcErrors.respond(new StreamObserver<String>() {
      @Override public void onNext(String v) { answers.add(v); }
      @Override public void onError(Throwable t) { answers.add(t); }
      @Override public void onCompleted() { answers.add("completed"); }
    }, () -> {
      bodyRuns.incrementAndGet();
      duringBody.run();
      return "answer";
    }, e -> Optional.empty()));
  }
}
