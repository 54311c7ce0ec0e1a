package io.claimwatch.claims.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.type.Decimal;
import io.claimwatch.claims.domain.TestKeys;
import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.ListClaimsResponse;
import io.claimwatch.claims.v1.Modality;
import io.claimwatch.claims.v1.Period;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.localpg.PostgresTestResource;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The gRPC edge over a real PostgreSQL: payloads and status codes on every error path. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims_test"))
class ClaimsGrpcServiceTest {

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;

  static Claim atLeast102() {
    return Claim.newBuilder()
        .setProvenance(Provenance.newBuilder().setQuote("captured no fewer than 102 Russian conscripts").setQuoteStart(40).setQuoteEnd(85))
        .setQuantity(Quantity.newBuilder().setLow(Decimal.newBuilder().setValue("102")).setHedge(Hedge.HEDGE_AT_LEAST).setText("no fewer than 102"))
        .setCounted("Russian conscripts captured").setKey(TestKeys.proto("Russian conscripts captured"))
        .setClaimant("SBU")
        .setEventPeriod(Period.newBuilder().setStart(ProtoTypes.partialDate("2024-08-14")).setEnd(ProtoTypes.partialDate("2024-08-14")))
        .setModality(Modality.MODALITY_ASSERTED)
        .setPublicationDate(ProtoTypes.date(LocalDate.of(2024, 8, 16)))
        .setExtractorVersion("test-1")
        .build();
  }

  static Claim exact(String value) {
    return Claim.newBuilder()
        .setProvenance(Provenance.newBuilder().setQuote(value + " Russian soldiers were captured").setQuoteStart(0).setQuoteEnd(33))
        .setQuantity(Quantity.newBuilder().setLow(Decimal.newBuilder().setValue(value)).setHigh(Decimal.newBuilder().setValue(value))
            .setHedge(Hedge.HEDGE_EXACT))
        .setCounted("Russian soldiers captured").setKey(TestKeys.proto("Russian soldiers captured")).setExtractorVersion("test-1").build();
  }

  @Test
  void storesTheFullClaimAndReadsItBack() {
    var stored = claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder()
        .setArticle("articles/full0001").addClaims(atLeast102()).build()).getClaims(0);

