package io.claimwatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.grpcserver.ConnectionMaxAge;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a zero maximum age every connection is sent GOAWAY after its first call; the client reconnects unharmed. */
@QuarkusTest
@TestProfile(ConnectionMaxAgeTest.ZeroAge.class)
class ConnectionMaxAgeTest {

  public static class ZeroAge implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("claimwatch.grpc.max-connection-age", "0s", "claimwatch.grpc.max-connection-age-grace", "5s");
    }
  }

  @GrpcClient("extract")
  ExtractServiceGrpc.ExtractServiceBlockingStub extract;

  @Inject
  ConnectionMaxAge maxAge;

  @Test
  void oldConnectionsAreRetiredAndCallsStillSucceed() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(extract.extractClaims(ExtractClaimsRequest.newBuilder().setText("About 5 boats sank.").build())
          .getClaimsCount()).isPositive();
      Thread.sleep(200); // the GOAWAY reaches the client before the next call
    }
    assertThat(maxAge.retiredCount()).isGreaterThanOrEqualTo(2);
  }
}
