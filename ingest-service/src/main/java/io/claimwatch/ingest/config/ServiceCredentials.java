package io.claimwatch.ingest.config;

import io.claimwatch.proto.ServiceCallInterceptor;
import io.claimwatch.proto.ServiceTokens;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every gRPC call this service makes carries its service token (as {@code quarkus.application.name}, signed
 * with {@code claimwatch.service-token.key}) and the one message size limit ({@link ServiceCallInterceptor}).
 */
@ApplicationScoped
@GlobalInterceptor
public class ServiceCredentials implements ClientInterceptor {

  private final ServiceCallInterceptor calls;

  ServiceCredentials(@ConfigProperty(name = "claimwatch.service-token.key") String key,
      @ConfigProperty(name = "quarkus.application.name") String caller) {
    this.calls = new ServiceCallInterceptor(new ServiceTokens(key, Clock.systemUTC()), caller, Clock.systemUTC());
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method, CallOptions options,
      Channel next) {
    return calls.interceptCall(method, options, next);
  }
}
