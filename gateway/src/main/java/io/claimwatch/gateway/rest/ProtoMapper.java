package io.claimwatch.gateway.rest;

import com.google.protobuf.Timestamp;
import io.claimwatch.proto.ProtoTypes;
import java.time.Instant;

/** Maps the backends' messages to the REST API's JSON shapes. */
final class ProtoMapper {

  private ProtoMapper() {}

  static Dtos.Article article(io.claimwatch.ingest.v1.Article a) {
    return new Dtos.Article(a.getName(), blankToNull(a.getTitle()), blankToNull(a.getSourceUrl()),
        a.hasPublicationDate() ? ProtoTypes.partialDate(a.getPublicationDate()) : null,
        unprefixed(a.getState(), "ARTICLE_STATE_"), blankToNull(a.getFailureReason()), a.getClaimCount(),
        blankToNull(a.getExtractorVersion()), a.getAttemptCount(), time(a.getCreateTime()), time(a.getUpdateTime()), a.getContentSizeBytes(), a.getContentType(),
        a.getCleanText(),
        a.hasPublicationDateEvidence() ? evidence(a.getPublicationDateEvidence()) : null,
        a.hasDateline() ? evidence(a.getDateline()) : null,
        a.getDatelineContradicted(),
        a.hasPublicationNotBefore() ? evidence(a.getPublicationNotBefore()) : null,
        blankToNull(a.getLanguageCode()), a.getLanguageConfidence(), blankToNull(a.getOrigin()), a.getOriginSimilarity(),
        blankToNull(a.getByline()),
        a.getSourceMapList().stream().map(r -> new int[] {r.getCleanStart(), r.getSourceStart(), r.getLength()}).toList(),
        a.hasStoryDateline() ? storyDateline(a.getStoryDateline()) : null);
  }

  private static Dtos.Article.StoryDateline storyDateline(io.claimwatch.extract.v1.StoryDateline d) {
    return new Dtos.Article.StoryDateline(d.getPlace(), d.getPlaceStart(), d.getPlaceEnd(),
        d.hasDate() ? ProtoTypes.partialDate(d.getDate()) : null,
        d.hasDateStart() ? d.getDateStart() : null, d.hasDateEnd() ? d.getDateEnd() : null);
  }

  private static Dtos.Article.DateEvidence evidence(io.claimwatch.ingest.v1.DateEvidence e) {
    return new Dtos.Article.DateEvidence(e.hasDate() ? ProtoTypes.partialDate(e.getDate()) : null,
        unprefixed(e.getSource(), "DATE_SOURCE_"), unprefixed(e.getConfidence(), "DATE_CONFIDENCE_"));
  }

  static Dtos.Claim claim(io.claimwatch.claims.v1.Claim c) {
    var q = c.getQuantity();
    var p = c.getEventPeriod();
    return new Dtos.Claim(c.getName(), c.getArticle(), c.getProvenance().getQuote(), c.getProvenance().getQuoteStart(),
        c.getProvenance().getQuoteEnd(), q.hasLow() ? ProtoTypes.decimal(q.getLow()) : null,
        q.hasHigh() ? ProtoTypes.decimal(q.getHigh()) : null, unprefixed(q.getHedge(), "HEDGE_"),
        blankToNull(q.getUnit()), blankToNull(q.getText()), blankToNull(c.getCounted()), blankToNull(c.getClaimant()),
        p.hasStart() ? ProtoTypes.partialDate(p.getStart()) : null, p.hasEnd() ? ProtoTypes.partialDate(p.getEnd()) : null,
        c.hasStatementDate() ? ProtoTypes.partialDate(c.getStatementDate()) : null,
        unprefixed(c.getModality(), "MODALITY_"),
        c.hasPublicationDate() ? ProtoTypes.partialDate(c.getPublicationDate()) : null, c.getExtractorVersion(),
        blankToNull(c.getGroup()), c.hasCreateTime() ? time(c.getCreateTime()) : null);
  }

  /** A group; {@code full} for GetGroup (estimate, timeline page and verdicts), else as lists show it. */
  static Dtos.Group group(io.claimwatch.claims.v1.Group g, boolean full, String nextPageToken) {
    var k = g.getKey();
    Dtos.Estimate estimate = null;
    if (full) {
      var e = g.getEstimate();
      estimate = new Dtos.Estimate(e.hasLow() ? ProtoTypes.decimal(e.getLow()) : null,
          e.hasHigh() ? ProtoTypes.decimal(e.getHigh()) : null, e.getBasis(), blankToNull(e.getUnit()));
    }
    return new Dtos.Group(g.getName(), new Dtos.Key(k.getKind(), k.getEvent(), k.getParty(), k.getUnit(), k.getCause(), k.getPlace()),
        estimate, full ? blankToNull(g.getCurrentClaim()) : null, g.getOriginCount(), g.getClaimCount(),
        full ? g.getTimelineList().stream().map(ProtoMapper::claim).toList() : null,
        full ? verdicts(g.getStepsList()) : null, full ? verdicts(g.getAgainstCurrentList()) : null, nextPageToken,
        full ? g.getRelatedList().stream().map(r -> new Dtos.Related(r.getGroup(),
            unprefixed(r.getVerdict(), "VERDICT_"), r.getReason(), r.getClaimCount())).toList() : null,
        time(g.getCreateTime()), time(g.getUpdateTime()));
  }

  private static java.util.List<Dtos.Verdict> verdicts(java.util.List<io.claimwatch.claims.v1.PairVerdict> pairs) {
    return pairs.stream().map(v -> new Dtos.Verdict(v.getEarlier(), v.getLater(),
        unprefixed(v.getVerdict(), "VERDICT_"), v.getReason())).toList();
  }

  private static String time(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString();
  }

  /** An enum value's name without the proto prefix of its type ("HEDGE_AT_LEAST" → "AT_LEAST"); no regex per call. */
  static String unprefixed(Enum<?> value, String prefix) {
    String name = value.name();
    return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
