package io.claimwatch.extract.grpc;

import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.Modality;
import io.claimwatch.claims.v1.Period;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.claims.v1.QuantityKey;
import io.claimwatch.extract.domain.ClaimKey;
import io.claimwatch.extract.domain.EventFrame;
import io.claimwatch.extract.domain.ExtractedClaim;
import io.claimwatch.extract.domain.FieldSource;
import io.claimwatch.extract.domain.PartialDate;
import io.claimwatch.extract.v1.EventFrame.Builder;
import io.claimwatch.proto.ProtoTypes;

/** Maps the engine's claims and frame to the contract. Offsets become Unicode code points, as the contract says. */
final class ProtoMapper {

  private ProtoMapper() {}

  static io.claimwatch.extract.v1.ExtractedClaim toProto(ExtractedClaim c, String text) {
    int start = text.codePointCount(0, c.start());
    int end = start + text.codePointCount(c.start(), c.end());
    Quantity.Builder q = Quantity.newBuilder().setHedge(Hedge.valueOf("HEDGE_" + c.hedge().name()))
        .setUnit(c.unit() == null ? "" : c.unit()).setText(c.numberText() == null ? "" : c.numberText());
    if (c.low() != null) {
      q.setLow(ProtoTypes.decimal(c.low()));
    }
    if (c.high() != null) {
      q.setHigh(ProtoTypes.decimal(c.high()));
    }
    io.claimwatch.extract.v1.ExtractedClaim.Builder b = io.claimwatch.extract.v1.ExtractedClaim.newBuilder()
        .setQuote(c.quote())
        .setQuoteStart(start)
        .setQuoteEnd(end)
        .setQuantity(q)
        .setCounted(c.counted() == null ? "" : c.counted())
        .setClaimant(c.claimant() == null ? "" : c.claimant())
        .setModality(Modality.valueOf("MODALITY_" + c.modality().name()))
        .setKey(toProto(c.key()))
        .setBackground(c.background());
    if (c.eventStart() != null || c.eventEnd() != null) {
      Period.Builder p = Period.newBuilder();
      if (c.eventStart() != null) {
        p.setStart(ProtoTypes.partialDate(c.eventStart().toIso()));
      }
      if (c.eventEnd() != null) {
        p.setEnd(ProtoTypes.partialDate(c.eventEnd().toIso()));
      }
      b.setEventPeriod(p);
    }
    PartialDate said = c.statementDate();
    if (said != null) {
      b.setStatementDate(ProtoTypes.partialDate(said.toIso()));
    }
    c.explanation().forEach(s -> b.addExplanation(toProto(s, text)));
    return b.build();
  }

  static io.claimwatch.extract.v1.FieldSource toProto(FieldSource s, String text) {
    io.claimwatch.extract.v1.FieldSource.Builder b = io.claimwatch.extract.v1.FieldSource.newBuilder()
        .setField(s.field().jsonName()).setRule(s.rule()).setText(s.text());
    if (s.hasSpan()) {
      int start = text.codePointCount(0, s.start());
      b.setStart(start).setEnd(start + text.codePointCount(s.start(), s.end()));
    }
    return b.build();
  }

  static QuantityKey toProto(ClaimKey k) {
    QuantityKey.Builder b = QuantityKey.newBuilder().setKind(k.kind()).setEvent(k.event()).setParty(k.party())
        .setUnit(k.unit()).setCause(k.cause()).setPlace(k.place()).setEventName(k.eventName());
    if (k.earliest() != null) {
      b.setEventEarliest(ProtoTypes.date(k.earliest()));
    }
    if (k.latest() != null) {
      b.setEventLatest(ProtoTypes.date(k.latest()));
    }
    return b.build();
  }

  static io.claimwatch.extract.v1.EventFrame toProto(EventFrame f) {
    Builder b = io.claimwatch.extract.v1.EventFrame.newBuilder().setCause(f.cause()).setPlace(f.place())
        .setEventName(f.eventName());
    if (f.earliest() != null) {
      b.setEventEarliest(ProtoTypes.date(f.earliest()));
    }
    if (f.latest() != null) {
      b.setEventLatest(ProtoTypes.date(f.latest()));
    }
    return b.build();
  }
}
