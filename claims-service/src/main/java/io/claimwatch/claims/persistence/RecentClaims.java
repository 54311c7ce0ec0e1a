package io.claimwatch.claims.persistence;

import io.claimwatch.claims.domain.Agreement;
import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A group's latest claims, kept with the group (claim_group.recent_claims, V11) as each write stores claims, so that
 * judging new claims against them (the conflict count, the watch stream's conflicts) reads one row per group rather
 * than the group's claims. An entry holds what {@link Agreement} judges by: the claim's id, article and place in it,
 * bounds, hedge and when it holds; newest first, at most {@link #KEPT}.
 */
final class RecentClaims {

  /** How many of a group's latest claims are kept: as many as a new claim is judged against. */
  static final int KEPT = ClaimService.CONFLICT_WINDOW;

  private RecentClaims() {}

  /** Each group's entries as stored, newest first (a group not found has none). */
  static Map<String, List<String>> read(Connection c, Collection<String> groupIds) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    try (PreparedStatement st = c.prepareStatement("SELECT id, recent_claims FROM claim_group WHERE id = ANY(?)")) {
      st.setArray(1, c.createArrayOf("text", groupIds.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()));
        }
      }
    }
    return out;
  }

  /** The claims of the entries ({@link #afterWrite}) of the groups {@code claims} joined, at most {@code limit} a group. */
  static Map<String, List<Claim>> claims(Map<String, String[]> entries, List<Claim> claims, int limit) {
    Map<String, List<Claim>> out = new HashMap<>();
    for (Claim claim : claims) {
      String g = claim.groupId();
      if (g != null && !out.containsKey(g)) {
        out.put(g, java.util.Arrays.stream(entries.getOrDefault(g, new String[0])).limit(limit).map(e -> claim(g, e)).toList());
      }
    }
    return out;
  }

  /**
   * The entries a write adds to each group its claims joined: newest first (one write's claims share a creation time;
   * among them the greater id first), at most {@link #KEPT}.
   */
  static Map<String, String[]> added(List<Claim> claims) {
    Map<String, List<Claim>> byGroup = new HashMap<>();
    for (Claim claim : claims) {
      if (claim.groupId() != null) {
        byGroup.computeIfAbsent(claim.groupId(), k -> new ArrayList<>()).add(claim);
      }
    }
    Map<String, String[]> out = new HashMap<>();
    byGroup.forEach((g, joined) -> out.put(g, joined.stream().sorted(Comparator.comparing(Claim::id).reversed())
        .limit(KEPT).map(RecentClaims::entry).toArray(String[]::new)));
    return out;
  }

  /**
   * A group's entries after a write, in SQL: the write's new ones ({@code added}, an expression of text[]) first, then
   * those it kept ({@code kept}) less the entries of the replaced articles (the statement's parameter at the place of
   * this expression, a text[] of article ids; an entry's article is its second field), cut to {@link #KEPT}.
   */
  static String merged(String added, String kept) {
    return "(coalesce(" + added + ", '{}') || ARRAY(SELECT x.e FROM unnest(" + kept + ") WITH ORDINALITY AS x(e, n)"
        + " WHERE split_part(x.e, '|', 2) <> ALL (?::text[]) ORDER BY x.n))[1:" + KEPT + "]";
  }

  /** Runs a write's statement that returns (group id, entries) and gives each group's entries. */
  static Map<String, String[]> returned(PreparedStatement st) throws SQLException {
    Map<String, String[]> out = new HashMap<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), (String[]) rs.getArray(2).getArray());
      }
    }
    return out;
  }

  /** The entry of a claim: "id|article_id|ordinal|low|high|hedge|holds", an empty field for null. */
  static String entry(Claim c) {
    return c.id() + '|' + c.articleId() + '|' + c.ordinal() + '|' + text(c.low()) + '|' + text(c.high()) + '|'
        + c.hedge().name() + '|' + (Agreement.when(c) == null ? "" : Agreement.when(c));
  }

  /**
   * The claim of an entry, with the fields the judgment reads (id, article, ordinal, bounds, hedge, and when it holds,
   * given as the end of its period); the rest empty.
   */
  static Claim claim(String groupId, String entry) {
    String[] f = entry.split("\\|", -1);
    return new Claim(f[0], f[1], Integer.parseInt(f[2]), "", 0, 0, number(f[3]), number(f[4]), Hedge.valueOf(f[5]), "", "", "",
        null, null, f[6].isEmpty() ? null : f[6], null, Modality.ASSERTED, null, "", groupId, null, "", null, null);
  }

  private static String text(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  private static BigDecimal number(String s) {
    return s.isEmpty() ? null : new BigDecimal(s);
  }
}
