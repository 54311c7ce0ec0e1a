package io.claimwatch.extract.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.type.Date;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.Modality;
import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsResponse;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.extract.v1.ExtractedClaim;
import io.claimwatch.extract.v1.FieldSource;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The gRPC edge with the real engine: the full claim, offsets in code points, and errors. */
@QuarkusTest
class ExtractGrpcServiceTest {

  @GrpcClient("extract")
  ExtractServiceGrpc.ExtractServiceBlockingStub extract;

  @Test
  void returnsTheFullKeyedClaimResolvedAgainstTheGivenPublicationDate() {
    String text = "Officials said on Thursday that at least 40 people died in the floods on Monday.";
    ExtractClaimsResponse r = extract.extractClaims(ExtractClaimsRequest.newBuilder().setArticle("articles/0000000000000001")
        .setText(text).setPublicationDate(ProtoTypes.date(LocalDate.of(2025, 3, 7))).build());

    assertThat(r.getClaimsList()).hasSize(1);
    ExtractedClaim c = r.getClaims(0);
    assertThat(c.getQuantity().getHedge()).isEqualTo(Hedge.HEDGE_AT_LEAST);
    assertThat(c.getQuantity().getLow().getValue()).isEqualTo("40");
    assertThat(c.getQuantity().hasHigh()).isFalse();
    assertThat(c.getCounted()).contains("people");
    assertThat(c.getClaimant()).isEqualTo("Officials");
    assertThat(c.getModality()).isEqualTo(Modality.MODALITY_ASSERTED);
    assertThat(ProtoTypes.partialDate(c.getEventPeriod().getStart())).isEqualTo("2025-03-03");
    assertThat(ProtoTypes.localDate(r.getPublicationDate())).isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(r.getExtractorVersion()).isNotBlank();
    assertThat(text.substring(c.getQuoteStart(), c.getQuoteEnd())).isEqualTo(c.getQuote());
    assertThat(c.getKey().getKind()).isEqualTo("person");
    assertThat(c.getKey().getEvent()).isEqualTo("kill");
    assertThat(c.getKey().getCause()).isEqualTo("flood");
    assertThat(ProtoTypes.localDate(c.getKey().getEventEarliest())).isBefore(LocalDate.of(2025, 3, 3));
    assertThat(ProtoTypes.localDate(c.getKey().getEventLatest())).isAfter(LocalDate.of(2025, 3, 3));
    assertThat(c.getBackground()).isFalse();
    assertThat(r.getFrame().getCause()).isEqualTo("flood");
  }

  @Test
  void explainsEachFieldOnRequestWithTheClaimantsRuleAndSpanInCodePoints() throws java.io.IOException {
    String text = "\uD83D\uDCF0 " + java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/001_3cfe998d9931a718.txt"));
    ExtractClaimsRequest.Builder req = ExtractClaimsRequest.newBuilder().setText(text)
        .setPublicationDate(ProtoTypes.date(LocalDate.of(2025, 5, 25)));
    assertThat(extract.extractClaims(req.build()).getClaimsList()).allMatch(c -> c.getExplanationCount() == 0);

    ExtractClaimsResponse r = extract.extractClaims(req.setExplain(true).build());
    assertThat(r.getClaimsList()).allMatch(c -> c.getExplanationCount() == 10);
    ExtractedClaim c = r.getClaimsList().stream().filter(x -> x.getClaimant().equals("Ukraine’s Armed Forces")).findFirst().orElseThrow();
    FieldSource claimant = c.getExplanationList().stream().filter(s -> s.getField().equals("claimant")).findFirst().orElseThrow();
    assertThat(claimant.getRule()).isEqualTo("claimant.speaker-before");
    assertThat(claimant.getText()).isEqualTo("Ukraine’s Armed Forces");
    int[] cps = text.codePoints().toArray();
    assertThat(new String(cps, claimant.getStart(), claimant.getEnd() - claimant.getStart())).isEqualTo("Ukraine’s Armed Forces");
    assertThat(claimant.getStart()).isBetween(c.getQuoteStart(), c.getQuoteEnd());
    FieldSource none = r.getClaims(0).getExplanationList().stream().filter(s -> s.getField().equals("claimant")).findFirst().orElseThrow();
    assertThat(r.getClaims(0).getClaimant()).isEmpty();
    assertThat(none.getRule()).isEqualTo("claimant.outlet-voice");
    assertThat(none.hasStart()).isFalse();
  }

  @Test
  void offsetsCountCodePointsNotUtf16Units() {
    String text = "\uD83D\uDCF0 Breaking: more than 300 homes were flooded, the agency said.";
    ExtractedClaim c = extract.extractClaims(ExtractClaimsRequest.newBuilder().setText(text).build()).getClaims(0);
    int[] cps = text.codePoints().toArray();
    String atOffsets = new String(cps, c.getQuoteStart(), c.getQuoteEnd() - c.getQuoteStart());
    assertThat(atOffsets).isEqualTo(c.getQuote());
  }

