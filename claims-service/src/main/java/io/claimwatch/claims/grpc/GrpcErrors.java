package io.claimwatch.claims.grpc;

import com.google.rpc.Code;
import io.claimwatch.claims.domain.DomainException;
import io.claimwatch.proto.RpcErrors;
import io.grpc.StatusRuntimeException;
import java.util.Optional;

/** The claims domain's exceptions as gRPC statuses (the table in the root README). */
final class GrpcErrors {

  static final String DOMAIN = "claims.claimwatch.io";

  private GrpcErrors() {}

  /** Seconds a caller should wait after DATABASE_UNAVAILABLE. */
  static final int DATABASE_RETRY_AFTER_SECONDS = 5;

  static Optional<StatusRuntimeException> map(RuntimeException e) {
    if (RpcErrors.dependencyDown(e)) {
      return Optional.of(RpcErrors.error(Code.UNAVAILABLE, "DATABASE_UNAVAILABLE", DOMAIN,
          "the service cannot reach its database now; retry in a few seconds",
          java.util.Map.of("retry_after_seconds", Integer.toString(DATABASE_RETRY_AFTER_SECONDS))));
    }
    if (e instanceof DomainException d) {
      Code code = d instanceof DomainException.NotFound ? Code.NOT_FOUND : Code.INVALID_ARGUMENT;
      return Optional.of(RpcErrors.error(code, d.reason(), DOMAIN, d.getMessage()));
    }
    return Optional.empty();
  }
}
