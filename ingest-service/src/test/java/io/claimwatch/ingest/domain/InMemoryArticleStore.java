package io.claimwatch.ingest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test double of the store with the SQL store's queue semantics (due time, lease, states) and its
 * band index (a map from (band, hash) to article ids).
 */
class InMemoryArticleStore implements ArticleStore {

  private record Row(Article article, Instant due) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Map<String, List<String>> bands = new HashMap<>();
  private final Map<String, MinHash.Signature> signatures = new HashMap<>();

  @Override
  public synchronized Inserted insertIfAbsent(NewArticle a, Instant now) {
    Row existing = rows.get(a.id());
    if (existing != null) {
      return new Inserted(existing.article(), false);
    }
    Article article = new Article(a.id(), a.title(), a.byline(), a.sourceUrl(), a.dating(), a.language(), a.origin(),
        a.sourceMap(), a.cleanText(), a.contentType(), a.content().length, a.state(), null, 0, "", 0, now, now);
    rows.put(a.id(), new Row(article, now));
    if (a.signature() != null) {
      signatures.put(a.id(), a.signature());
      long[] hashes = a.signature().bandHashes();
      for (int b = 0; b < hashes.length; b++) {
        bands.computeIfAbsent(b + ":" + hashes[b], k -> new ArrayList<>()).add(a.id());
      }
    }
    return new Inserted(article, true);
  }

