package io.claimwatch.claims.domain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/** Stores an article's claims and answers queries over them. */
public final class ClaimService {

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /** One page of claims. */
  public record Page(List<Claim> claims, String nextPageToken) {}

  /** One page of groups. */
  public record GroupPage(List<ClaimGroup> groups, String nextPageToken) {}

  /**
   * A group read in bounded size: its counts, estimate, the claim the estimate rests on and related
   * groups, and one page of its timeline judged (each claim against the one before it and against the
   * current claim), with the token of the next page ("" on the last).
   */
  public record GroupView(ClaimGroup group, List<Claim> timeline, Agreement.PageVerdicts verdicts,
      Agreement.Estimate estimate, Claim current, List<Related> related, String nextPageToken) {}

  /** Another group of the same kind of quantity, and why it is a different one. */
  public record Related(ClaimGroup group, String reason) {}

  private static final int MAX_RELATED = 20;
  /** At most this many of a group's latest claims (all of one date) make its estimate. */
  static final int MAX_LATEST = 200;

  private final ClaimStore store;
  private final GroupAssigner grouper;
  private final Clock clock;
  private final Counter written;
  private final Counter replaced;
  private final Counter conflicts;
  private final Timer getTimer;
  private final Timer listTimer;
  private final Timer groupTimer;
  private final Timer listGroupsTimer;

  public ClaimService(ClaimStore store, GroupAssigner grouper, Clock clock, MeterRegistry registry) {
    this.store = store;
    this.grouper = grouper;
    this.clock = clock;
    this.written = Counter.builder("claims.writes").description("Claims written").tag("outcome", "stored")
        .register(registry);
    this.replaced = Counter.builder("claims.article.replacements")
        .description("Times an article's claims were (re)placed").register(registry);
    this.conflicts = Counter.builder("claims.conflicts.found")
        .description("Conflicting pairs that an article's claims, as stored, form in their groups").register(registry);
    this.getTimer = queryTimer(registry, "get");
    this.listTimer = queryTimer(registry, "list");
    this.groupTimer = queryTimer(registry, "group");
    this.listGroupsTimer = queryTimer(registry, "list_groups");
  }

  private static Timer queryTimer(MeterRegistry registry, String query) {
    return Timer.builder("claims.query").description("Time to answer a read query").tag("query", query)
        .publishPercentileHistogram().register(registry);
  }

  /**
   * Replaces the article's claims with these, and puts each in its group. Names and ordinals are
   * assigned here, from the article and the claim's place, so the same extraction stored twice gives
   * the same names.
   *
   * @param originName the article this one reprints ("articles/{id}"), or empty when it is an origin
   * @param outlet the host that published it, or empty
   */
  public List<Claim> replaceArticleClaims(String articleName, List<Claim> claims, String originName, String outlet) {
    return replaceArticlesClaims(List.of(new Replacement(articleName, claims, originName, outlet))).get(0);
  }

  /** One article's claims to store: its name, its claims, the article it reprints ("" if none) and its outlet. */
  public record Replacement(String articleName, List<Claim> claims, String originName, String outlet) {}

  /** At most this many articles in one {@link #replaceArticlesClaims} call. */
  public static final int MAX_BATCH = 100;

  /**
   * Replaces the claims of several articles, as {@link #replaceArticleClaims} does for each, in one
   * transaction of the store: all are stored or none.
   */
  public List<List<Claim>> replaceArticlesClaims(List<Replacement> replacements) {
    if (replacements.isEmpty() || replacements.size() > MAX_BATCH) {
      throw new DomainException.InvalidInput("BATCH_SIZE_INVALID", "a batch holds 1 to " + MAX_BATCH + " articles, not "
          + replacements.size());
    }
    Instant now = clock.instant();
    List<String> ids = new ArrayList<>();
    List<java.util.function.Function<GroupIndex, List<Claim>>> groupings = new ArrayList<>();
    List<Claim> all = new ArrayList<>();
    for (Replacement r : replacements) {
      String articleId = articleId(r.articleName());
      if (ids.contains(articleId)) {
        throw new DomainException.InvalidInput("BATCH_ARTICLE_REPEATED", r.articleName() + " is in the batch twice");
      }
      String originId = r.originName() == null || r.originName().isEmpty() ? articleId : articleId(r.originName());
      List<Claim> named = new ArrayList<>(r.claims().size());
      for (int i = 0; i < r.claims().size(); i++) {
        Claim c = r.claims().get(i);
        validate(c, i);
        named.add(c.stored(claimId(articleId, i, c), articleId, i, originId, r.outlet(), now));
      }
      ids.add(articleId);
      groupings.add(index -> grouper.assign(named, index));
      all.addAll(named);
    }
    // the first grouping lets the index look up the candidates of every claim of the batch at once
    java.util.function.Function<GroupIndex, List<Claim>> first = groupings.get(0);
    groupings.set(0, index -> {
      index.prepare(all);
      return first.apply(index);
    });
    // the groups' latest claims as the write left them, for the judgment: given by the write, not read again
    ClaimStore.Written write = store.replaceArticlesClaimsAndRecent(ids, groupings, CONFLICT_WINDOW);
    List<List<Claim>> stored = write.stored();
    List<Claim> storedAll = stored.stream().flatMap(List::stream).toList();
    written.increment(storedAll.size());
    replaced.increment(stored.size());
    conflicts.increment(conflictsWith(storedAll, write.recent()));
    return stored;
  }

