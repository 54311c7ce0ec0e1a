package io.claimwatch.claims.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.ReplaceArticleClaimsResponse;
import io.claimwatch.localpg.PostgresTestResource;
import io.claimwatch.proto.RpcErrors;
import io.claimwatch.proto.ServiceCallInterceptor;
import io.claimwatch.proto.ServiceTokens;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service trusts no one and takes the largest article: a call without a service token is refused
 * (UNAUTHENTICATED) and stores nothing, gRPC health stays open, and an article of 1,500 claims (well over
 * Vert.x's default 256 KiB) is stored and answered whole.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims_test"))
class ServiceTrustGrpcTest {

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;

  @ConfigProperty(name = "quarkus.http.test-port")
  int port;

  @ConfigProperty(name = "claimwatch.service-token.key")
  String key;

  private ManagedChannel bare;

  @BeforeEach
  void open() {
    bare = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
  }

  @AfterEach
  void close() {
    bare.shutdownNow();
  }

  private static ReplaceArticleClaimsRequest forged(String article) {
    return ReplaceArticleClaimsRequest.newBuilder().setArticle(article)
        .addClaims(ClaimsGrpcServiceTest.exact("999999").toBuilder()
            .setProvenance(Provenance.newBuilder().setQuote("FORGED BY PROBE 999999").setQuoteStart(0).setQuoteEnd(22)))
        .build();
  }

  @Test
  void aCallWithoutAServiceTokenIsUnauthenticatedAndStoresNothing() {
    StatusRuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
        () -> ClaimsServiceGrpc.newBlockingStub(bare).replaceArticleClaims(forged("articles/forged00001")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("SERVICE_TOKEN_MISSING");
    assertThat(claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/forged00001").build()).getClaimsList())
        .isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsUnauthenticated() {
    var stranger = new ServiceCallInterceptor(new ServiceTokens("a-key-that-is-not-the-services-0123456789", Clock.systemUTC()),
        "ingest-service", Clock.systemUTC());
    StatusRuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
        () -> ClaimsServiceGrpc.newBlockingStub(ClientInterceptors.intercept(bare, stranger))
            .replaceArticleClaims(forged("articles/forged00002")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("SERVICE_TOKEN_INVALID");
  }

  @Test
  void aServiceItDoesNotServeIsPermissionDenied() {
    var extract = new ServiceCallInterceptor(new ServiceTokens(key, Clock.systemUTC()), "extract-service", Clock.systemUTC());
    StatusRuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
        () -> ClaimsServiceGrpc.newBlockingStub(ClientInterceptors.intercept(bare, extract))
            .replaceArticleClaims(forged("articles/forged00003")));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
  }

  @Test
  void grpcHealthStaysOpenToProbes() {
    HealthCheckResponse r = HealthGrpc.newBlockingStub(bare).check(HealthCheckRequest.getDefaultInstance());
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void anArticleOfFifteenHundredClaimsIsStoredAndAnsweredWhole() {
    ReplaceArticleClaimsRequest.Builder req = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/huge00001");
    for (int i = 0; i < 1500; i++) {
      Claim c = ClaimsGrpcServiceTest.exact(Integer.toString(1000 + i));
      String quote = (1000 + i) + " Russian soldiers were captured near the village, officials of the regional military "
          + "administration said in a statement on their channel, adding that the figure was preliminary";
      req.addClaims(c.toBuilder().setProvenance(Provenance.newBuilder().setQuote(quote).setQuoteStart(i * 200)
          .setQuoteEnd(i * 200 + quote.length())));
    }
    assertThat(req.build().getSerializedSize()).as("over Vert.x's default 256 KiB").isGreaterThan(256 * 1024);
    ReplaceArticleClaimsResponse stored = claims.replaceArticleClaims(req.build());
    assertThat(stored.getClaimsCount()).isEqualTo(1500);
    assertThat(claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/huge00001").setPageSize(500).build())
        .getClaimsCount()).isEqualTo(500);
  }
}