  @Test
  void detectsThePublicationDateWhenNoneIsGiven() {
    String text = "March 12, 2024\n\nThe death toll rose to 42 on Monday, the agency said.";
    ExtractClaimsResponse r = extract.extractClaims(ExtractClaimsRequest.newBuilder().setText(text).build());
    assertThat(ProtoTypes.localDate(r.getPublicationDate())).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(ProtoTypes.partialDate(r.getClaims(0).getEventPeriod().getStart())).isEqualTo("2024-03-11");
  }

  @Test
  void usesTheGivenPublicationDateAndDatelineAndGuessesNeither() {
    // the text's own dateline says April 17 and Quito; the request says April 18 and (at the same words) the
    // place as ingest read it: the given date is used, not the dateline's
    String text = "\uD83D\uDCF0 QUITO, April 17, 2016 (Reuters) - A magnitude 7.8 earthquake struck Ecuador's coast on"
        + " Saturday, killing at least 77 people, officials said.";
    ExtractClaimsResponse r = extract.extractClaims(ExtractClaimsRequest.newBuilder().setText(text)
        .setPublicationDate(ProtoTypes.date(LocalDate.of(2016, 4, 18)))
        .setStoryDateline(io.claimwatch.extract.v1.StoryDateline.newBuilder().setPlace("QUITO").setPlaceStart(2).setPlaceEnd(7)
            .setDate(ProtoTypes.date(LocalDate.of(2016, 4, 17))).setDateStart(9).setDateEnd(23))
        .build());
    assertThat(ProtoTypes.localDate(r.getPublicationDate())).isEqualTo(LocalDate.of(2016, 4, 18));
    assertThat(r.getFrame().getPlace()).contains("@EC");
    assertThat(ProtoTypes.partialDate(r.getClaims(0).getEventPeriod().getStart())).isEqualTo("2016-04-16");
  }

  @Test
  void refusesAStoryDatelineThatIsNotInTheText() {
    String text = "QUITO, April 17, 2016 (Reuters) - At least 77 people died.";
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText(text)
        .setStoryDateline(io.claimwatch.extract.v1.StoryDateline.newBuilder().setPlace("LIMA").setPlaceStart(0).setPlaceEnd(4))
        .build()), "STORY_DATELINE_INVALID");
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText(text)
        .setStoryDateline(io.claimwatch.extract.v1.StoryDateline.newBuilder().setPlace("QUITO").setPlaceStart(0).setPlaceEnd(500))
        .build()), "STORY_DATELINE_INVALID");
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText(text)
        .setStoryDateline(io.claimwatch.extract.v1.StoryDateline.newBuilder().setPlace("QUITO").setPlaceStart(0).setPlaceEnd(5)
            .setDate(Date.newBuilder().setYear(2016).setMonth(2).setDay(30)))
        .build()), "STORY_DATELINE_INVALID");
  }

  @Test
  void refusesEmptyTextAndImpossibleDates() {
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText(" ").build()), "TEXT_EMPTY");
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText("\u200b\u200d 12 -- 34 !").build()), "TEXT_NO_WORDS");
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText("About 5 boats.")
        .setPublicationDate(Date.newBuilder().setYear(2025).setMonth(13).setDay(1)).build()), "PUBLICATION_DATE_INVALID");
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText("About 5 boats.")
        .setPublicationDate(Date.newBuilder().setYear(2025)).build()), "PUBLICATION_DATE_INVALID");
    assertError(() -> extract.extractClaims(ExtractClaimsRequest.newBuilder().setText("About 5 boats.")
        .setPublicationDate(Date.newBuilder().setYear(2025).setMonth(2).setDay(30)).build()), "PUBLICATION_DATE_INVALID");
  }

  @Test
  void exposesExtractionTimingsAsPrometheusMetrics() throws Exception {
    extract.extractClaims(ExtractClaimsRequest.newBuilder().setText("Nearly 1,000 people marched.").build());
    String metrics = RestAssured.given().port(19002).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("extract_duration_seconds_count{extractor=\"rules\",outcome=\"ok\"}")
        .contains("extract_claims_found_total");
    for (String metric : monitoredMetrics("extract-service")) {
      assertThat(metrics).as("metrics.txt names " + metric).containsPattern("(?m)^" + metric + "[{ ]");
    }
  }

  /** The metrics that ../deploy/components/monitoring/metrics.txt (the alerts' and the dashboard's) says SERVICE exports. */
  static java.util.List<String> monitoredMetrics(String service) throws java.io.IOException {
    return java.nio.file.Files.readAllLines(java.nio.file.Path.of("../deploy/components/monitoring/metrics.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\s+"))
        .filter(f -> java.util.Arrays.asList(f).subList(1, f.length).contains(service))
        .map(f -> f[0]).toList();
  }

  private static void assertError(Runnable call, String reason) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(RpcErrors.errorInfo(e)).hasValueSatisfying(i -> {
        assertThat(i.getReason()).isEqualTo(reason);
        assertThat(i.getDomain()).isEqualTo("extract.claimwatch.io");
      });
    });
  }
}
