package io.claimwatch.ingest.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A database outage is UNAVAILABLE with a retry hint, never INTERNAL; every Throwable gets a status. */
class GrpcErrorsTest {

  @Test
  void aRefusedOrBrokenDatabaseConnectionIsUnavailableWithRetryAfter() {
    for (String state : new String[] {"08001", "08006", "57P01", "57P03", "53300"}) {
      RuntimeException e = new IllegalStateException("listing articles failed", new SQLException("Connection refused", state));
      StatusRuntimeException s = GrpcErrors.map(e).orElseThrow();
      assertThat(s.getStatus().getCode()).as(state).isEqualTo(Status.Code.UNAVAILABLE);
      var info = RpcErrors.errorInfo(s).orElseThrow();
      assertThat(info.getReason()).isEqualTo("DATABASE_UNAVAILABLE");
      assertThat(info.getMetadataMap()).containsEntry("retry_after_seconds", "5");
      assertThat(s.getStatus().getDescription()).doesNotContain("localhost").doesNotContain("Exception");
    }
    assertThat(GrpcErrors.map(new IllegalStateException("x", new SQLException("Sorry, acquisition timeout!")))).isPresent();
    // A bug in a query (syntax, constraint) stays a server error for the generic path.
    assertThat(GrpcErrors.map(new IllegalStateException("x", new SQLException("syntax error", "42601")))).isEmpty();
  }

  @Test
  void everyThrowableIsAnsweredWithAStatus() {
    List<Throwable> errors = new ArrayList<>();
    StreamObserver<String> out = new StreamObserver<>() {
      @Override
      public void onNext(String value) {}

      @Override
      public void onError(Throwable t) {
        errors.add(t);
      }

      @Override
      public void onCompleted() {}
    };
    RpcErrors.respond(out, () -> {
      throw new StackOverflowError();
    }, GrpcErrors::map);
    RpcErrors.respond(out, () -> sneaky(new java.io.IOException("checked")), GrpcErrors::map);
    assertThat(errors).hasSize(2).allSatisfy(t -> {
      assertThat(Status.fromThrowable(t).getCode()).isEqualTo(Status.Code.INTERNAL);
      assertThat(Status.fromThrowable(t).getDescription()).doesNotContain("StackOverflow").doesNotContain("IOException");
    });
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> String sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
