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

  /** A position in (updateTime desc, id desc) order of groups. */
  public record GroupPosition(java.time.Instant updateTime, String id) {}

  private PageToken() {}

  public static String encode(Position p, String query) {
    String raw = query.hashCode() + "\n" + p.articleId() + "\n" + p.ordinal() + "\n" + p.published();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static String encodeGroup(GroupPosition p) {
    String raw = "g\n" + p.updateTime().getEpochSecond() + "\n" + p.updateTime().getNano() + "\n" + p.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a group page token; blank means the first page. */
  public static GroupPosition decodeGroup(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length != 4 || !parts[0].equals("g")) {
        throw new IllegalArgumentException("wrong shape");
      }
      return new GroupPosition(java.time.Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), parts[3]);
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput("INVALID_PAGE_TOKEN",
          "the page token is not one this service issued: pass next_page_token unchanged, or none for the first page");
    }
  }

  /** Decodes a token; blank means the first page. */
  public static Position decode(String token, String query) {
    if (token == null || token.isBlank()) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length != 4) {
        throw new IllegalArgumentException("wrong shape");
      }
      if (!parts[0].equals(Integer.toString(query.hashCode()))) {
        throw new DomainException.InvalidInput("PAGE_TOKEN_MISMATCH",
            "the page token belongs to another query: send the same parent and filter as the call that returned it");
      }
      return new Position(parts[1], Integer.parseInt(parts[2]), parts[3]);
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput("INVALID_PAGE_TOKEN",
          "the page token is not one this service issued: pass next_page_token unchanged, or none for the first page");
    }
  }
}
