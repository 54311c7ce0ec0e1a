package io.claimwatch.claims.grpc;

import com.google.protobuf.Timestamp;
import io.claimwatch.claims.domain.Agreement;
import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimGroup;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.QuantityKey;
import io.claimwatch.claims.domain.DomainException;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.v1.Estimate;
import io.claimwatch.claims.v1.PairVerdict;
import io.claimwatch.claims.v1.Period;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.claims.v1.RelatedGroup;
import io.claimwatch.claims.v1.Verdict;
import io.claimwatch.proto.ProtoTypes;
import java.math.BigDecimal;

/** Maps claims between the contract (claimwatch.claims.v1) and the domain. */
public final class ProtoMapper {

  private ProtoMapper() {}

  /** A claim as submitted for storage; the article id comes from the request. */
  public static Claim fromProto(io.claimwatch.claims.v1.Claim c, String articleId, int index) {
    Quantity q = c.getQuantity();
    return new Claim(null, articleId, index, c.getProvenance().getQuote(), c.getProvenance().getQuoteStart(),
        c.getProvenance().getQuoteEnd(), bound(q, true, index), bound(q, false, index), hedge(q.getHedge(), index),
        q.getUnit(), q.getText(), c.getCounted(), c.getClaimant().isEmpty() ? null : c.getClaimant(),
        c.getEventPeriod().hasStart() ? ProtoTypes.partialDate(c.getEventPeriod().getStart()) : null,
        c.getEventPeriod().hasEnd() ? ProtoTypes.partialDate(c.getEventPeriod().getEnd()) : null,
        c.hasStatementDate() ? ProtoTypes.partialDate(c.getStatementDate()) : null,
        modality(c.getModality()),
        c.hasPublicationDate() ? ProtoTypes.partialDate(c.getPublicationDate()) : null,
        c.getExtractorVersion(), null, null, null, c.hasKey() ? key(c.getKey()) : null, null);
  }

  /** The key the extractor gave a claim; days that are not full dates are open. */
  static QuantityKey key(io.claimwatch.claims.v1.QuantityKey k) {
    return new QuantityKey(k.getKind(), k.getEvent(), k.getParty(), k.getUnit(), k.getCause(), k.getPlace(),
        k.getEventName(), day(k.hasEventEarliest(), k.getEventEarliest()), day(k.hasEventLatest(), k.getEventLatest()));
  }

