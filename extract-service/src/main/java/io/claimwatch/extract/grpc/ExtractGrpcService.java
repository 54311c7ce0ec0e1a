package io.claimwatch.extract.grpc;

import com.google.rpc.Code;
import io.claimwatch.extract.domain.ClaimExtractor;
import io.claimwatch.extract.domain.Extraction;
import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsResponse;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import java.time.LocalDate;
import java.util.Optional;

/** The gRPC edge of extract-service: validates the request, runs the engine, maps the claims. */
@GrpcService
public class ExtractGrpcService extends ExtractServiceGrpc.ExtractServiceImplBase {

  static final String DOMAIN = "extract.claimwatch.io";
  /** The largest text accepted, in UTF-16 chars (about 5 MB of text). */
  static final int MAX_TEXT_CHARS = 5 * 1024 * 1024;

  private final ClaimExtractor extractor;
  private final Timer ok;
  private final Timer failed;
  private final Counter found;

  ExtractGrpcService(ClaimExtractor extractor, MeterRegistry registry) {
    this.extractor = extractor;
    this.ok = timer(registry, "ok");
    this.failed = timer(registry, "error");
    this.found = Counter.builder("extract.claims.found").description("Claims found")
        .tag("extractor", "rules").register(registry);
  }

  private static Timer timer(MeterRegistry registry, String outcome) {
    return Timer.builder("extract.duration").description("Time to extract one article's claims")
        .tag("extractor", "rules").tag("outcome", outcome).publishPercentileHistogram().register(registry);
  }

  @Override
  @Blocking
  public void extractClaims(ExtractClaimsRequest req, StreamObserver<ExtractClaimsResponse> out) {
    RpcErrors.respond(out, () -> {
      String text = req.getText();
      if (text.isBlank()) {
        throw invalid("TEXT_EMPTY", "text must hold the article's clean text; it is empty");
      }
      if (text.length() > MAX_TEXT_CHARS) {
        throw invalid("TEXT_TOO_LARGE", "text is " + text.length() + " characters; the limit is " + MAX_TEXT_CHARS);
      }
      if (text.codePoints().noneMatch(Character::isLetter)) {
        throw invalid("TEXT_NO_WORDS", "text has no letters (only digits, punctuation, symbols or invisible characters);"
            + " send the article's clean text");
      }
      LocalDate published;
      try {
        published = req.hasPublicationDate() ? ProtoTypes.localDate(req.getPublicationDate()) : null;
      } catch (IllegalArgumentException e) {
        throw invalid("PUBLICATION_DATE_INVALID", "publication_date: " + e.getMessage());
      }
      if (req.hasPublicationDate() && published == null) {
        throw invalid("PUBLICATION_DATE_INVALID", "publication_date must be a full date (year, month and day) or unset");
      }
      long started = System.nanoTime();
      Extraction result;
      try {
        result = extractor.extract(text, published);
      } catch (RuntimeException e) {
        failed.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        throw e;
      }
      ok.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
      found.increment(result.claims().size());
      ExtractClaimsResponse.Builder b = ExtractClaimsResponse.newBuilder().setExtractorVersion(result.extractorVersion());
      if (result.publicationDate() != null) {
        b.setPublicationDate(ProtoTypes.date(result.publicationDate()));
      }
      result.claims().forEach(c -> b.addClaims(ProtoMapper.toProto(c, text)));
      b.setFrame(ProtoMapper.toProto(result.frame()));
      return b.build();
    }, e -> Optional.empty());
  }

  private static StatusRuntimeException invalid(String reason, String message) {
    return RpcErrors.error(Code.INVALID_ARGUMENT, reason, DOMAIN, message);
  }
}
