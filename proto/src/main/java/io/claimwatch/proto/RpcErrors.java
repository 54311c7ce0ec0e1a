package io.claimwatch.proto;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * gRPC errors as google.rpc.Status with an ErrorInfo detail (reason, domain), and the one way a
 * unary call answers: the body's result, or its exception mapped by the service's own table.
 */
public final class RpcErrors {

  private static final Logger LOG = Logger.getLogger(RpcErrors.class.getName());

  private RpcErrors() {}

  /** A status with an English message and ErrorInfo{reason, domain, metadata}. */
  public static StatusRuntimeException error(Code code, String reason, String domain, String message,
      Map<String, String> metadata) {
    ErrorInfo info = ErrorInfo.newBuilder().setReason(reason).setDomain(domain).putAllMetadata(metadata).build();
    return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
        .setCode(code.getNumber()).setMessage(message).addDetails(Any.pack(info)).build());
  }

  public static StatusRuntimeException error(Code code, String reason, String domain, String message) {
    return error(code, reason, domain, message, Map.of());
  }

  /** The ErrorInfo of a failed call, if the server sent one. */
  public static Optional<ErrorInfo> errorInfo(Throwable t) {
    com.google.rpc.Status status = StatusProto.fromThrowable(t);
    if (status == null) {
      return Optional.empty();
    }
    return status.getDetailsList().stream().filter(a -> a.is(ErrorInfo.class)).findFirst().map(a -> {
      try {
        return a.unpack(ErrorInfo.class);
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        return null;
      }
    });
  }

  /**
   * Whether {@code t} says a dependency cannot be reached now, so that a retry later may work: a
   * database connection refused, broken or shut down (SQLState class 08, 57P, 53300), a connection
   * pool that could not hand out a connection in time, or a refused socket. Such failures are the
   * server's and temporary: UNAVAILABLE with Retry-After, never INTERNAL.
   */
  public static boolean dependencyDown(Throwable t) {
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
          || t instanceof java.sql.SQLRecoverableException) {
        return true;
      }
      if (t instanceof java.sql.SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
          return true;
        }
        // Agroal's pool gives up waiting for a connection with a plain SQLException and no state.
        if (state == null && e.getMessage() != null && e.getMessage().contains("acquisition timeout")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Runs a unary call's body and answers with its result, or with the status {@code errors} maps
   * its exception to. {@code errors} returns empty for what it does not know: that is answered
   * INTERNAL with a generic message, and logged. Every Throwable is answered, errors too (a stack
   * overflow, a checked exception thrown sneakily), so a call never ends without a status, unless its caller has gone:
   * a call its caller gave up on (cancelled, or its deadline passed) is not run, or, when that happens while it runs,
   * not answered. Under Quarkus's Vert.x gRPC server an answer written to a stream its caller has reset makes Netty
   * close the whole HTTP/2 connection with PROTOCOL_ERROR ("Request stream N is not correct for server connection",
   * quarkusio/quarkus#56268), failing every other call in flight on it: the gateway's 500s of a cold start. A call
   * that waited for a worker longer than what is left of its deadline is refused RESOURCE_EXHAUSTED
   * {@code SERVER_BUSY} instead of run ({@link CallAdmission}).
   */
  public static <T> void respond(StreamObserver<T> out, Supplier<T> body,
      Function<RuntimeException, Optional<StatusRuntimeException>> errors) {
    if (callerGone(out)) {
      return;
    }
    Optional<StatusRuntimeException> refused = CallAdmission.lateStart(Context.current(), System.nanoTime());
    if (refused.isPresent()) {
      answerError(out, refused.get());
      return;
    }
    T result;
    try {
      result = body.get();
    } catch (StatusRuntimeException e) {
      answerError(out, e);
      return;
    } catch (RuntimeException e) {
      answerError(out, errors.apply(e).orElseGet(() -> internal(e)));
      return;
    } catch (Throwable e) {
      answerError(out, internal(e));
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw (VirtualMachineError) e;
      }
      return;
    }
    if (callerGone(out)) {
      return;
    }
    out.onNext(result);
    out.onCompleted();
  }

  /** Whether the call's caller has given up on it: its context is cancelled (or past its deadline), or the stream is. */
  static boolean callerGone(StreamObserver<?> out) {
    return Context.current().isCancelled() || (out instanceof ServerCallStreamObserver<?> call && call.isCancelled());
  }

  private static void answerError(StreamObserver<?> out, Throwable error) {
    if (callerGone(out)) {
      return;
    }
    try {
      out.onError(error);
    } catch (RuntimeException alreadyClosed) {
      // the caller's cancellation closed the call between the check and the answer: nothing to answer
    }
  }

  /** The description of every INTERNAL a Claimwatch service answers (its log has the cause). */
  public static final String INTERNAL_DESCRIPTION = "internal error; see the service's log";

  /**
   * Whether an INTERNAL status is a Claimwatch service's own answer (a failure of its code, the same on every attempt)
   * rather than one gRPC's client made of a broken connection ("Connection closed after GOAWAY. HTTP/2 error code:
   * PROTOCOL_ERROR", a reset stream), which a new attempt on a new connection can get past.
   */
  public static boolean isServiceInternal(StatusRuntimeException e) {
    return e.getStatus().getCode() == Status.Code.INTERNAL && INTERNAL_DESCRIPTION.equals(e.getStatus().getDescription());
  }

  private static StatusRuntimeException internal(Throwable e) {
    LOG.log(Level.SEVERE, "unexpected failure in a gRPC call", e);
    return Status.INTERNAL.withDescription(INTERNAL_DESCRIPTION).asRuntimeException();
  }
}
