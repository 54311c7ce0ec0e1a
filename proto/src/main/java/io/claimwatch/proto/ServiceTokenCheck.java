package io.claimwatch.proto;

import com.google.rpc.Code;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.util.Set;

/**
 * A backend's door: every call but gRPC health must carry a service token
 * ({@code authorization: Bearer <token>}, {@link ServiceTokens}) from a caller this backend serves.
 * Without one the call is refused with UNAUTHENTICATED ({@code SERVICE_TOKEN_MISSING},
 * {@code SERVICE_TOKEN_INVALID}, {@code SERVICE_TOKEN_EXPIRED}); a valid token of a service this backend
 * does not serve is PERMISSION_DENIED ({@code CALLER_NOT_ALLOWED}). The caller's name is in {@link #CALLER}.
 */
public final class ServiceTokenCheck implements ServerInterceptor {

  /** The header that carries the token. */
  public static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  /** The calling service, in the context of a call that passed. */
  public static final Context.Key<String> CALLER = Context.key("claimwatch-caller");
  /** Services open to anyone who can reach the port: gRPC health, for probes and load balancers. */
  public static final Set<String> OPEN_SERVICES = Set.of("grpc.health.v1.Health");

  private static final String BEARER = "Bearer ";

  private final ServiceTokens tokens;
  private final Set<String> callers;
  private final String domain;

  /**
   * @param callers the services this backend serves (e.g. "gateway", "ingest-service")
   * @param domain the ErrorInfo domain of refusals, e.g. "claims.claimwatch.io"
   */
  public ServiceTokenCheck(ServiceTokens tokens, Set<String> callers, String domain) {
    this.tokens = tokens;
    this.callers = Set.copyOf(callers);
    this.domain = domain;
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
      ServerCallHandler<ReqT, RespT> next) {
    if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
      return next.startCall(call, headers);
    }
    String header = headers.get(AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return refuse(call, Code.UNAUTHENTICATED, "SERVICE_TOKEN_MISSING", "this service takes calls only from Claimwatch "
          + "services: send a service token as the header 'authorization: Bearer <token>'");
    }
    String caller;
    try {
      caller = tokens.verify(header.substring(BEARER.length()).strip(), callers);
    } catch (ServiceTokens.Refused r) {
      Code code = r.reason().equals("CALLER_NOT_ALLOWED") ? Code.PERMISSION_DENIED : Code.UNAUTHENTICATED;
      return refuse(call, code, r.reason(), r.getMessage());
    }
    return Contexts.interceptCall(Context.current().withValue(CALLER, caller), call, headers, next);
  }

  private <ReqT, RespT> ServerCall.Listener<ReqT> refuse(ServerCall<ReqT, RespT> call, Code code, String reason,
      String message) {
    StatusRuntimeException e = RpcErrors.error(code, reason, domain, message);
    call.close(e.getStatus(), e.getTrailers() == null ? new Metadata() : e.getTrailers());
    return new ServerCall.Listener<>() {};
  }
}
