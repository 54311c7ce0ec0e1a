package io.claimwatch.claims.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.type.Decimal;
import io.claimwatch.claims.domain.TestKeys;
import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetGroupRequest;
import io.claimwatch.claims.v1.Group;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.ListGroupsRequest;
import io.claimwatch.claims.v1.PairVerdict;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.Verdict;
import io.claimwatch.localpg.PostgresTestResource;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Grouping and agreement over gRPC and a real PostgreSQL: a toll reported by several outlets over days. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "groups_test"))
class GroupsGrpcTest {

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;

  private static Claim claim(String counted, String low, String high, Hedge hedge, String published) {
    Quantity.Builder q = Quantity.newBuilder().setHedge(hedge);
    if (low != null) {
      q.setLow(Decimal.newBuilder().setValue(low));
    }
    if (high != null) {
      q.setHigh(Decimal.newBuilder().setValue(high));
    }
    return Claim.newBuilder().setProvenance(Provenance.newBuilder().setQuote(counted + " " + low).setQuoteEnd(10))
        .setQuantity(q).setCounted(counted).setKey(TestKeys.proto(counted)).setExtractorVersion("t")
        .setPublicationDate(ProtoTypes.partialDate(published)).build();
  }

  private List<Claim> store(String article, String origin, Claim... cs) {
    return claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle(article).setOrigin(origin)
        .addAllClaims(List.of(cs)).build()).getClaimsList();
  }

  @Test
  void aTollReportedOverDaysIsOneGroupWithUpdatesAConflictAndOneEstimate() {
    Claim day1 = store("articles/quake0000000001", "", claim("villagers killed in the quake", "120", null, Hedge.HEDGE_AT_LEAST, "2031-03-03")).get(0);
    Claim reprint = store("articles/quake0000000002", "articles/quake0000000001",
        claim("villagers killed in the quake", "120", null, Hedge.HEDGE_AT_LEAST, "2031-03-03")).get(0);
    Claim day2 = store("articles/quake0000000003", "", claim("villagers dead", "286", "286", Hedge.HEDGE_EXACT, "2031-03-04"),
        claim("villagers injured", "1100", "1100", Hedge.HEDGE_EXACT, "2031-03-04")).get(0);
    Claim day3 = store("articles/quake0000000004", "", claim("villagers killed", "250", "250", Hedge.HEDGE_EXACT, "2031-03-06")).get(0);

    assertThat(List.of(reprint, day2, day3)).extracting(Claim::getGroup).containsOnly(day1.getGroup());
    Group g = claims.getGroup(GetGroupRequest.newBuilder().setName(day1.getGroup()).build()).getGroup();

    assertThat(g.getKey().getKind()).isEqualTo("person");
    assertThat(g.getKey().getEvent()).isEqualTo("kill");
    assertThat(g.getClaimCount()).isEqualTo(4);
    assertThat(g.getOriginCount()).as("the reprint counts once").isEqualTo(3);
    assertThat(g.getTimelineList()).extracting(Claim::getName)
        .containsExactly(day1.getName(), reprint.getName(), day2.getName(), day3.getName());
    assertThat(g.getCurrentClaim()).as("the latest claim, which the estimate rests on").isEqualTo(day3.getName());
    assertThat(verdicts(g.getStepsList())).as("each claim against the one before it")
        .containsExactly(Map.entry(day1.getName() + ">" + reprint.getName(), Verdict.VERDICT_CORROBORATES),
            Map.entry(reprint.getName() + ">" + day2.getName(), Verdict.VERDICT_UPDATES),
            Map.entry(day2.getName() + ">" + day3.getName(), Verdict.VERDICT_CONFLICTS));
    assertThat(verdicts(g.getAgainstCurrentList())).as("each claim against the current one")
        .containsExactly(Map.entry(day1.getName() + ">" + day3.getName(), Verdict.VERDICT_UPDATES),
            Map.entry(reprint.getName() + ">" + day3.getName(), Verdict.VERDICT_UPDATES),
            Map.entry(day2.getName() + ">" + day3.getName(), Verdict.VERDICT_CONFLICTS));
    assertThat(g.getEstimate().getLow().getValue()).isEqualTo("250");
    assertThat(g.getEstimate().getBasis()).contains("2031-03-06");
  }

  private static Claim keyed(String kind, String event, String party, String value) {
    return Claim.newBuilder().setProvenance(Provenance.newBuilder().setQuote(kind + " " + value).setQuoteEnd(10))
        .setQuantity(Quantity.newBuilder().setHedge(Hedge.HEDGE_EXACT).setLow(Decimal.newBuilder().setValue(value))
            .setHigh(Decimal.newBuilder().setValue(value)))
        .setCounted(kind).setKey(io.claimwatch.claims.v1.QuantityKey.newBuilder().setKind(kind).setEvent(event).setParty(party))
        .setExtractorVersion("t").setPublicationDate(ProtoTypes.partialDate("2031-05-01")).build();
  }

  @Test
  void aClaimOfAnEventFindsItsGroupHoweverManyGroupsOfNoEventChangedSince() {
    Claim first = store("articles/crowd0000000001", "", keyed("beacon", "damage", "", "10")).get(0);
    // 70 groups of the same kind and no event (one per party), all changed after the first: none can take a claim
    // of the event "damage" (an event must be equal), and they must not crowd its own group out of the candidates
    Claim[] open = new Claim[70];
    for (int i = 0; i < open.length; i++) {
      open[i] = keyed("beacon", "", "P" + i, "10");
    }
    assertThat(store("articles/crowd0000000002", "", open)).extracting(Claim::getGroup).doesNotHaveDuplicates();
    Claim again = store("articles/crowd0000000003", "", keyed("beacon", "damage", "", "12")).get(0);
    assertThat(again.getGroup()).isEqualTo(first.getGroup());
  }

  private static Map<String, Verdict> verdicts(List<PairVerdict> pairs) {
    return pairs.stream().collect(Collectors.toMap(v -> v.getEarlier() + ">" + v.getLater(), PairVerdict::getVerdict,
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  void anotherMagnitudeOfTheSameKindIsARelatedGroupOfAnotherScope() {
    Claim all = store("articles/scope0000000001", "", claim("Ruritanian soldiers captured", "971", "971", Hedge.HEDGE_EXACT, "2032-05-26")).get(0);
    Claim oneDay = store("articles/scope0000000002", "", claim("Ruritanian soldiers captured", "102", "102", Hedge.HEDGE_EXACT, "2032-08-16")).get(0);
    assertThat(oneDay.getGroup()).isNotEqualTo(all.getGroup());
    Group g = claims.getGroup(GetGroupRequest.newBuilder().setName(all.getGroup()).build()).getGroup();
    assertThat(g.getRelatedList()).anySatisfy(r -> {
      assertThat(r.getGroup()).isEqualTo(oneDay.getGroup());
      assertThat(r.getVerdict()).isEqualTo(Verdict.VERDICT_DIFFERENT_SCOPE);
    });
  }

  @Test
  void listsGroupsMostRecentlyChangedFirstInPages() {
    store("articles/list00000000001", "", claim("boats sunk", "7", "7", Hedge.HEDGE_EXACT, "2033-01-01"));
    Claim later = store("articles/list00000000002", "", claim("planes grounded", "40", "40", Hedge.HEDGE_EXACT, "2033-01-02")).get(0);
    var first = claims.listGroups(ListGroupsRequest.newBuilder().setPageSize(1).build());
    assertThat(first.getGroupsList()).extracting(Group::getName).containsExactly(later.getGroup());
    assertThat(first.getGroups(0).getTimelineCount()).as("lists leave the claims out").isZero();
    var second = claims.listGroups(ListGroupsRequest.newBuilder().setPageSize(1).setPageToken(first.getNextPageToken()).build());
    assertThat(second.getGroupsList()).extracting(Group::getName).doesNotContain(later.getGroup());
  }

  @Test
  void replacingAnArticlesClaimsNarrowsTheGroupsTheyLeftAndRemovesGroupsLeftEmpty() {
    Claim kept = store("articles/narrow000000001", "", claim("ferries sunk", "10", "10", Hedge.HEDGE_EXACT, "2034-01-01")).get(0);
    List<Claim> second = store("articles/narrow000000002", "", claim("ferries sunk", "25", "25", Hedge.HEDGE_EXACT, "2034-01-02"),
        claim("lighthouses damaged", "4", "4", Hedge.HEDGE_EXACT, "2034-01-02"));
    assertThat(second.get(0).getGroup()).isEqualTo(kept.getGroup());
    String lighthouses = second.get(1).getGroup();
    assertThat(lighthouses).isNotEqualTo(kept.getGroup());

    // Re-extraction finds the second article counted 2 ferries, and no lighthouses.
    store("articles/narrow000000002", "", claim("ferries sunk", "2", "2", Hedge.HEDGE_EXACT, "2034-01-02"));
    // 25 no longer widens the group: 75 (within 3x of 25, not of 10) starts a group of its own.
    Claim far = store("articles/narrow000000003", "", claim("ferries sunk", "75", "75", Hedge.HEDGE_EXACT, "2034-01-03")).get(0);
    assertThat(far.getGroup()).isNotEqualTo(kept.getGroup());
    assertThatThrownBy(() -> claims.getGroup(GetGroupRequest.newBuilder().setName(lighthouses).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @Test
  void tollsOfOneCauseInPlacesThatShareNoNameAreDifferentGroups() {
    Claim north = store("articles/place0000000001", "", claim("people killed in floods in Oskavia", "40", "40", Hedge.HEDGE_EXACT, "2035-07-01")).get(0);
    Claim south = store("articles/place0000000002", "", claim("people killed in floods in Trevalle", "55", "55", Hedge.HEDGE_EXACT, "2035-07-02")).get(0);
    Claim again = store("articles/place0000000003", "", claim("people killed in the Oskavia floods", "48", "48", Hedge.HEDGE_EXACT, "2035-07-03")).get(0);
    assertThat(south.getGroup()).isNotEqualTo(north.getGroup());
    Group g = claims.getGroup(GetGroupRequest.newBuilder().setName(north.getGroup()).build()).getGroup();
    assertThat(g.getKey().getCause()).isEqualTo("flood");
    assertThat(g.getKey().getPlace()).isEqualTo("oskavia");
    assertThat(again.getGroup()).as("'in the Oskavia floods' names the place too").isEqualTo(north.getGroup());
  }

  @Test
  void unknownAndMalformedGroupNamesAreRefused() {
    assertThatThrownBy(() -> claims.getGroup(GetGroupRequest.newBuilder().setName("groups/ffffffffffffffff").build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
          assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("GROUP_NOT_FOUND");
        });
    assertThatThrownBy(() -> claims.getGroup(GetGroupRequest.newBuilder().setName("kursk").build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    assertThatThrownBy(() -> claims.listGroups(ListGroupsRequest.newBuilder().setPageToken("nope").build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
  }

  @Test
  void aBatchOfArticlesIsStoredInOneCallAndGroupedAsOneByOneWouldBeOrNotAtAll() {
    ReplaceArticleClaimsRequest a = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/batch000000001")
        .addClaims(claim("homes damaged", "40", "40", Hedge.HEDGE_EXACT, "2037-02-01")).build();
    ReplaceArticleClaimsRequest b = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/batch000000002")
        .setOrigin("articles/batch000000001")
        .addClaims(claim("homes damaged", "40", "40", Hedge.HEDGE_EXACT, "2037-02-01"))
        .addClaims(claim("homes damaged", "52", "52", Hedge.HEDGE_EXACT, "2037-02-03")).build();
    ReplaceArticleClaimsRequest c = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/batch000000003")
        .addClaims(claim("homes damaged", "4000", "4000", Hedge.HEDGE_EXACT, "2037-02-03")).build();
    var answer = claims.batchReplaceArticleClaims(io.claimwatch.claims.v1.BatchReplaceArticleClaimsRequest.newBuilder()
        .addRequests(a).addRequests(b).addRequests(c).build());
    assertThat(answer.getResponsesList()).extracting(r -> r.getClaimsCount()).containsExactly(1, 2, 1);
    String group = answer.getResponses(0).getClaims(0).getGroup();
    assertThat(answer.getResponses(1).getClaimsList()).extracting(Claim::getGroup).as("a later claim of the batch joins the"
        + " group an earlier one of the same batch started").containsOnly(group);
    assertThat(answer.getResponses(2).getClaims(0).getGroup()).as("another magnitude").isNotEqualTo(group);
    Group g = claims.getGroup(GetGroupRequest.newBuilder().setName(group).build()).getGroup();
    assertThat(g.getClaimCount()).isEqualTo(3);
    assertThat(g.getOriginCount()).as("the reprint counts once").isEqualTo(1);

    // the same batch again stores the same claims, nothing twice; asked for names only (as ingest's workers ask), the
    // answer names each stored claim, its article and group, and carries none of the claim it sent
    var names = claims.batchReplaceArticleClaims(io.claimwatch.claims.v1.BatchReplaceArticleClaimsRequest.newBuilder()
        .addRequests(a).addRequests(b).addRequests(c).setView(io.claimwatch.claims.v1.ClaimView.CLAIM_VIEW_NAME).build());
    assertThat(claims.getGroup(GetGroupRequest.newBuilder().setName(group).build()).getGroup().getClaimCount()).isEqualTo(3);
    assertThat(names.getResponsesList()).extracting(r -> r.getClaimsCount()).containsExactly(1, 2, 1);
    Claim named = names.getResponses(1).getClaims(1);
    assertThat(named.getArticle()).isEqualTo("articles/batch000000002");
    assertThat(named.getGroup()).isEqualTo(group);
    assertThat(named.getName()).startsWith("claims/");
    assertThat(named.toBuilder().clearName().clearArticle().clearGroup().build()).isEqualTo(Claim.getDefaultInstance());
    assertThat(claims.getClaim(GetClaimRequest.newBuilder().setName(named.getName()).build()).getClaim().getQuantity().getLow()
        .getValue()).isEqualTo("52");

    // one article's invalid claim refuses the batch: nothing of it is stored
    ReplaceArticleClaimsRequest bad = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/batch000000004")
        .addClaims(claim("homes damaged", null, null, Hedge.HEDGE_EXACT, "2037-02-04")).build();
    ReplaceArticleClaimsRequest d = ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/batch000000005")
        .addClaims(claim("homes damaged", "41", "41", Hedge.HEDGE_EXACT, "2037-02-04")).build();
    assertThatThrownBy(() -> claims.batchReplaceArticleClaims(io.claimwatch.claims.v1.BatchReplaceArticleClaimsRequest.newBuilder()
        .addRequests(d).addRequests(bad).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    assertThat(claims.getGroup(GetGroupRequest.newBuilder().setName(group).build()).getGroup().getClaimCount()).isEqualTo(3);
    assertThatThrownBy(() -> claims.batchReplaceArticleClaims(io.claimwatch.claims.v1.BatchReplaceArticleClaimsRequest.newBuilder()
        .addRequests(d).addRequests(d).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason())
            .isEqualTo("BATCH_ARTICLE_REPEATED"));
  }

  @Test
  void anOriginCountsWhileItsOwnClaimsOrItsReprintsStayInTheGroup() {
    // whether an origin keeps claims in a group is asked after each write: its own claims, or its reprints'
    String wire = "articles/wire00000000001";
    Claim original = store(wire, "", claim("homes damaged", "70000000", "70000000", Hedge.HEDGE_EXACT, "2038-04-01")).get(0);
    Claim reprint = store("articles/wire00000000002", wire,
        claim("homes damaged", "70000000", "70000000", Hedge.HEDGE_EXACT, "2038-04-01")).get(0);
    assertThat(reprint.getGroup()).isEqualTo(original.getGroup());
    GetGroupRequest read = GetGroupRequest.newBuilder().setName(original.getGroup()).build();
    assertThat(claims.getGroup(read).getGroup().getOriginCount()).isEqualTo(1);

    store(wire, "");   // the original withdrawn: its reprint still carries the origin
    assertThat(claims.getGroup(read).getGroup().getClaimCount()).isEqualTo(1);
    assertThat(claims.getGroup(read).getGroup().getOriginCount()).as("the reprint's claim").isEqualTo(1);

    store(wire, "", claim("homes damaged", "71000000", "71000000", Hedge.HEDGE_EXACT, "2038-04-02"));
    store("articles/wire00000000002", wire);   // the reprint withdrawn: the original's own claim carries it
    Group g = claims.getGroup(read).getGroup();
    assertThat(g.getClaimCount()).isEqualTo(1);
    assertThat(g.getOriginCount()).as("the original's own claim").isEqualTo(1);

    store(wire, "");   // and with neither, the group is gone
    assertThatThrownBy(() -> claims.getGroup(read)).isInstanceOf(StatusRuntimeException.class);
  }
}
