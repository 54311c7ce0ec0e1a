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

  static Optional<StatusRuntimeException> map(RuntimeException e) {
    if (e instanceof DomainException d) {
      Code code = d instanceof DomainException.NotFound ? Code.NOT_FOUND : Code.INVALID_ARGUMENT;
      return Optional.of(RpcErrors.error(code, d.reason(), DOMAIN, d.getMessage()));
    }
    return Optional.empty();
  }
}
