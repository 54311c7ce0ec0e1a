package io.claimwatch.proto;

import io.grpc.CallOptions;

/**
 * The one size limit of every gRPC message between Claimwatch services, in and out, on every server
 * (each backend's {@code ServerBuilderCustomizer}) and every client ({@link ServiceCallInterceptor}).
 *
 * <p>Sized for the largest article: a document of up to 5 MiB ({@code ingest.max-content-bytes}) whose
 * clean text, source map and claims all travel, a {@code BatchCreateArticles} of 100 documents, and a
 * {@code BatchReplaceArticleClaims} of a worker's batch; one claim is about 0.5 to 1 KiB on the wire, so
 * 32 MiB holds tens of thousands of them. Vert.x's default (256 KiB) refused an article of about 1,000
 * claims.
 */
public final class GrpcLimits {

  /** 32 MiB. */
  public static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

  private GrpcLimits() {}

  /** The call's options with the limit in both directions. */
  public static CallOptions apply(CallOptions options) {
    return options.withMaxInboundMessageSize(MAX_MESSAGE_BYTES).withMaxOutboundMessageSize(MAX_MESSAGE_BYTES);
  }
}
