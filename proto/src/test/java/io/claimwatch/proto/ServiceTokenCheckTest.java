package io.claimwatch.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsResponse;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A backend behind {@link ServiceTokenCheck}, called with and without {@link ServiceCallInterceptor}'s token. */
class ServiceTokenCheckTest {

  private static final String KEY = "test-service-token-key-0123456789abcdef";
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);

  private Server server;
  private ManagedChannel channel;
  private final String[] callerSeen = new String[1];

  @BeforeEach
  void start() throws Exception {
    String name = InProcessServerBuilder.generateName();
    ExtractServiceGrpc.ExtractServiceImplBase impl = new ExtractServiceGrpc.ExtractServiceImplBase() {
      @Override
      public void extractClaims(ExtractClaimsRequest request, StreamObserver<ExtractClaimsResponse> out) {
        callerSeen[0] = ServiceTokenCheck.CALLER.get();
        out.onNext(ExtractClaimsResponse.newBuilder().setExtractorVersion("v").build());
        out.onCompleted();
      }
    };
    server = InProcessServerBuilder.forName(name).directExecutor()
        .addService(ServerInterceptors.intercept(impl,
            new ServiceTokenCheck(new ServiceTokens(KEY, NOW), Set.of("ingest-service"), "extract.claimwatch.io")))
        .build().start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.shutdownNow();
  }

  private ExtractServiceGrpc.ExtractServiceBlockingStub stub(io.grpc.ClientInterceptor... interceptors) {
    return ExtractServiceGrpc.newBlockingStub(ClientInterceptors.intercept(channel, interceptors));
  }

  private static ServiceCallInterceptor caller(String key, String name, Clock clock) {
    return new ServiceCallInterceptor(new ServiceTokens(key, clock), name, clock);
  }

  private static StatusRuntimeException refused(ExtractServiceGrpc.ExtractServiceBlockingStub stub) {
    try {
      stub.extractClaims(ExtractClaimsRequest.getDefaultInstance());
    } catch (StatusRuntimeException e) {
      return e;
    }
    throw new AssertionError("the call was not refused");
  }

  @Test
  void aCallWithTheCallersTokenPassesAndNamesTheCaller() {
    ExtractClaimsResponse r = stub(caller(KEY, "ingest-service", NOW)).extractClaims(ExtractClaimsRequest.getDefaultInstance());
    assertThat(r.getExtractorVersion()).isEqualTo("v");
    assertThat(callerSeen[0]).isEqualTo("ingest-service");
  }

  @Test
  void aCallWithoutATokenIsUnauthenticatedAndSaysWhatToSend() {
    StatusRuntimeException e = refused(stub());
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("SERVICE_TOKEN_MISSING");
    assertThat(e.getStatus().getDescription()).contains("authorization: Bearer");
    assertThat(callerSeen[0]).isNull();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsUnauthenticated() {
    StatusRuntimeException e = refused(stub(caller("another-key-of-at-least-32-bytes-0123456789", "ingest-service", NOW)));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("SERVICE_TOKEN_INVALID");
  }

  @Test
  void garbageAndAnUnsignedTokenAreUnauthenticated() {
    for (String token : new String[] {"x", "a.b.c", "eyJhbGciOiJub25lIn0.eyJpc3MiOiJpbmdlc3Qtc2VydmljZSJ9.", ""}) {
      Metadata h = new Metadata();
      h.put(ServiceTokenCheck.AUTHORIZATION, "Bearer " + token);
      StatusRuntimeException e = refused(stub(MetadataUtils.newAttachHeadersInterceptor(h)));
      assertThat(e.getStatus().getCode()).as(token).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).as(token).isEqualTo("SERVICE_TOKEN_INVALID");
    }
  }

  @Test
  void anExpiredTokenIsUnauthenticated() {
    Clock tenMinutesAgo = Clock.offset(NOW, Duration.ofMinutes(-10));
    String old = new ServiceTokens(KEY, tenMinutesAgo).mint("ingest-service");
    Metadata h = new Metadata();
    h.put(ServiceTokenCheck.AUTHORIZATION, "Bearer " + old);
    StatusRuntimeException e = refused(stub(MetadataUtils.newAttachHeadersInterceptor(h)));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("SERVICE_TOKEN_EXPIRED");
  }

  @Test
  void aServiceThisBackendDoesNotServeIsPermissionDenied() {
    StatusRuntimeException e = refused(stub(caller(KEY, "gateway", NOW)));
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("CALLER_NOT_ALLOWED");
  }

  @Test
  void theCallerMintsAgainWhenHalfTheLifeIsGone() {
    Instant[] now = {NOW.instant()};
    Clock moving = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    ServiceCallInterceptor c = new ServiceCallInterceptor(new ServiceTokens(KEY, moving), "ingest-service", moving);
    String first = c.token();
    now[0] = now[0].plusSeconds(60);
    assertThat(c.token()).isEqualTo(first);
    now[0] = now[0].plus(ServiceTokens.LIFETIME.dividedBy(2));
    assertThat(c.token()).isNotEqualTo(first);
  }

  @Test
  void aShortOrMissingKeyIsRefusedAtStartWithHowToMakeOne() {
    assertThatThrownBy(() -> new ServiceTokens("short", NOW)).hasMessageContaining("CLAIMWATCH_SERVICE_TOKEN_KEY")
        .hasMessageContaining("/dev/urandom");
    assertThatThrownBy(() -> new ServiceTokens(null, NOW)).isInstanceOf(IllegalArgumentException.class);
  }
}
