package io.claimwatch.extract.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extract.config.ExtractConfig;
import io.claimwatch.extract.domain.ClaimExtractor;
import io.claimwatch.extract.domain.FaultyEngines;
import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsResponse;
import io.claimwatch.extract.v1.ExtractedClaim;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No silent failure at the edge (plain JUnit, the engine with a fault injected): a failed sentence is
 * logged with the article and counted as outcome="error" while the other sentences' claims are answered;
 * an article past its time budget is DEADLINE_EXCEEDED with a reason, counted as outcome="timeout".
 */
class ExtractGrpcServiceFailuresTest {

  private static final String THREE = "Officials said at least 40 people died in the floods on Monday.\n\n"
      + "Rescuers said 12 people were still missing.\n\n"
      + "The ministry said 300 homes were destroyed.";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger log = Logger.getLogger(ExtractGrpcService.class.getName());
  private final Handler capture = new Handler() {
    @Override public void publish(LogRecord r) { logged.add(r); }
    @Override public void flush() {}
    @Override public void close() {}
  };

  @BeforeEach
  void listen() {
    log.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    log.removeHandler(capture);
  }

  @Test
  void aFailedSentenceIsLoggedWithTheArticleAndCountedAsAnErrorAndTheOthersAreAnswered() {
    ExtractGrpcService service = new ExtractGrpcService(FaultyEngines.failingOnSentence(1), registry, budget(Duration.ofSeconds(10)));
    Answer a = call(service, ExtractClaimsRequest.newBuilder().setArticle("articles/00000000000000aa").setText(THREE).build());

    assertThat(a.error).isNull();
    assertThat(a.response.getClaimsList()).extracting(ExtractedClaim::getQuote)
        .noneMatch(q -> q.contains("12 people"))
        .anyMatch(q -> q.contains("40 people")).anyMatch(q -> q.contains("300 homes"));
    assertThat(timerCount("error")).isEqualTo(1);
    assertThat(timerCount("ok")).isZero();
    assertThat(logged).anySatisfy(r -> {
      String message = r.getMessage() + (r.getParameters() == null ? "" : List.of(r.getParameters()).toString());
      assertThat(message).contains("articles/00000000000000aa").contains("the engine failed on the sentence");
      assertThat(r.getThrown()).hasMessage("injected fault");
    });
  }

  @Test
  void anArticlePastItsBudgetIsDeadlineExceededWithAReason() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) sb.append("Officials said ").append(i).append(" people died in district ").append(i).append(".\n");
    ExtractGrpcService service = new ExtractGrpcService(ClaimExtractor.create(), registry, budget(Duration.ofMillis(20)));
    Answer a = call(service, ExtractClaimsRequest.newBuilder().setArticle("articles/00000000000000bb").setText(sb.toString()).build());

    assertThat(a.response).isNull();
    assertThat(Status.fromThrowable(a.error).getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    assertThat(RpcErrors.errorInfo(a.error)).hasValueSatisfying(i -> assertThat(i.getReason()).isEqualTo("EXTRACTION_BUDGET_EXCEEDED"));
    assertThat(Status.fromThrowable(a.error).getDescription()).contains("budget of 20 ms").contains("split it into smaller texts");
    assertThat(timerCount("timeout")).isEqualTo(1);
    assertThat(timerCount("ok")).isZero();
  }

  @Test
  void anArticleWithinItsBudgetIsCountedOk() {
    ExtractGrpcService service = new ExtractGrpcService(ClaimExtractor.create(), registry, budget(Duration.ofSeconds(10)));
    Answer a = call(service, ExtractClaimsRequest.newBuilder().setText(THREE).build());
    assertThat(a.response.getClaimsCount()).isEqualTo(3);
    assertThat(timerCount("ok")).isEqualTo(1);
    assertThat(timerCount("error")).isZero();
  }

  private long timerCount(String outcome) {
    return registry.get("extract.duration").tag("outcome", outcome).timer().count();
  }

  private static ExtractConfig budget(Duration d) {
    return () -> d;
  }

  private record Answer(ExtractClaimsResponse response, Throwable error) {}

  private static Answer call(ExtractGrpcService service, ExtractClaimsRequest req) {
    ExtractClaimsResponse[] response = {null};
    Throwable[] error = {null};
    service.extractClaims(req, new StreamObserver<>() {
      @Override public void onNext(ExtractClaimsResponse r) { response[0] = r; }
      @Override public void onError(Throwable t) { error[0] = t; }
      @Override public void onCompleted() {}
    });
    return new Answer(response[0], error[0]);
  }
}