    Claim got = claims.getClaim(GetClaimRequest.newBuilder().setName(stored.getName()).build()).getClaim();
    assertThat(got.getName()).startsWith("claims/");
    assertThat(got.getArticle()).isEqualTo("articles/full0001");
    assertThat(got.getProvenance()).isEqualTo(atLeast102().getProvenance());
    assertThat(got.getQuantity().getLow().getValue()).isEqualTo("102");
    assertThat(got.getQuantity().hasHigh()).isFalse();
    assertThat(got.getQuantity().getHedge()).isEqualTo(Hedge.HEDGE_AT_LEAST);
    assertThat(got.getClaimant()).isEqualTo("SBU");
    assertThat(ProtoTypes.partialDate(got.getEventPeriod().getStart())).isEqualTo("2024-08-14");
    assertThat(ProtoTypes.partialDate(got.getPublicationDate())).isEqualTo("2024-08-16");
    assertThat(got.getExtractorVersion()).isEqualTo("test-1");
    assertThat(got.hasCreateTime()).isTrue();
  }

  @Test
  void storesTextWithTheCharactersCopyEscapesAsGiven() {
    // Claims are written with COPY in its text format (ClaimCopy): backslash, tab, line breaks and "\\N" are data.
    String quote = "a \\N 1\t2 \\ \"3\"\nline\r\nend \u00e9\u4e2d\uD83D\uDE00 40 ferries";
    Claim odd = exact("40").toBuilder().setProvenance(Provenance.newBuilder().setQuote(quote).setQuoteEnd(quote.length()))
        .setCounted("ferries\\sunk\t").setClaimant("\\N").build();
    var stored = claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder()
        .setArticle("articles/copy0001").addClaims(odd).addClaims(exact("41")).build());

    Claim got = claims.getClaim(GetClaimRequest.newBuilder().setName(stored.getClaims(0).getName()).build()).getClaim();
    assertThat(got.getProvenance().getQuote()).isEqualTo(quote);
    assertThat(got.getCounted()).isEqualTo("ferries\\sunk\t");
    assertThat(got.getClaimant()).isEqualTo("\\N");
    assertThat(claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/copy0001").build()).getClaimsList())
        .extracting(c -> c.getQuantity().getLow().getValue()).containsExactly("40", "41");
  }

  @Test
  void anArticleOfManyClaimsIsWrittenWholeAcrossCopyChunks() {
    // ClaimCopy streams rows in chunks of about 16,000 characters: 400 claims of long quotes with characters of one to
    // four bytes in UTF-8 cross many chunk boundaries, and every claim must come back exactly as sent, in order.
    ReplaceArticleClaimsRequest.Builder req = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/many0001");
    for (int i = 0; i < 400; i++) {
      String quote = "Zürich \u4e2d\uD83D\uDE00 tab\there ".repeat(3 + i % 7) + i + " ferries sank";
      req.addClaims(exact(Integer.toString(i)).toBuilder()
          .setProvenance(Provenance.newBuilder().setQuote(quote).setQuoteStart(0).setQuoteEnd(quote.length())));
    }
    var stored = claims.replaceArticleClaims(req.build());
    assertThat(stored.getClaimsCount()).isEqualTo(400);

    java.util.List<Claim> back = new java.util.ArrayList<>();
    String token = "";
    do {
      ListClaimsResponse page = claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/many0001")
          .setPageSize(100).setPageToken(token).build());
      back.addAll(page.getClaimsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertThat(back).extracting(c -> c.getProvenance().getQuote())
        .containsExactlyElementsOf(req.getClaimsList().stream().map(c -> c.getProvenance().getQuote()).toList());
  }

  @Test
  void replacingIsIdempotentAndFilteredListsPage() {
    ReplaceArticleClaimsRequest req = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/page0001")
        .addClaims(exact("909")).addClaims(exact("971")).addClaims(atLeast102()).build();
    claims.replaceArticleClaims(req);
    claims.replaceArticleClaims(req);

    ListClaimsResponse all = claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/page0001").build());
    assertThat(all.getClaimsList()).extracting(c -> c.getQuantity().getLow().getValue()).containsExactly("909", "971", "102");

    ListClaimsResponse first = claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/page0001")
        .setFilter("hedge=HEDGE_EXACT").setPageSize(1).build());
    assertThat(first.getClaimsList()).extracting(c -> c.getQuantity().getLow().getValue()).containsExactly("909");
    ListClaimsResponse second = claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/page0001")
        .setFilter("hedge=HEDGE_EXACT").setPageSize(1).setPageToken(first.getNextPageToken()).build());
    assertThat(second.getClaimsList()).extracting(c -> c.getQuantity().getLow().getValue()).containsExactly("971");

    ListClaimsResponse big = claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/-")
        .setFilter("value>=950 AND counted:\"soldiers\"").build());
    assertThat(big.getClaimsList()).extracting(c -> c.getQuantity().getLow().getValue()).contains("971").doesNotContain("909");
  }

  @Test
  void eachSubstringFilterReadsItsOwnField() {
    // A word of one field must not match a filter on another (each field has its trigram index, V3).
    Claim a = exact("40").toBuilder().setProvenance(Provenance.newBuilder().setQuote("the ministry said 40 ferries sank")
        .setQuoteEnd(33)).setCounted("ferries sank").setClaimant("coast guard").build();
    Claim b = exact("41").toBuilder().setProvenance(Provenance.newBuilder().setQuote("41 boats sank, the coast guard said")
        .setQuoteEnd(35)).setCounted("boats sank").setClaimant("Ministry of Transport").build();
    claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/field0001").addClaims(a).addClaims(b).build());
    ListClaimsRequest.Builder in = ListClaimsRequest.newBuilder().setParent("articles/field0001");
    assertThat(claims.listClaims(in.setFilter("claimant:\"ministry\"").build()).getClaimsList())
        .extracting(Claim::getClaimant).containsExactly("Ministry of Transport");
    assertThat(claims.listClaims(in.setFilter("quote:\"ministry\"").build()).getClaimsList())
        .extracting(Claim::getCounted).containsExactly("ferries sank");
    assertThat(claims.listClaims(in.setFilter("counted:\"sank\"").build()).getClaimsList()).hasSize(2);
    assertThat(claims.listClaims(in.setFilter("counted:\"coast\"").build()).getClaimsList()).isEmpty();
    assertThat(claims.listClaims(in.setFilter("claimant:\"coast guard\" AND quote:\"ferries\"").build()).getClaimsList())
        .extracting(Claim::getCounted).containsExactly("ferries sank");
  }

  @Test
  void substringFiltersTakeWildcardCharactersLiterally() {
    Claim percent = exact("50").toBuilder().setProvenance(Provenance.newBuilder().setQuote("50% of homes").setQuoteEnd(12))
        .setCounted("share_of homes").build();
    Claim plain = exact("500").toBuilder().setProvenance(Provenance.newBuilder().setQuote("500 homes").setQuoteEnd(9))
        .setCounted("shareXof homes").build();
    claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/like0001").addClaims(percent).addClaims(plain).build());
    ListClaimsResponse r = claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/like0001").setFilter("quote:\"50%\"").build());
    assertThat(r.getClaimsList()).extracting(c -> c.getProvenance().getQuote()).containsExactly("50% of homes");
    ListClaimsResponse u = claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/like0001").setFilter("counted:\"share_of\"").build());
    assertThat(u.getClaimsList()).extracting(Claim::getCounted).containsExactly("share_of homes");
  }

  @Test
  void answersBadRequestsWithInvalidArgumentAndAReason() {
    assertError(() -> claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/-").setPageSize(-5).build()),
        Status.Code.INVALID_ARGUMENT, "PAGE_SIZE_NEGATIVE");
    assertError(() -> claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/-").setFilter("colour=red").build()),
        Status.Code.INVALID_ARGUMENT, "INVALID_FILTER");
    assertError(() -> claims.listClaims(ListClaimsRequest.newBuilder().setParent("nonsense").build()),
        Status.Code.INVALID_ARGUMENT, "ARTICLE_NAME_INVALID");
    Claim noHedge = exact("5").toBuilder().setQuantity(exact("5").getQuantity().toBuilder().setHedge(Hedge.HEDGE_UNSPECIFIED)).build();
    assertError(() -> claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/x1").addClaims(noHedge).build()),
        Status.Code.INVALID_ARGUMENT, "CLAIM_HEDGE_MISSING");
    Claim badNumber = exact("5").toBuilder().setQuantity(exact("5").getQuantity().toBuilder().setLow(Decimal.newBuilder().setValue("five"))).build();
    assertError(() -> claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/x1").addClaims(badNumber).build()),
        Status.Code.INVALID_ARGUMENT, "CLAIM_BOUND_INVALID");
    Claim huge = exact("5").toBuilder().setQuantity(exact("5").getQuantity().toBuilder()
        .setHigh(Decimal.newBuilder().setValue("1e999999999"))).build();
    assertError(() -> claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/x1").addClaims(huge).build()),
        Status.Code.INVALID_ARGUMENT, "CLAIM_BOUND_INVALID");
    for (String f : new String[] {"published>=2025-13-45", "period>=2025-99", "value>=1e999", "group=\"groups/../../x\"",
        "quote:\"" + "\\\"a".repeat(3000) + "\""}) {
      assertError(() -> claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/-").setFilter(f).build()),
          Status.Code.INVALID_ARGUMENT, "INVALID_FILTER");
    }
  }

  @Test
  void anUnknownClaimIsNotFound() {
    assertError(() -> claims.getClaim(GetClaimRequest.newBuilder().setName("claims/ffffffffffffffff").build()),
        Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND");
  }

  @Test
  void exposesWriteCountsAsPrometheusMetrics() {
    claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/metrics1").addClaims(exact("7")).build());
    String metrics = RestAssured.given().port(19003).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("claims_writes_total{").contains("grpc_server_processing_duration_seconds");
  }

  private static void assertError(Runnable call, Status.Code code, String reason) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
      assertThat(e.getStatus().getCode()).isEqualTo(code);
      assertThat(RpcErrors.errorInfo(e)).hasValueSatisfying(info -> {
        assertThat(info.getReason()).isEqualTo(reason);
        assertThat(info.getDomain()).isEqualTo("claims.claimwatch.io");
      });
      assertThat(e.getStatus().getDescription()).isNotBlank();
    });
  }
}