  /** How many of a group's latest claims a new claim is judged against when conflicts are counted. */
  public static final int CONFLICT_WINDOW = 64;

  /**
   * The CONFLICTS pairs the stored claims form in their groups: each new claim judged against the
   * {@link #CONFLICT_WINDOW} claims its group received last, the write's own among them (kept with the group as
   * claims arrive, so a write costs the same in a group of ten claims or of ten thousand); a pair of two new
   * claims counts once. A conflict with an older claim of a large group is not counted here.
   */

  private long conflictsWith(List<Claim> stored, Map<String, List<Claim>> recent) {
    Map<String, List<Claim>> byGroup = stored.stream().filter(c -> c.groupId() != null)
        .collect(Collectors.groupingBy(Claim::groupId));
    long n = 0;
    for (Map.Entry<String, List<Claim>> g : byGroup.entrySet()) {
      List<Claim> members = recent.getOrDefault(g.getKey(), List.of());
      Set<String> counted = new java.util.HashSet<>();
      for (Claim c : g.getValue()) {
        List<Claim> others = members.stream().filter(o -> !counted.contains(o.id())).toList();
        n += Agreement.conflictsOf(c, others);
        counted.add(c.id());
      }
    }
    return n;
  }

  public Claim get(String claimName) {
    return getTimer.record(() -> getUntimed(claimName));
  }

  private Claim getUntimed(String claimName) {
    String id = parseName(claimName, "claims/", "CLAIM_NAME_INVALID", "claims/{claim}");
    return store.get(id).orElseThrow(() -> new DomainException.NotFound("CLAIM_NOT_FOUND",
        "no claim named " + claimName));
  }

  /**
   * A page of claims of one article ("articles/{id}") or of all ("articles/-").
   */
  public Page list(String parent, int pageSize, String pageToken, String filter) {
    return list(parent, pageSize, pageToken, filter, "");
  }

  /**
   * A page of claims of one article ("articles/{id}") or of all ("articles/-"), in the order
   * {@code orderBy} names ({@link ClaimOrder#parse}).
   */
  public Page list(String parent, int pageSize, String pageToken, String filter, String orderBy) {
    return listTimer.record(() -> listUntimed(parent, pageSize, pageToken, filter, orderBy));
  }

  private Page listUntimed(String parent, int pageSize, String pageToken, String filter, String orderBy) {
    if (pageSize < 0) {
      throw new DomainException.InvalidInput("PAGE_SIZE_NEGATIVE", "page_size must be 0 (default 50) or positive, not " + pageSize);
    }
    int size = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    String articleId = "articles/-".equals(parent) ? null : articleId(parent);
    ClaimFilter parsed = ClaimFilter.parse(filter);
    ClaimOrder order = ClaimOrder.parse(orderBy);
    String query = parent + "|" + (filter == null ? "" : filter.strip()) + "|" + order;
    PageToken.Position after = PageToken.decode(pageToken, query);
    List<Claim> rows = store.list(articleId, parsed, order, after, size + 1);
    if (rows.size() <= size) {
      return new Page(rows, "");
    }
    List<Claim> page = rows.subList(0, size);
    Claim last = page.get(size - 1);
    return new Page(List.copyOf(page), PageToken.encode(new PageToken.Position(last.articleId(), last.ordinal(),
        last.publicationDate() == null ? "" : last.publicationDate()), query));
  }

  /** A group with the first page of its timeline, of the default size. */
  public GroupView group(String groupName) {
    return group(groupName, 0, "");
  }

  /**
   * A group with one page of its timeline: every read is a bounded number of index lookups (the
   * group row, the page plus the claim before it, at most {@link #MAX_LATEST} latest claims, related
   * groups), and the answer holds at most {@code pageSize} claims and twice as many verdicts, whatever
   * the group's size.
   */
  public GroupView group(String groupName, int pageSize, String pageToken) {
    return groupTimer.record(() -> groupUntimed(groupName, pageSize, pageToken));
  }