  private static java.time.LocalDate day(boolean set, com.google.type.Date d) {
    if (!set) {
      return null;
    }
    try {
      return ProtoTypes.localDate(d);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A stored claim as CLAIM_VIEW_NAME gives it: its name, article and group. */
  public static io.claimwatch.claims.v1.Claim nameOnly(Claim c) {
    return io.claimwatch.claims.v1.Claim.newBuilder().setName("claims/" + c.id()).setArticle("articles/" + c.articleId())
        .setGroup(c.groupId() == null ? "" : "groups/" + c.groupId()).build();
  }

  public static io.claimwatch.claims.v1.Claim toProto(Claim c) {
    Quantity.Builder q = Quantity.newBuilder()
        .setHedge(io.claimwatch.claims.v1.Hedge.valueOf("HEDGE_" + c.hedge().name()))
        .setUnit(c.unit()).setText(c.numberText());
    if (c.low() != null) {
      q.setLow(ProtoTypes.decimal(c.low()));
    }
    if (c.high() != null) {
      q.setHigh(ProtoTypes.decimal(c.high()));
    }
    io.claimwatch.claims.v1.Claim.Builder b = io.claimwatch.claims.v1.Claim.newBuilder()
        .setName("claims/" + c.id())
        .setArticle("articles/" + c.articleId())
        .setProvenance(Provenance.newBuilder().setQuote(c.quote()).setQuoteStart(c.quoteStart()).setQuoteEnd(c.quoteEnd()))
        .setQuantity(q)
        .setCounted(c.counted())
        .setClaimant(c.claimant() == null ? "" : c.claimant())
        .setModality(io.claimwatch.claims.v1.Modality.valueOf("MODALITY_" + c.modality().name()))
        .setExtractorVersion(c.extractorVersion())
        .setGroup(c.groupId() == null ? "" : "groups/" + c.groupId());
    if (c.key() != null) {
      b.setKey(key(c.key()));
    }
    if (c.eventStart() != null || c.eventEnd() != null) {
      Period.Builder p = Period.newBuilder();
      if (c.eventStart() != null) {
        p.setStart(ProtoTypes.partialDate(c.eventStart()));
      }
      if (c.eventEnd() != null) {
        p.setEnd(ProtoTypes.partialDate(c.eventEnd()));
      }
      b.setEventPeriod(p);
    }
    if (c.statementDate() != null) {
      b.setStatementDate(ProtoTypes.partialDate(c.statementDate()));
    }
    if (c.publicationDate() != null) {
      b.setPublicationDate(ProtoTypes.partialDate(c.publicationDate()));
    }
    if (c.createTime() != null) {
      b.setCreateTime(timestamp(c.createTime()));
    }
    return b.build();
  }

  public static io.claimwatch.claims.v1.Group toProto(ClaimGroup g) {
    return io.claimwatch.claims.v1.Group.newBuilder()
        .setName("groups/" + g.id())
        .setKey(key(g.key()))
        .setClaimCount(g.claimCount())
        .setOriginCount(g.originCount())
        .setCreateTime(timestamp(g.createTime()))
        .setUpdateTime(timestamp(g.updateTime()))
        .build();
  }

  public static io.claimwatch.claims.v1.Group toProto(ClaimService.GroupView view) {
    io.claimwatch.claims.v1.Group.Builder b = toProto(view.group()).toBuilder();
    view.timeline().forEach(c -> b.addTimeline(toProto(c)));
    view.verdicts().steps().forEach(p -> b.addSteps(toProto(p)));
    view.verdicts().againstCurrent().forEach(p -> b.addAgainstCurrent(toProto(p)));
    if (view.current() != null) {
      b.setCurrentClaim("claims/" + view.current().id());
    }
    Agreement.Estimate estimate = view.estimate();
    Estimate.Builder e = Estimate.newBuilder().setBasis(estimate.basis()).setUnit(estimate.unit());
    if (estimate.low() != null) {
      e.setLow(ProtoTypes.decimal(estimate.low()));
    }
    if (estimate.high() != null) {
      e.setHigh(ProtoTypes.decimal(estimate.high()));
    }
    b.setEstimate(e);
    for (ClaimService.Related r : view.related()) {
      b.addRelated(RelatedGroup.newBuilder().setGroup("groups/" + r.group().id())
          .setVerdict(Verdict.VERDICT_DIFFERENT_SCOPE).setReason(r.reason()).setClaimCount(r.group().claimCount()));
    }
    return b.build();
  }

  public static PairVerdict toProto(Agreement.Pair p) {
    return PairVerdict.newBuilder().setEarlier("claims/" + p.earlier()).setLater("claims/" + p.later())
        .setVerdict(verdict(p.verdict())).setReason(p.reason()).build();
  }

  private static Verdict verdict(Agreement.Verdict v) {
    return Verdict.valueOf("VERDICT_" + v.name());
  }

  private static io.claimwatch.claims.v1.QuantityKey key(QuantityKey k) {
    io.claimwatch.claims.v1.QuantityKey.Builder b = io.claimwatch.claims.v1.QuantityKey.newBuilder().setKind(k.kind())
        .setEvent(k.event()).setParty(k.party()).setUnit(k.unit()).setCause(k.cause()).setPlace(k.place())
        .setEventName(k.eventName());
    if (k.earliest() != null) {
      b.setEventEarliest(ProtoTypes.date(k.earliest()));
    }
    if (k.latest() != null) {
      b.setEventLatest(ProtoTypes.date(k.latest()));
    }
    return b.build();
  }

  private static Timestamp timestamp(java.time.Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  static final int MAX_INTEGER_DIGITS = 30;
  static final int MAX_FRACTION_DIGITS = 20;

  private static BigDecimal bound(Quantity q, boolean low, int index) {
    if (low ? !q.hasLow() : !q.hasHigh()) {
      return null;
    }
    String where = "claims[" + index + "].quantity." + (low ? "low" : "high");
    BigDecimal v;
    try {
      v = ProtoTypes.decimal(low ? q.getLow() : q.getHigh());
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput("CLAIM_BOUND_INVALID", where + ": " + e.getMessage());
    }
    // "1e999999999" is a valid decimal whose plain form is a billion digits: bound what is stored and printed.
    if (v != null && (v.precision() - v.scale() > MAX_INTEGER_DIGITS || v.scale() > MAX_FRACTION_DIGITS)) {
      throw new DomainException.InvalidInput("CLAIM_BOUND_INVALID", where + " must have at most " + MAX_INTEGER_DIGITS
          + " digits before the point and " + MAX_FRACTION_DIGITS + " after");
    }
    return v;
  }

  private static Hedge hedge(io.claimwatch.claims.v1.Hedge h, int index) {
    if (h == io.claimwatch.claims.v1.Hedge.HEDGE_UNSPECIFIED || h == io.claimwatch.claims.v1.Hedge.UNRECOGNIZED) {
      throw new DomainException.InvalidInput("CLAIM_HEDGE_MISSING", "claims[" + index + "].quantity.hedge must be set");
    }
    return Hedge.valueOf(h.name().substring("HEDGE_".length()));
  }

  private static Modality modality(io.claimwatch.claims.v1.Modality m) {
    return switch (m) {
      case MODALITY_ESTIMATE -> Modality.ESTIMATE;
      case MODALITY_PROJECTION -> Modality.PROJECTION;
      default -> Modality.ASSERTED;
    };
  }
}
