package io.claimwatch.extract.grpc;

import com.google.rpc.Code;
import io.claimwatch.extract.config.ExtractConfig;
import io.claimwatch.extract.domain.ClaimExtractor;
import io.claimwatch.extract.domain.Deadline;
import io.claimwatch.extract.domain.Extraction;
import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsResponse;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.ingest.domain.StoryDateline;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The gRPC edge of extract-service: validates the request, runs the engine within its time budget,
 * maps the claims. A sentence the engine fails on is logged with the article and counted as
 * {@code outcome="error"}; the other sentences' claims are answered. An article past its budget is
 * answered DEADLINE_EXCEEDED (reason EXTRACTION_BUDGET_EXCEEDED) and counted as {@code outcome="timeout"}.
 */
@GrpcService
public class ExtractGrpcService extends ExtractServiceGrpc.ExtractServiceImplBase {

  static final String DOMAIN = "extract.claimwatch.io";
  /** The largest text accepted, in UTF-16 chars (about 5 MB of text). */
  static final int MAX_TEXT_CHARS = 5 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(ExtractGrpcService.class);

  private final ClaimExtractor extractor;
  private final Duration budget;
  private final Timer ok;
  private final Timer failed;
  private final Timer timedOut;
  private final Counter found;

  ExtractGrpcService(ClaimExtractor extractor, MeterRegistry registry, ExtractConfig config) {
    this.extractor = extractor;
    this.budget = config.budget();
    this.ok = timer(registry, "ok");
    this.failed = timer(registry, "error");
    this.timedOut = timer(registry, "timeout");
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
      LocalDate published = req.hasPublicationDate()
          ? fullDate(req.getPublicationDate(), "publication_date", "PUBLICATION_DATE_INVALID") : null;
      StoryDateline dateline = req.hasStoryDateline() ? storyDateline(req.getStoryDateline(), text) : null;
      String article = req.getArticle().isEmpty() ? "(no article name)" : req.getArticle();
      long started = System.nanoTime();
      Extraction result;
      try {
        result = extractor.extract(text, published, dateline, Deadline.after(budget()), req.getExplain());
      } catch (Deadline.BudgetExceeded e) {
        timedOut.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        LOG.warnf("%s: %s", article, e.getMessage());
        throw RpcErrors.error(Code.DEADLINE_EXCEEDED, "EXTRACTION_BUDGET_EXCEEDED", DOMAIN, e.getMessage()
            + ": the article is too long or too unusual to extract in time; split it into smaller texts, or raise the budget"
            + " (extract.budget, env EXTRACT_BUDGET)");
      } catch (RuntimeException e) {
        failed.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        LOG.warnf("%s: extraction failed (%s); the call is answered INTERNAL", article, e.getClass().getSimpleName());
        throw e;
      }
      (result.failures().isEmpty() ? ok : failed).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      for (Extraction.Failure f : result.failures()) {
        // the article's id and where, never its text
        LOG.warnf(f.error(), "%s: the engine failed on the sentence at characters %d-%d; its claims are left out, the "
            + "other sentences' kept", article, f.start(), f.end());
      }
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

  /**
   * The story dateline of the request, its offsets turned from code points into the text's chars; INVALID_ARGUMENT
   * (STORY_DATELINE_INVALID) when it is no dateline of this text: offsets outside it, a place that is not the text
   * at its offsets, or a date that is no calendar day.
   */
  static StoryDateline storyDateline(io.claimwatch.extract.v1.StoryDateline d, String text) {
    int points = text.codePointCount(0, text.length());
    if (d.getPlace().isBlank() || d.getPlaceStart() < 0 || d.getPlaceStart() > d.getPlaceEnd() || d.getPlaceEnd() > points) {
      throw invalid("STORY_DATELINE_INVALID", "story_dateline: place must be non-empty with 0 <= place_start <= place_end <= "
          + points + " (the text's length in code points); got '" + d.getPlace() + "' at " + d.getPlaceStart() + "-"
          + d.getPlaceEnd());
    }
    int placeStart = text.offsetByCodePoints(0, d.getPlaceStart());
    int placeEnd = text.offsetByCodePoints(0, d.getPlaceEnd());
    if (!text.substring(placeStart, placeEnd).equals(d.getPlace())) {
      throw invalid("STORY_DATELINE_INVALID", "story_dateline: the text at " + d.getPlaceStart() + "-" + d.getPlaceEnd()
          + " is not the place '" + d.getPlace() + "'");
    }
    LocalDate date = d.hasDate() ? fullDate(d.getDate(), "story_dateline.date", "STORY_DATELINE_INVALID") : null;
    if (d.hasDateStart() != d.hasDateEnd() || d.hasDateStart()
        && (d.getDateStart() < 0 || d.getDateStart() > d.getDateEnd() || d.getDateEnd() > points)) {
      throw invalid("STORY_DATELINE_INVALID", "story_dateline: date_start and date_end must both be set, with 0 <= date_start"
          + " <= date_end <= " + points + ", or both unset");
    }
    int dateStart = d.hasDateStart() ? text.offsetByCodePoints(0, d.getDateStart()) : -1;
    int dateEnd = d.hasDateEnd() ? text.offsetByCodePoints(0, d.getDateEnd()) : -1;
    return new StoryDateline(d.getPlace(), placeStart, placeEnd, date, dateStart, dateEnd);
  }

  /** A full calendar date; INVALID_ARGUMENT with {@code reason} naming {@code field} when it is partial or no real day. */
  private static LocalDate fullDate(com.google.type.Date d, String field, String reason) {
    LocalDate date;
    try {
      date = ProtoTypes.localDate(d);
    } catch (IllegalArgumentException e) {
      throw invalid(reason, field + ": " + e.getMessage());
    }
    if (date == null) {
      throw invalid(reason, field + " must be a full date (year, month and day) or unset");
    }
    return date;
  }

  /** The configured budget, or the caller's deadline when that is sooner. */
  private Duration budget() {
    io.grpc.Deadline caller = io.grpc.Context.current().getDeadline();
    if (caller == null) {
      return budget;
    }
    Duration left = Duration.ofNanos(Math.max(1, caller.timeRemaining(TimeUnit.NANOSECONDS)));
    return left.compareTo(budget) < 0 ? left : budget;
  }

  private static StatusRuntimeException invalid(String reason, String message) {
    return RpcErrors.error(Code.INVALID_ARGUMENT, reason, DOMAIN, message);
  }
}
