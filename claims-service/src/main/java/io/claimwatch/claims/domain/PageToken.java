package io.claimwatch.claims.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque page token: the position of the last claim served and a fingerprint of the query it
 * belongs to, so a token cannot be replayed against another parent or filter.
 */
public final class PageToken {

  /** A position in the order of a claim list: the last claim's article, place and publication date ("" if none). */
  public record Position(String articleId, int ordinal, String published) {}

  /** A position in (recency desc, id desc) order of groups ({@link ClaimGroup#recency}). */
  public record GroupPosition(java.time.Instant recency, String id) {}

  /** A position in a group's timeline ({@link Agreement#ORDER}): when the claim holds (null: undated), its article and place. */
  public record TimelinePosition(String holds, String articleId, int ordinal) {

    public static TimelinePosition of(Claim c) {
      return new TimelinePosition(Agreement.when(c), c.articleId(), c.ordinal());
    }

    public boolean isAt(Claim c) {
      return java.util.Objects.equals(holds, Agreement.when(c)) && articleId.equals(c.articleId()) && ordinal == c.ordinal();
    }
  }

  private PageToken() {}

  /** A token for the timeline of one group after the given claim. */
  public static String encodeTimeline(TimelinePosition p, String groupId) {
    return pack("t" + groupId, p.holds() == null ? "" : p.holds(), p.articleId(), Integer.toString(p.ordinal()));
  }

  /** Decodes a timeline token of the group; blank means the first page. */
  public static TimelinePosition decodeTimeline(String token, String groupId) {
    if (token == null || token.isBlank()) {
      return null;
    }
    String[] parts = unpack(token);
    if (!parts[0].startsWith("t")) {
      throw notIssuedHere();
    }
    if (!parts[0].equals("t" + groupId)) {
      throw new DomainException.InvalidInput("PAGE_TOKEN_MISMATCH",
          "the page token belongs to another group's timeline: send the same group as the call that returned it");
    }
    try {
      return new TimelinePosition(parts[1].isEmpty() ? null : parts[1], parts[2], Integer.parseInt(parts[3]));
    } catch (NumberFormatException e) {
      throw notIssuedHere();
    }
  }

  public static String encode(Position p, String query) {
    return pack(Integer.toString(query.hashCode()), p.articleId(), Integer.toString(p.ordinal()), p.published());
  }

  public static String encodeGroup(GroupPosition p) {
    return pack("g", Long.toString(p.recency().getEpochSecond()), Integer.toString(p.recency().getNano()), p.id());
  }

  /** Decodes a group page token; blank means the first page. */
  public static GroupPosition decodeGroup(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    String[] parts = unpack(token);
    try {
      if (!parts[0].equals("g")) {
        throw new IllegalArgumentException("not a group token");
      }
      return new GroupPosition(java.time.Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), parts[3]);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw notIssuedHere();
    }
  }

  /** Decodes a token; blank means the first page. */
  public static Position decode(String token, String query) {
    if (token == null || token.isBlank()) {
      return null;
    }
    String[] parts = unpack(token);
    if (!parts[0].equals(Integer.toString(query.hashCode()))) {
      throw new DomainException.InvalidInput("PAGE_TOKEN_MISMATCH",
          "the page token belongs to another query: send the same parent and filter as the call that returned it");
    }
    try {
      return new Position(parts[1], Integer.parseInt(parts[2]), parts[3]);
    } catch (NumberFormatException e) {
      throw notIssuedHere();
    }
  }

  /** Four fields, one a line, in URL-safe base64. */
  private static String pack(String a, String b, String c, String d) {
    String raw = a + "\n" + b + "\n" + c + "\n" + d;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The four fields of a token, or INVALID_PAGE_TOKEN when it is not base64 of four lines. */
  private static String[] unpack(String token) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length == 4) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // not base64: not ours
    }
    throw notIssuedHere();
  }

  private static DomainException.InvalidInput notIssuedHere() {
    return new DomainException.InvalidInput("INVALID_PAGE_TOKEN",
        "the page token is not one this service issued: pass next_page_token unchanged, or none for the first page");
  }
}
