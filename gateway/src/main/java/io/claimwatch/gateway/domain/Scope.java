package io.claimwatch.gateway.domain;

import java.util.Locale;

/** What an API key may do: read the store, submit articles, or operate it (retry, re-extract). */
public enum Scope {
  READ, WRITE, ADMIN;

  /** The scope's name as written in configuration and in error messages: {@code read}, {@code write}, {@code admin}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scope parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * The scope a call needs, from its method and path (one table for the whole API): reads are GET,
   * the operator's methods are {@code :retry} and {@code :reextract}, every other POST writes.
   * Null for paths outside {@code /v1/} (the page, the OpenAPI document), which need none.
   */
  public static Scope required(String method, String path) {
    if (!path.startsWith("/v1/") && !path.equals("/v1")) {
      return null;
    }
    String m = method.toUpperCase(Locale.ROOT);
    if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) {
      return READ;
    }
    String decoded = path.replace("%3A", ":").replace("%3a", ":");
    if (decoded.endsWith(":retry") || decoded.endsWith(":reextract")) {
      return ADMIN;
    }
    return WRITE;
  }
}
