package io.claimwatch.gateway.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The page tokens clients see: a backend's token wrapped with an HMAC-SHA256 over the token and the
 * query it belongs to (the list, its parent, filter and order). A token changed by a client, or sent
 * with another query, fails the check and never reaches a backend.
 */
public final class PageTokens {

  private static final int MAC_BYTES = 16;
  private final byte[] key;

  public PageTokens(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the page-token key must have at least 16 bytes");
    }
    this.key = key.clone();
  }

  /** The client's token for a backend's next_page_token; empty stays empty (the last page). */
  public String seal(String backendToken, String query) {
    if (backendToken.isEmpty()) {
      return "";
    }
    byte[] payload = backendToken.getBytes(StandardCharsets.UTF_8);
    byte[] mac = mac(payload, query);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(payload.length + MAC_BYTES)
        .put(mac).put(payload).array());
  }

  /** The backend's token inside a client's token, or empty when it was forged or belongs to another query. */
  public Optional<String> open(String clientToken, String query) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(clientToken);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (raw.length <= MAC_BYTES) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOfRange(raw, MAC_BYTES, raw.length);
    if (!MessageDigest.isEqual(Arrays.copyOf(raw, MAC_BYTES), mac(payload, query))) {
      return Optional.empty();
    }
    return Optional.of(new String(payload, StandardCharsets.UTF_8));
  }

  /** The canonical form of a query a token is bound to; fields are length-prefixed so no two queries collide. */
  public static String query(String list, String... fields) {
    StringBuilder b = new StringBuilder(list);
    for (String f : fields) {
      String v = f == null ? "" : f;
      b.append('\u0000').append(v.length()).append(':').append(v);
    }
    return b.toString();
  }

  private byte[] mac(byte[] payload, String query) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      m.update(query.getBytes(StandardCharsets.UTF_8));
      m.update((byte) 0);
      return Arrays.copyOf(m.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
