package io.claimwatch.ingest.domain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Takes articles in: cleans them, gives them a stable id and stores them, queued for extraction. */
public final class IngestService {

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  /** The outcome of a submission. */
  public record Submission(Article article, boolean alreadyExisted) {}

  /** One page of articles. */
  public record Page(List<Article> articles, String nextPageToken) {}

  private final ArticleCleaner cleaner;
  private final ArticleStore store;
  private final Clock clock;
  private final Counter accepted;
  private final Counter duplicate;
  private final Counter rejected;
  private final DistributionSummary size;

  public IngestService(ArticleCleaner cleaner, ArticleStore store, Clock clock, MeterRegistry registry) {
    this.cleaner = cleaner;
    this.store = store;
    this.clock = clock;
    this.accepted = received(registry, "accepted");
    this.duplicate = received(registry, "duplicate");
    this.rejected = received(registry, "rejected");
    this.size = DistributionSummary.builder("ingest.article.size").baseUnit(BaseUnits.BYTES)
        .description("Size of submitted documents").register(registry);
  }

  private static Counter received(MeterRegistry registry, String outcome) {
    return Counter.builder("ingest.articles.received").description("Articles submitted, by outcome")
        .tag("outcome", outcome).register(registry);
  }

  /**
   * Cleans and stores a document. Returns once it is stored (durably); extraction happens later.
   *
   * @param publicationDate the client's date, or null to use the one detected in the document
   */
  public Submission submit(byte[] content, String contentType, String sourceUrl, LocalDate publicationDate) {
    size.record(content == null ? 0 : content.length);
    CleanArticle clean;
    try {
      clean = cleaner.clean(content == null ? new byte[0] : content, contentType);
    } catch (DomainException e) {
      rejected.increment();
      throw e;
    }
    LocalDate date = publicationDate != null ? publicationDate : clean.publicationDate();
    String dateSource = publicationDate != null ? "client" : clean.publicationDateSource();
    ArticleStore.NewArticle article = new ArticleStore.NewArticle(ArticleIds.idFor(clean.text()), clean.title(),
        sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip(), date, dateSource, clean.text(), content,
        contentType == null || contentType.isBlank() ? "text/plain" : contentType);
    ArticleStore.Inserted inserted = store.insertIfAbsent(article, clock.instant());
    (inserted.created() ? accepted : duplicate).increment();
    return new Submission(inserted.article(), !inserted.created());
  }

  public Article get(String name) {
    String id = articleId(name);
    return store.get(id).orElseThrow(() -> new DomainException.NotFound("ARTICLE_NOT_FOUND", "no article named " + name));
  }

  /** Articles newest first; {@code filter} is empty or "state=ARTICLE_STATE_DONE" (or another state). */
  public Page list(int pageSize, String pageToken, String filter) {
    if (pageSize < 0) {
      throw new DomainException.InvalidInput("PAGE_SIZE_NEGATIVE", "page_size must be 0 (default 50) or positive, not " + pageSize);
    }
    int limit = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    Article.State state = stateFilter(filter);
    Instant afterTime = null;
    String afterId = null;
    if (pageToken != null && !pageToken.isBlank()) {
      String[] p = pageToken.split("_", 2);
      try {
        afterTime = Instant.ofEpochSecond(0, Long.parseLong(p[0]));
        afterId = p[1];
      } catch (RuntimeException e) {
        throw new DomainException.InvalidInput("INVALID_PAGE_TOKEN", "the page token is not one this service issued");
      }
    }
    List<Article> rows = store.list(state, afterTime, afterId, limit + 1);
    if (rows.size() <= limit) {
      return new Page(rows, "");
    }
    Article last = rows.get(limit - 1);
    long nanos = last.createTime().getEpochSecond() * 1_000_000_000L + last.createTime().getNano();
    return new Page(List.copyOf(rows.subList(0, limit)), nanos + "_" + last.id());
  }

  private static Article.State stateFilter(String filter) {
    if (filter == null || filter.isBlank()) {
      return null;
    }
    String f = filter.strip().replace(" ", "");
    if (f.startsWith("state=")) {
      String s = f.substring("state=".length()).replaceFirst("^ARTICLE_STATE_", "");
      for (Article.State state : Article.State.values()) {
        if (state.name().equals(s)) {
          return state;
        }
      }
    }
    throw new DomainException.InvalidInput("INVALID_FILTER",
        "the only article filter is state=<state>, with a state of " + List.of(Article.State.values()) + "; got '" + filter + "'");
  }

  static String articleId(String name) {
    if (name == null || !name.startsWith("articles/") || !ID.matcher(name.substring("articles/".length())).matches()) {
      throw new DomainException.InvalidInput("ARTICLE_NAME_INVALID",
          "expected a name of the form articles/{16 hex digits}, got '" + name + "'");
    }
    return name.substring("articles/".length());
  }
}
