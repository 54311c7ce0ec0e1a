package io.claimwatch.ingest.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.ReplaceArticleClaimsResponse;
import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsResponse;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.ingest.domain.Article;
import io.claimwatch.ingest.domain.DateEvidence;
import io.claimwatch.ingest.domain.Dating;
import io.claimwatch.ingest.domain.SourceMap;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the extraction step sends: only a trusted date, and the origin and outlet with the claims. */
class ExtractThenStoreTest {

  private final List<ExtractClaimsRequest> extracted = new ArrayList<>();
  private final List<ReplaceArticleClaimsRequest> replaced = new ArrayList<>();
  private Server server;
  private ManagedChannel channel;
  private ExtractThenStore step;
  /** When set, extract-service answers every call with this status. */
  private volatile io.grpc.Status failWith;
  /** When set, extract-service answers every call with this error (a status with its ErrorInfo). */
  private volatile io.grpc.StatusRuntimeException failWithError;

  @BeforeEach
  void start() throws Exception {
    String name = InProcessServerBuilder.generateName();
    server = InProcessServerBuilder.forName(name).directExecutor()
        .addService(new ExtractServiceGrpc.ExtractServiceImplBase() {
          @Override
          public void extractClaims(ExtractClaimsRequest req, StreamObserver<ExtractClaimsResponse> out) {
            extracted.add(req);
            if (failWithError != null) {
              out.onError(failWithError);
              return;
            }
            if (failWith != null) {
              out.onError(failWith.asRuntimeException());
              return;
            }
            out.onNext(ExtractClaimsResponse.newBuilder().setExtractorVersion("engine-9").build());
            out.onCompleted();
          }
        })
        .addService(new ClaimsServiceGrpc.ClaimsServiceImplBase() {
          @Override
          public void replaceArticleClaims(ReplaceArticleClaimsRequest req, StreamObserver<ReplaceArticleClaimsResponse> out) {
            replaced.add(req);
            out.onNext(ReplaceArticleClaimsResponse.getDefaultInstance());
            out.onCompleted();
          }
        })
        .build().start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    step = new ExtractThenStore(ExtractServiceGrpc.newBlockingStub(channel), ClaimsServiceGrpc.newBlockingStub(channel),
        Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.shutdownNow();
  }

  private static Article article(String sourceUrl, Dating dating, Article.Origin origin) {
    Instant t = Instant.parse("2025-05-26T10:00:00Z");
    return new Article("00000000000000aa", null, null, sourceUrl, dating, null, origin, SourceMap.EMPTY, "Some 20 homes burned.",
        "text/plain", 21, Article.State.EXTRACTING, null, 0, "", 1, t, t);
  }

  @Test
  void onlyUnavailableDeadlineAndExhaustedAreWorthRetryingEverythingElseRefusesTheArticle() {
    for (io.grpc.Status.Code code : io.grpc.Status.Code.values()) {
      if (code == io.grpc.Status.Code.OK) {
        continue;
      }
      // a Claimwatch service answers INTERNAL only with RpcErrors' description (its log has the cause)
      String description = code == io.grpc.Status.Code.INTERNAL ? io.claimwatch.proto.RpcErrors.INTERNAL_DESCRIPTION : "the text is not valid";
      failWith = io.grpc.Status.fromCode(code).withDescription(description);
      Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
          () -> step.extractAndStore(article(null, Dating.NONE, null)));
      switch (code) {
        case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED ->
            assertThat(thrown).as("%s", code).isInstanceOf(io.claimwatch.ingest.domain.DomainException.DependencyUnavailable.class);
        default -> assertThat(thrown).as("%s", code).isInstanceOf(io.claimwatch.ingest.domain.ExtractionRefused.class)
            .hasMessage("extract-service refused the article (" + code + "): " + description);
      }
    }
    assertThat(replaced).as("nothing stored for a refused article").isEmpty();
  }

