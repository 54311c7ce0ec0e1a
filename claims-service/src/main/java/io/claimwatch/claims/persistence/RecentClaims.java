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
import java.util.Set;

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

  /** The entries each group a write touches keeps after it: the stored ones read in one statement, the write's put in front. */
  static Map<String, String[]> afterWrite(Connection c, java.util.Set<String> groups, List<Claim> claims,
      List<String> articleIds, List<String> previousGroups) throws SQLException {
    if (groups.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> before = read(c, groups);
    Map<String, List<Claim>> added = new HashMap<>();
    for (Claim claim : claims) {
      if (claim.groupId() != null) {
        added.computeIfAbsent(claim.groupId(), k -> new ArrayList<>()).add(claim);
      }
    }
    java.util.Set<String> replaced = java.util.Set.copyOf(articleIds);
    java.util.Set<String> left = new java.util.HashSet<>(previousGroups);
    Map<String, String[]> out = new HashMap<>();
    for (String g : groups) {
      // only a group the replaced articles had claims in can hold entries of theirs
      out.put(g, after(before.getOrDefault(g, List.of()), added.getOrDefault(g, List.of()),
          left.contains(g) ? replaced : java.util.Set.of()));
    }
    return out;
  }

  /**
   * A group's entries after a write: its new claims first (one write's claims share a creation time; among them the
   * greater id first), then the entries it had, less those of the articles the write replaced (empty when none of
   * them had claims in the group: nothing to look for); cut to {@link #KEPT}.
   */
  static String[] after(List<String> before, List<Claim> added, Set<String> replacedArticles) {
    List<String> out = new ArrayList<>(KEPT);
    added.stream().sorted(Comparator.comparing(Claim::id).reversed()).limit(KEPT).forEach(c -> out.add(entry(c)));
    for (String e : before) {
      if (out.size() >= KEPT) {
        break;
      }
      if (replacedArticles.isEmpty() || !replacedArticles.contains(articleId(e))) {
        out.add(e);
      }
    }
    return out.toArray(String[]::new);
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

  /** The article of an entry: its second field. */
  private static String articleId(String entry) {
    int from = entry.indexOf('|') + 1;
    return entry.substring(from, entry.indexOf('|', from));
  }

  private static String text(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  private static BigDecimal number(String s) {
    return s.isEmpty() ? null : new BigDecimal(s);
  }
}
