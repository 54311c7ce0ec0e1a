package io.claimwatch.claims.grpc;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.ClaimWatch;
import io.claimwatch.claims.v1.BatchReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.BatchReplaceArticleClaimsResponse;
import io.claimwatch.claims.v1.ClaimView;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetClaimResponse;
import io.claimwatch.claims.v1.GetGroupRequest;
import io.claimwatch.claims.v1.GetGroupResponse;
import io.claimwatch.claims.v1.ListGroupsRequest;
import io.claimwatch.claims.v1.ListGroupsResponse;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.ListClaimsResponse;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.ReplaceArticleClaimsResponse;
import io.claimwatch.claims.v1.WatchClaimsRequest;
import io.claimwatch.claims.v1.WatchClaimsResponse;
import io.grpc.stub.ServerCallStreamObserver;
import io.claimwatch.proto.RpcErrors;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import java.util.ArrayList;
import java.util.List;

/** The gRPC edge of claims-service: validates, maps, calls the domain, maps back. */
@GrpcService
public class ClaimsGrpcService extends ClaimsServiceGrpc.ClaimsServiceImplBase {

  private final ClaimService claims;
  private final ClaimWatch watch;

  ClaimsGrpcService(ClaimService claims, ClaimWatch watch) {
    this.claims = claims;
    this.watch = watch;
  }

  /**
   * Streams new claims and conflicts until the client cancels. A client that does not keep up
   * (its flow-control window stays full) is ended with RESOURCE_EXHAUSTED rather than buffered.
   */
  @Override
  public void watchClaims(WatchClaimsRequest req, StreamObserver<WatchClaimsResponse> out) {
    ServerCallStreamObserver<WatchClaimsResponse> call = (ServerCallStreamObserver<WatchClaimsResponse>) out;
    Runnable stop;
    try {
      stop = watch.watch(req.getFilter(), new ClaimWatch.Watcher() {
        @Override
        public boolean offer(ClaimWatch.Event e) {
          synchronized (call) {
            if (call.isCancelled() || !call.isReady()) {
              return false;
            }
            WatchClaimsResponse.Builder b = WatchClaimsResponse.newBuilder();
            if (e.claim() != null) {
              b.setClaim(ProtoMapper.toProto(e.claim()));
            } else {
              b.setConflict(ProtoMapper.toProto(e.conflict()));
            }
            call.onNext(b.build());
            return true;
          }
        }

        @Override
        public void dropped() {
          synchronized (call) {
            if (!call.isCancelled()) {
              call.onError(RpcErrors.error(com.google.rpc.Code.RESOURCE_EXHAUSTED, "WATCHER_TOO_SLOW", GrpcErrors.DOMAIN,
                  "the watch fell behind the stream of new claims; watch again, with a narrower filter if need be"));
            }
          }
        }
      });
    } catch (RuntimeException e) {
      out.onError(GrpcErrors.map(e).orElseThrow(() -> e));
      return;
    }
    call.setOnCancelHandler(stop::run);
  }

  @Override
  @Blocking
  public void replaceArticleClaims(ReplaceArticleClaimsRequest req, StreamObserver<ReplaceArticleClaimsResponse> out) {
    RpcErrors.respond(out, () -> {
      List<Claim> in = new ArrayList<>(req.getClaimsCount());
      String articleId = req.getArticle().replaceFirst("^articles/", "");
      for (int i = 0; i < req.getClaimsCount(); i++) {
        in.add(ProtoMapper.fromProto(req.getClaims(i), articleId, i));
      }
      ReplaceArticleClaimsResponse.Builder b = ReplaceArticleClaimsResponse.newBuilder();
      claims.replaceArticleClaims(req.getArticle(), in, req.getOrigin(), req.getOutlet())
          .forEach(c -> b.addClaims(ProtoMapper.toProto(c)));
      return b.build();
    }, GrpcErrors::map);
  }

  @Override
  @Blocking
  public void batchReplaceArticleClaims(BatchReplaceArticleClaimsRequest req, StreamObserver<BatchReplaceArticleClaimsResponse> out) {
    RpcErrors.respond(out, () -> {
      List<ClaimService.Replacement> in = new ArrayList<>(req.getRequestsCount());
      for (ReplaceArticleClaimsRequest r : req.getRequestsList()) {
        List<Claim> claimsIn = new ArrayList<>(r.getClaimsCount());
        String articleId = r.getArticle().replaceFirst("^articles/", "");
        for (int i = 0; i < r.getClaimsCount(); i++) {
          claimsIn.add(ProtoMapper.fromProto(r.getClaims(i), articleId, i));
        }
        in.add(new ClaimService.Replacement(r.getArticle(), claimsIn, r.getOrigin(), r.getOutlet()));
      }
      BatchReplaceArticleClaimsResponse.Builder b = BatchReplaceArticleClaimsResponse.newBuilder();
      for (List<Claim> stored : claims.replaceArticlesClaims(in)) {
        ReplaceArticleClaimsResponse.Builder one = ReplaceArticleClaimsResponse.newBuilder();
        if (req.getView() == ClaimView.CLAIM_VIEW_NAME) {
          stored.forEach(c -> one.addClaims(ProtoMapper.nameOnly(c)));
        } else {
          stored.forEach(c -> one.addClaims(ProtoMapper.toProto(c)));
        }
        b.addResponses(one);
      }
      return b.build();
    }, GrpcErrors::map);
  }

  @Override
  @Blocking
  public void getClaim(GetClaimRequest req, StreamObserver<GetClaimResponse> out) {
    RpcErrors.respond(out, () -> GetClaimResponse.newBuilder()
        .setClaim(ProtoMapper.toProto(claims.get(req.getName()))).build(), GrpcErrors::map);
  }

  @Override
  @Blocking
  public void getGroup(GetGroupRequest req, StreamObserver<GetGroupResponse> out) {
    RpcErrors.respond(out, () -> {
      ClaimService.GroupView view = claims.group(req.getName(), req.getPageSize(), req.getPageToken());
      return GetGroupResponse.newBuilder().setGroup(ProtoMapper.toProto(view)).setNextPageToken(view.nextPageToken()).build();
    }, GrpcErrors::map);
  }

  @Override
  @Blocking
  public void listGroups(ListGroupsRequest req, StreamObserver<ListGroupsResponse> out) {
    RpcErrors.respond(out, () -> {
      ClaimService.GroupPage page = claims.listGroups(req.getPageSize(), req.getPageToken());
      ListGroupsResponse.Builder b = ListGroupsResponse.newBuilder().setNextPageToken(page.nextPageToken());
      page.groups().forEach(g -> b.addGroups(ProtoMapper.toProto(g)));
      return b.build();
    }, GrpcErrors::map);
  }

  @Override
  @Blocking
  public void listClaims(ListClaimsRequest req, StreamObserver<ListClaimsResponse> out) {
    RpcErrors.respond(out, () -> {
      ClaimService.Page page = claims.list(req.getParent(), req.getPageSize(), req.getPageToken(), req.getFilter(),
          req.getOrderBy());
      ListClaimsResponse.Builder b = ListClaimsResponse.newBuilder().setNextPageToken(page.nextPageToken());
      page.claims().forEach(c -> b.addClaims(ProtoMapper.toProto(c)));
      return b.build();
    }, GrpcErrors::map);
  }
}
