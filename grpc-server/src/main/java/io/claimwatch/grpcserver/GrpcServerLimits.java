package io.claimwatch.grpcserver;

import io.claimwatch.proto.GrpcLimits;
import io.quarkus.grpc.api.ServerBuilderCustomizer;
import io.quarkus.grpc.runtime.config.GrpcServerConfiguration;
import io.vertx.grpc.server.GrpcServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/** The gRPC server takes messages up to {@link GrpcLimits#MAX_MESSAGE_BYTES}, the one limit of every service. */
@ApplicationScoped
public class GrpcServerLimits implements ServerBuilderCustomizer<io.grpc.netty.NettyServerBuilder> {

  @Override
  public void customize(GrpcServerConfiguration config, GrpcServerOptions options) {
    options.setMaxMessageSize(GrpcLimits.MAX_MESSAGE_BYTES);
  }
}