  private GroupView groupUntimed(String groupName, int pageSize, String pageToken) {
    String id = parseName(groupName, "groups/", "GROUP_NAME_INVALID", "groups/{group}");
    if (pageSize < 0) {
      throw new DomainException.InvalidInput("PAGE_SIZE_NEGATIVE", "page_size must be 0 (default 50) or positive, not " + pageSize);
    }
    int size = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    PageToken.TimelinePosition after = PageToken.decodeTimeline(pageToken, id);
    ClaimGroup group = store.group(id).orElseThrow(() -> new DomainException.NotFound("GROUP_NOT_FOUND",
        "no group named " + groupName));
    // The page is read from the last claim of the previous page on: that claim is the one the page's first is judged against.
    List<Claim> rows = store.timeline(id, after, size + 2);
    Claim before = null;
    if (!rows.isEmpty() && after != null && after.isAt(rows.get(0))) {
      before = rows.get(0);
      rows = rows.subList(1, rows.size());
    }
    List<Claim> page = List.copyOf(rows.subList(0, Math.min(size, rows.size())));
    String next = rows.size() > size ? PageToken.encodeTimeline(PageToken.TimelinePosition.of(page.get(size - 1)), id) : "";
    List<Claim> latest = store.latestClaims(id, MAX_LATEST);
    Claim current = Agreement.current(latest);
    Agreement.PageVerdicts verdicts = Agreement.judgePage(before, page, current);
    List<Related> related = store.compatibleGroups(group.key(), MAX_RELATED + 1).stream()
        .filter(g -> !g.id().equals(id)).limit(MAX_RELATED)
        .map(g -> new Related(g, "the same kind of quantity (" + describe(g.key()) + ") at another magnitude: another period or operation"))
        .toList();
    return new GroupView(group, page, verdicts, Agreement.estimate(latest), current, related, next);
  }

  /** Groups, most recently changed first. */
  public GroupPage listGroups(int pageSize, String pageToken) {
    return listGroupsTimer.record(() -> listGroupsUntimed(pageSize, pageToken));
  }

  private GroupPage listGroupsUntimed(int pageSize, String pageToken) {
    if (pageSize < 0) {
      throw new DomainException.InvalidInput("PAGE_SIZE_NEGATIVE", "page_size must be 0 (default 50) or positive, not " + pageSize);
    }
    int size = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    PageToken.GroupPosition after = PageToken.decodeGroup(pageToken);
    List<ClaimGroup> rows = store.listGroups(after == null ? null : after.recency(), after == null ? null : after.id(), size + 1);
    if (rows.size() <= size) {
      return new GroupPage(rows, "");
    }
    ClaimGroup last = rows.get(size - 1);
    return new GroupPage(List.copyOf(rows.subList(0, size)),
        PageToken.encodeGroup(new PageToken.GroupPosition(last.recency(), last.id())));
  }

  private static String describe(QuantityKey k) {
    return String.join(" ", List.of(k.party(), k.kind(), k.event(), k.unit(),
        k.cause().isEmpty() ? "" : "by " + k.cause(), k.place().isEmpty() ? "" : "in " + k.place())
        .stream().filter(s -> !s.isEmpty()).toList());
  }

  private static void validate(Claim c, int index) {
    String where = "claims[" + index + "]";
    if (c.quote().isBlank()) {
      throw new DomainException.InvalidInput("CLAIM_QUOTE_EMPTY", where + ".provenance.quote must not be empty");
    }
    if (c.quoteStart() < 0 || c.quoteEnd() < c.quoteStart()) {
      throw new DomainException.InvalidInput("CLAIM_OFFSETS_INVALID",
          where + ".provenance offsets must satisfy 0 <= quote_start <= quote_end, got " + c.quoteStart() + ".." + c.quoteEnd());
    }
    if (c.low() == null && c.high() == null) {
      throw new DomainException.InvalidInput("CLAIM_QUANTITY_EMPTY", where + ".quantity needs a low or a high bound");
    }
    if (c.low() != null && c.high() != null && c.low().compareTo(c.high()) > 0) {
      throw new DomainException.InvalidInput("CLAIM_INTERVAL_INVERTED",
          where + ".quantity low " + c.low() + " is above high " + c.high());
    }
  }

  static String articleId(String articleName) {
    return parseName(articleName, "articles/", "ARTICLE_NAME_INVALID", "articles/{article}");
  }

  private static String parseName(String name, String prefix, String reason, String shape) {
    if (name == null || !name.startsWith(prefix) || !ID.matcher(name.substring(prefix.length())).matches()) {
      throw new DomainException.InvalidInput(reason, "expected a name of the form " + shape + ", got '" + name + "'");
    }
    return name.substring(prefix.length());
  }

  private static String claimId(String articleId, int ordinal, Claim c) {
    String key = articleId + "|" + ordinal + "|" + c.quoteStart() + "|" + c.quoteEnd() + "|" + c.low() + "|" + c.high();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
