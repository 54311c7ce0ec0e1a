package io.claimwatch.ingest.grpc;

import com.google.protobuf.Timestamp;
import io.claimwatch.ingest.domain.Article;
import io.claimwatch.ingest.v1.ArticleState;
import io.claimwatch.proto.ProtoTypes;
import java.time.Instant;

/** Maps articles from the domain to the contract (claimwatch.ingest.v1). */
final class ProtoMapper {

  private ProtoMapper() {}

  static io.claimwatch.ingest.v1.Article toProto(Article a) {
    io.claimwatch.ingest.v1.Article.Builder b = io.claimwatch.ingest.v1.Article.newBuilder()
        .setName("articles/" + a.id())
        .setTitle(a.title() == null ? "" : a.title())
        .setSourceUrl(a.sourceUrl() == null ? "" : a.sourceUrl())
        .setCleanText(a.cleanText())
        .setState(ArticleState.valueOf("ARTICLE_STATE_" + a.state().name()))
        .setFailureReason(a.failureReason() == null ? "" : a.failureReason())
        .setClaimCount(a.claimCount())
        .setAttemptCount(a.attemptCount())
        .setCreateTime(timestamp(a.createTime()))
        .setUpdateTime(timestamp(a.updateTime()))
        .setContentSizeBytes(a.contentSizeBytes())
        .setContentType(a.contentType());
    if (a.publicationDate() != null) {
      b.setPublicationDate(ProtoTypes.date(a.publicationDate()));
    }
    return b.build();
  }

  private static Timestamp timestamp(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }
}
