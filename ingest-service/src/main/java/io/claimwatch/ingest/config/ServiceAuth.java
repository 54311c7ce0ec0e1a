package io.claimwatch.ingest.config;

import io.claimwatch.proto.ServiceTokenCheck;
import io.claimwatch.proto.ServiceTokens;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every gRPC call to this service but gRPC health must carry a service token of a caller it serves
 * ({@code claimwatch.service-token.callers}, default: gateway), signed with the key in
 * {@code claimwatch.service-token.key} ({@code CLAIMWATCH_SERVICE_TOKEN_KEY}, from a Secret): else it is
 * refused with UNAUTHENTICATED ({@link ServiceTokenCheck}). No key: the service does not start.
 */
@ApplicationScoped
@GlobalInterceptor
public class ServiceAuth implements ServerInterceptor {

  private final ServiceTokenCheck check;

  ServiceAuth(@ConfigProperty(name = "claimwatch.service-token.key") String key,
      @ConfigProperty(name = "claimwatch.service-token.callers", defaultValue = "gateway") Set<String> callers) {
    this.check = new ServiceTokenCheck(new ServiceTokens(key, Clock.systemUTC()), callers, "ingest.claimwatch.io");
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
      ServerCallHandler<ReqT, RespT> next) {
    return check.interceptCall(call, headers, next);
  }
}
