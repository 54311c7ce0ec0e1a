package io.claimwatch.ingest.grpc;

import com.google.protobuf.Timestamp;
import io.claimwatch.ingest.domain.Article;
import io.claimwatch.ingest.domain.DateEvidence;
import io.claimwatch.ingest.domain.Dating;
import io.claimwatch.ingest.domain.StoryDateline;
import io.claimwatch.ingest.domain.SourceMap;
import io.claimwatch.ingest.v1.ArticleState;
import io.claimwatch.ingest.v1.DateConfidence;
import io.claimwatch.ingest.v1.DateSource;
import io.claimwatch.ingest.v1.OffsetRun;
import io.claimwatch.proto.ProtoTypes;
import java.time.Instant;

/** Maps articles from the domain to the contract (claimwatch.ingest.v1). */
public final class ProtoMapper {

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
        .setExtractorVersion(a.extractorVersion() == null ? "" : a.extractorVersion())
        .setAttemptCount(a.attemptCount())
        .setCreateTime(timestamp(a.createTime()))
        .setUpdateTime(timestamp(a.updateTime()))
        .setContentSizeBytes(a.contentSizeBytes())
        .setContentType(a.contentType());
    Dating d = a.dating();
    if (d.publication() != null) {
      b.setPublicationDate(ProtoTypes.date(d.publication().date()));
      b.setPublicationDateEvidence(evidence(d.publication()));
    }
    if (d.dateline() != null) {
      b.setDateline(evidence(d.dateline()));
    }
    b.setDatelineContradicted(d.datelineContradicted());
    if (d.notBefore() != null) {
      b.setPublicationNotBefore(evidence(d.notBefore()));
    }
    if (d.storyDateline() != null) {
      b.setStoryDateline(storyDateline(d.storyDateline(), a.cleanText()));
    }
    if (a.language() != null) {
      b.setLanguageCode(a.language().code()).setLanguageConfidence(a.language().confidence());
    }
    if (a.origin() != null) {
      b.setOrigin("articles/" + a.origin().id()).setOriginSimilarity(a.origin().similarity());
    }
    if (a.byline() != null) {
      b.setByline(a.byline());
    }
    SourceMap map = a.sourceMap();
    for (int r = 0; r < map.size(); r++) {
      b.addSourceMap(OffsetRun.newBuilder().setCleanStart(map.cleanStart(r)).setSourceStart(map.sourceStart(r))
          .setLength(map.length(r)));
    }
    return b.build();
  }

  /** The story's dateline as the article shows it and extraction takes it: its offsets in code points of the clean text. */
  public static io.claimwatch.extract.v1.StoryDateline storyDateline(StoryDateline s, String cleanText) {
    io.claimwatch.extract.v1.StoryDateline.Builder b = io.claimwatch.extract.v1.StoryDateline.newBuilder()
        .setPlace(s.place())
        .setPlaceStart(cleanText.codePointCount(0, s.placeStart()))
        .setPlaceEnd(cleanText.codePointCount(0, s.placeEnd()));
    if (s.date() != null) {
      b.setDate(ProtoTypes.date(s.date()));
    }
    if (s.dateStart() >= 0) {
      b.setDateStart(cleanText.codePointCount(0, s.dateStart())).setDateEnd(cleanText.codePointCount(0, s.dateEnd()));
    }
    return b.build();
  }

  static io.claimwatch.ingest.v1.DateEvidence evidence(DateEvidence e) {
    return io.claimwatch.ingest.v1.DateEvidence.newBuilder()
        .setDate(ProtoTypes.date(e.date()))
        .setSource(DateSource.valueOf("DATE_SOURCE_" + e.source().name()))
        .setConfidence(DateConfidence.valueOf("DATE_CONFIDENCE_" + e.confidence().name()))
        .build();
  }

  private static Timestamp timestamp(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }
}