  @Test
  void aConnectionThatBrokeUnderTheCallIsRetriedNotRefused() {
    // what gRPC's client makes of an HTTP/2 GOAWAY with PROTOCOL_ERROR while a service restarts
    failWith = io.grpc.Status.INTERNAL.withDescription(
        "Connection closed after GOAWAY. HTTP/2 error code: PROTOCOL_ERROR, debug data: Request stream 11 is not correct for server connection");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> step.extractAndStore(article(null, Dating.NONE, null)))
        .isInstanceOf(io.claimwatch.ingest.domain.DomainException.DependencyUnavailable.class);
    assertThat(replaced).isEmpty();
  }

  @Test
  void aServiceThatIsFullIsRetriedButAMessageOverGrpcsSizeLimitIsRefused() {
    failWithError = io.claimwatch.proto.RpcErrors.error(com.google.rpc.Code.RESOURCE_EXHAUSTED, "EXTRACT_BUSY",
        "extract.claimwatch.io", "too many extractions at once; retry in a second");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> step.extractAndStore(article(null, Dating.NONE, null)))
        .isInstanceOf(io.claimwatch.ingest.domain.DomainException.DependencyUnavailable.class);
    failWithError = null;
    failWith = io.grpc.Status.RESOURCE_EXHAUSTED.withDescription("gRPC message exceeds maximum size 33554432: 40000000");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> step.extractAndStore(article(null, Dating.NONE, null)))
        .isInstanceOf(io.claimwatch.ingest.domain.ExtractionRefused.class).hasMessageContaining("exceeds maximum size");
  }

  @Test
  void aReprintSendsItsOriginAndOutlet() {
    step.extractAndStore(article("https://WWW.TheMoscowTimes.com/2025/01/09/a?x=1", Dating.NONE,
        new Article.Origin("00000000000000bb", 0.91)));
    assertThat(replaced.get(0).getOrigin()).isEqualTo("articles/00000000000000bb");
    assertThat(replaced.get(0).getOutlet()).isEqualTo("www.themoscowtimes.com");
  }

  @Test
  void theOutcomeNamesTheExtractorVersionThatFoundTheClaims() {
    assertThat(step.extractAndStore(article(null, Dating.NONE, null)))
        .isEqualTo(new io.claimwatch.ingest.domain.ClaimExtraction.Outcome(0, "engine-9"));
  }

  @Test
  void anOriginWithoutAUrlSendsNeither() {
    step.extractAndStore(article(null, Dating.NONE, null));
    assertThat(replaced.get(0).getOrigin()).isEmpty();
    assertThat(replaced.get(0).getOutlet()).isEmpty();
    assertThat(ExtractThenStore.outlet("not a url at all")).isEmpty();
  }

  @Test
  void theDecidedDateAndTheStoryDatelineGoToExtractionInCodePoints() {
    String text = "\uD83D\uDCF0 Quake\n\nQUITO, April 17, 2016 (Reuters) - Some 20 homes burned.";
    io.claimwatch.ingest.domain.StoryDateline read = io.claimwatch.ingest.domain.StoryDateline.read(text);
    Dating dating = new Dating(DateEvidence.of(read.date(), DateEvidence.Source.STORY_DATELINE), null, false, null, read);
    Instant t = Instant.parse("2025-05-26T10:00:00Z");
    Article a = new Article("00000000000000ab", null, null, null, dating, null, null, SourceMap.EMPTY, text,
        "text/plain", text.length(), Article.State.EXTRACTING, null, 0, "", 1, t, t);

    io.claimwatch.extract.v1.ExtractClaimsRequest req = ExtractThenStore.extractRequest(a);
    assertThat(req.getPublicationDate().getDay()).isEqualTo(17);
    io.claimwatch.extract.v1.StoryDateline d = req.getStoryDateline();
    assertThat(d.getPlace()).isEqualTo("QUITO");
    assertThat(d.getPlaceStart()).isEqualTo(9);   // the emoji is one code point, two chars
    assertThat(d.getPlaceEnd()).isEqualTo(14);
    assertThat(d.getDateStart()).isEqualTo(16);
    assertThat(d.getDateEnd()).isEqualTo(30);
    assertThat(d.getDate().getYear()).isEqualTo(2016);
  }

  @Test
  void onlyATrustedDateGoesToExtraction() {
    Dating contradicted = new Dating(null, DateEvidence.of(LocalDate.of(2025, 5, 6), DateEvidence.Source.DATELINE), true,
        DateEvidence.of(LocalDate.of(2022, 2, 1), DateEvidence.Source.INFERRED), null);
    step.extractAndStore(article(null, contradicted, null));
    assertThat(extracted.get(0).hasPublicationDate()).isFalse();

    step.extractAndStore(article(null, contradicted.withClientDate(LocalDate.of(2024, 8, 16)), null));
    assertThat(extracted.get(1).getPublicationDate().getDay()).isEqualTo(16);
  }
}
