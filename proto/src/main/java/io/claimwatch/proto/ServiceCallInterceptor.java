package io.claimwatch.proto;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.time.Clock;
import java.time.Instant;

/**
 * What every call from one Claimwatch service to another carries: the caller's service token
 * ({@link ServiceTokens}, minted again when half its life is gone) and the message size limits of
 * {@link GrpcLimits}, both ways.
 */
public final class ServiceCallInterceptor implements ClientInterceptor {

  private record Minted(String token, Instant renewAt) {}

  private final ServiceTokens tokens;
  private final String caller;
  private final Clock clock;
  private volatile Minted current;

  /** @param caller this service's name, as the backends know it (e.g. "ingest-service") */
  public ServiceCallInterceptor(ServiceTokens tokens, String caller, Clock clock) {
    this.tokens = tokens;
    this.caller = caller;
    this.clock = clock;
  }

  /** The token to send now. */
  public String token() {
    Minted m = current;
    Instant now = clock.instant();
    if (m == null || !now.isBefore(m.renewAt())) {
      m = new Minted(tokens.mint(caller), now.plus(ServiceTokens.LIFETIME.dividedBy(2)));
      current = m;
    }
    return m.token();
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method, CallOptions options,
      Channel next) {
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, GrpcLimits.apply(options))) {
      @Override
      public void start(Listener<RespT> listener, Metadata headers) {
        headers.put(ServiceTokenCheck.AUTHORIZATION, "Bearer " + token());
        super.start(listener, headers);
      }
    };
  }
}
