package io.claimwatch.claims.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.Decimal;
import io.claimwatch.claims.domain.TestKeys;
import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.Verdict;
import io.claimwatch.claims.v1.WatchClaimsRequest;
import io.claimwatch.claims.v1.WatchClaimsResponse;
import io.claimwatch.localpg.PostgresTestResource;
import io.claimwatch.proto.ProtoTypes;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The watch stream over gRPC: new matching claims and new conflicts arrive; others do not. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "watch_test"))
class WatchGrpcTest {

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;

  @GrpcClient("claims")
  io.grpc.Channel channel;

  private static Claim claim(String counted, String value, String published) {
    return Claim.newBuilder().setProvenance(Provenance.newBuilder().setQuote(value + " " + counted).setQuoteEnd(5))
        .setQuantity(Quantity.newBuilder().setLow(Decimal.newBuilder().setValue(value)).setHigh(Decimal.newBuilder().setValue(value))
            .setHedge(Hedge.HEDGE_EXACT))
        .setCounted(counted).setKey(TestKeys.proto(counted)).setExtractorVersion("t").setPublicationDate(ProtoTypes.partialDate(published)).build();
  }

  @Test
  void aWatcherIsToldOfNewMatchingClaimsAndOfConflicts() throws Exception {
    ClaimsServiceGrpc.ClaimsServiceStub async = ClaimsServiceGrpc.newStub(channel);
    BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    Context.CancellableContext ctx = Context.current().withCancellation();
    ctx.run(() -> async.watchClaims(WatchClaimsRequest.newBuilder().setFilter("counted:\"ferries\"").build(),
        new StreamObserver<>() {
          @Override
          public void onNext(WatchClaimsResponse r) {
            events.add(r);
          }

          @Override
          public void onError(Throwable t) {
            events.add(t);
          }

          @Override
          public void onCompleted() {
            events.add("completed");
          }
        }));
    try {
      Thread.sleep(500); // let the stream open before the writes it should see
      claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/watch000000001")
          .addClaims(claim("ferries sunk", "40", "2034-01-01")).addClaims(claim("buses hit", "3", "2034-01-01")).build());
      WatchClaimsResponse first = (WatchClaimsResponse) events.poll(10, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(first.getClaim().getCounted()).isEqualTo("ferries sunk");

      claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/watch000000002")
          .addClaims(claim("ferries sunk", "25", "2034-01-03")).build());
      WatchClaimsResponse second = (WatchClaimsResponse) events.poll(10, TimeUnit.SECONDS);
      WatchClaimsResponse third = (WatchClaimsResponse) events.poll(10, TimeUnit.SECONDS);
      assertThat(second.getClaim().getQuantity().getLow().getValue()).isEqualTo("25");
      assertThat(third.getConflict().getVerdict()).isEqualTo(Verdict.VERDICT_CONFLICTS);
      assertThat(third.getConflict().getLater()).isEqualTo(second.getClaim().getName());
      assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("the bus claim did not match").isNull();
    } finally {
      ctx.cancel(null);
    }
  }

  @Test
  void aWatchWithABadFilterIsRefused() throws Exception {
    ClaimsServiceGrpc.ClaimsServiceStub async = ClaimsServiceGrpc.newStub(channel);
    BlockingQueue<Throwable> errors = new LinkedBlockingQueue<>();
    async.watchClaims(WatchClaimsRequest.newBuilder().setFilter("colour=red").build(), new StreamObserver<>() {
      @Override
      public void onNext(WatchClaimsResponse r) {
      }

      @Override
      public void onError(Throwable t) {
        errors.add(t);
      }

      @Override
      public void onCompleted() {
      }
    });
    Throwable t = errors.poll(10, TimeUnit.SECONDS);
    assertThat(t).isInstanceOfSatisfying(StatusRuntimeException.class,
        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
  }
}
