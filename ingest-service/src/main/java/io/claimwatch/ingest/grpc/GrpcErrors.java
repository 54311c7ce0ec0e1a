package io.claimwatch.ingest.grpc;

import com.google.rpc.Code;
import io.claimwatch.ingest.domain.DomainException;
import io.claimwatch.proto.RpcErrors;
import io.grpc.StatusRuntimeException;
import java.util.Optional;

/** The ingest domain's exceptions as gRPC statuses (the table in the root README). */
final class GrpcErrors {

  static final String DOMAIN = "ingest.claimwatch.io";

  private GrpcErrors() {}

  /** Seconds a caller should wait after DATABASE_UNAVAILABLE. */
  static final int DATABASE_RETRY_AFTER_SECONDS = 5;

  static Optional<StatusRuntimeException> map(RuntimeException e) {
    if (RpcErrors.dependencyDown(e)) {
      return Optional.of(RpcErrors.error(Code.UNAVAILABLE, "DATABASE_UNAVAILABLE", DOMAIN,
          "the service cannot reach its database now; retry in a few seconds",
          java.util.Map.of("retry_after_seconds", Integer.toString(DATABASE_RETRY_AFTER_SECONDS))));
    }
    if (!(e instanceof DomainException d)) {
      return Optional.empty();
    }
    Code code;
    if (d instanceof DomainException.NotFound) {
      code = Code.NOT_FOUND;
    } else if (d instanceof DomainException.Exhausted x) {
      return Optional.of(RpcErrors.error(Code.RESOURCE_EXHAUSTED, d.reason(), DOMAIN, d.getMessage(),
          java.util.Map.of("retry_after_seconds", Long.toString(x.retryAfter().toSeconds()))));
    } else if (d instanceof DomainException.WrongState) {
      code = Code.FAILED_PRECONDITION;
    } else if (d instanceof DomainException.DependencyUnavailable) {
      code = Code.UNAVAILABLE;
    } else {
      code = Code.INVALID_ARGUMENT;
    }
    return Optional.of(RpcErrors.error(code, d.reason(), DOMAIN, d.getMessage()));
  }
}