  @Override
  public synchronized List<SimilarCandidate> similarCandidates(long[] bandHashes, int limit) {
    Map<String, Integer> shared = new HashMap<>();
    for (int b = 0; b < bandHashes.length; b++) {
      for (String id : bands.getOrDefault(b + ":" + bandHashes[b], List.of())) {
        shared.merge(id, 1, Integer::sum);
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new SimilarCandidate(e.getKey(), rows.get(e.getKey()).article().originId(), signatures.get(e.getKey())))
        .toList();
  }

  @Override
  public synchronized Optional<Article> get(String id) {
    return Optional.ofNullable(rows.get(id)).map(Row::article);
  }

  @Override
  public synchronized List<Article> list(Article.State state, Instant afterCreateTime, String afterId, int limit) {
    return rows.values().stream().map(Row::article).filter(a -> state == null || a.state() == state)
        .sorted(Comparator.comparing(Article::createTime).thenComparing(Article::id).reversed())
        .filter(a -> afterCreateTime == null || a.createTime().isBefore(afterCreateTime)
            || (a.createTime().equals(afterCreateTime) && a.id().compareTo(afterId) < 0))
        .limit(limit).toList();
  }

  @Override
  public synchronized List<Article> leaseDue(Instant now, Duration lease, int limit) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < limit; i++) {
      Optional<Article> a = leaseNextDue(now, lease);
      if (a.isEmpty()) {
        break;
      }
      out.add(a.get());
    }
    return out;
  }

  @Override
  public synchronized Optional<Instant> oldestDueSince(Instant now) {
    return rows.values().stream().filter(r -> pending(r.article()) && !r.due().isAfter(now)).map(Row::due)
        .min(Comparator.naturalOrder());
  }

  @Override
  public synchronized Optional<Article> leaseNextDue(Instant now, Duration lease) {
    Optional<Row> next = rows.values().stream().filter(r -> pending(r.article()) && !r.due().isAfter(now))
        .min(Comparator.comparing(Row::due));
    return next.map(r -> {
      Article a = with(r.article(), Article.State.EXTRACTING, r.article().failureReason(), r.article().claimCount(),
          r.article().attemptCount() + 1, now);
      rows.put(a.id(), new Row(a, now.plus(lease)));
      return a;
    });
  }

  @Override
  public synchronized void recordLanguage(String id, LanguageIdentifier.Detection language, Instant now) {
    Row r = rows.get(id);
    Article a = r.article();
    boolean english = language.english();
    rows.put(id, new Row(new Article(a.id(), a.title(), a.byline(), a.sourceUrl(), a.dating(), language, a.origin(),
        a.sourceMap(), a.cleanText(), a.contentType(), a.contentSizeBytes(), english ? a.state() : Article.State.UNSUPPORTED,
        english ? a.failureReason() : null, a.claimCount(), a.extractorVersion(), english ? a.attemptCount() : 0,
        a.createTime(), now), r.due()));
  }

  @Override
  public synchronized void markDone(String id, int claimCount, String extractorVersion, Instant now) {
    Row r = rows.get(id);
    Article a = with(r.article(), Article.State.DONE, null, claimCount, r.article().attemptCount(), now);
    rows.put(id, new Row(new Article(a.id(), a.title(), a.byline(), a.sourceUrl(), a.dating(), a.language(), a.origin(),
        a.sourceMap(), a.cleanText(), a.contentType(), a.contentSizeBytes(), a.state(), a.failureReason(), a.claimCount(),
        extractorVersion, a.attemptCount(), a.createTime(), a.updateTime()), r.due()));
  }

  @Override
  public synchronized void markRetry(String id, String reason, Instant nextAttempt, Instant now) {
    Row r = rows.get(id);
    rows.put(id, new Row(with(r.article(), Article.State.EXTRACTING, reason, 0, r.article().attemptCount(), now), nextAttempt));
  }

  @Override
  public synchronized void markFailed(String id, String reason, Instant now) {
    Row r = rows.get(id);
    rows.put(id, new Row(with(r.article(), Article.State.FAILED, reason, 0, r.article().attemptCount(), now), r.due()));
  }

  @Override
  public synchronized void handBack(List<String> ids, Instant now) {
    for (String id : ids) {
      Row r = rows.get(id);
      if (r != null && r.article().state() == Article.State.EXTRACTING) {
        rows.put(id, new Row(with(r.article(), Article.State.RECEIVED, r.article().failureReason(), r.article().claimCount(),
            Math.max(0, r.article().attemptCount() - 1), now), now));
      }
    }
  }

  @Override
  public synchronized Optional<Article> requeueIf(String id, Article.State from, Instant now) {
    Row r = rows.get(id);
    if (r == null || r.article().state() != from) {
      return Optional.empty();
    }
    Article a = with(r.article(), Article.State.RECEIVED, null, r.article().claimCount(), 0, now);
    rows.put(id, new Row(a, now));
    return Optional.of(a);
  }

  @Override
  public synchronized long requeueAll(Requeue filter, Instant now) {
    List<String> ids = rows.values().stream().map(Row::article)
        .filter(a -> a.state() == Article.State.DONE || a.state() == Article.State.FAILED)
        .filter(a -> filter.state() == null || a.state() == filter.state())
        .filter(a -> filter.createdBefore() == null || a.createTime().isBefore(filter.createdBefore()))
        .filter(a -> filter.extractorVersionNot() == null || !filter.extractorVersionNot().equals(a.extractorVersion()))
        .map(Article::id).toList();
    ids.forEach(id -> requeueIf(id, rows.get(id).article().state(), now));
    return ids.size();
  }

  @Override
  public synchronized long pendingCount() {
    return rows.values().stream().filter(r -> pending(r.article())).count();
  }

  @Override
  public synchronized Optional<Instant> oldestPendingSince() {
    return rows.values().stream().map(Row::article).filter(InMemoryArticleStore::pending).map(Article::createTime)
        .min(Comparator.naturalOrder());
  }

  synchronized List<Article> all() {
    return new ArrayList<>(rows.values().stream().map(Row::article).toList());
  }

  private static boolean pending(Article a) {
    return a.state() == Article.State.RECEIVED || a.state() == Article.State.EXTRACTING;
  }

  private static Article with(Article a, Article.State state, String reason, int claims, int attempts, Instant now) {
    return new Article(a.id(), a.title(), a.byline(), a.sourceUrl(), a.dating(), a.language(), a.origin(), a.sourceMap(),
        a.cleanText(), a.contentType(), a.contentSizeBytes(), state, reason, claims, a.extractorVersion(), attempts,
        a.createTime(), now);
  }
}
