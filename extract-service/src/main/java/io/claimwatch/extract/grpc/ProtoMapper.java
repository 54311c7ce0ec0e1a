package io.claimwatch.extract.grpc;

import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.Modality;
import io.claimwatch.claims.v1.Period;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.extract.domain.ExtractedClaim;
import io.claimwatch.extract.domain.PartialDate;
import io.claimwatch.proto.ProtoTypes;
import java.time.LocalDate;

/** Maps the engine's claims to the contract. Offsets become Unicode code points, as the contract says. */
final class ProtoMapper {

  private ProtoMapper() {}

  static Claim toProto(ExtractedClaim c, String text, String article, LocalDate publicationDate, String version) {
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
    Claim.Builder b = Claim.newBuilder()
        .setArticle(article)
        .setProvenance(Provenance.newBuilder().setQuote(c.quote()).setQuoteStart(start).setQuoteEnd(end))
        .setQuantity(q)
        .setCounted(c.counted() == null ? "" : c.counted())
        .setClaimant(c.claimant() == null ? "" : c.claimant())
        .setModality(Modality.valueOf("MODALITY_" + c.modality().name()))
        .setExtractorVersion(version);
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
    if (publicationDate != null) {
      b.setPublicationDate(ProtoTypes.date(publicationDate));
    }
    return b.build();
  }
}
