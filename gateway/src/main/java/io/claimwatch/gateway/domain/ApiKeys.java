package io.claimwatch.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys the gateway accepts, stored as SHA-256 hashes only. A presented key is hashed and
 * compared with every stored hash in constant time, so neither the keys nor the timing of a
 * comparison tell an attacker anything. Entries read {@code name:sha256hex:scope+scope}.
 */
public final class ApiKeys {

  /** Who called: a key's name and scopes, or the anonymous caller. */
  public record Caller(String name, Set<Scope> scopes, boolean anonymous) {
    public static Caller anonymous(boolean reads) {
      return new Caller("anonymous", reads ? Set.of(Scope.READ) : Set.of(), true);
    }

    public boolean may(Scope s) {
      return scopes.contains(s);
    }
  }

  private record Entry(String name, byte[] hash, Set<Scope> scopes) {}

  private final List<Entry> entries;

  private ApiKeys(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Parses entries {@code name:sha256hex:read+write+admin}; blank entries and lines starting with # are skipped. */
  public static ApiKeys parse(List<String> specs) {
    List<Entry> out = new ArrayList<>();
    for (String raw : specs) {
      String spec = raw.strip();
      if (spec.isEmpty() || spec.startsWith("#")) {
        continue;
      }
      String[] parts = spec.split(":");
      if (parts.length != 3 || parts[1].length() != 64) {
        // Never echo the entry: it might be a key pasted by mistake instead of its hash.
        throw new IllegalArgumentException("an API key entry must read name:sha256hex:scope+scope (entry " + (out.size() + 1) + ")");
      }
      Set<Scope> scopes = EnumSet.noneOf(Scope.class);
      for (String s : parts[2].split("\\+")) {
        scopes.add(Scope.parse(s));
      }
      out.add(new Entry(parts[0].strip(), HexFormat.of().parseHex(parts[1].strip().toLowerCase()), Set.copyOf(scopes)));
    }
    return new ApiKeys(out);
  }

  public int size() {
    return entries.size();
  }

  /** The key's caller, or empty when no stored hash matches. Every entry is compared, each in constant time. */
  public Optional<Caller> find(String presentedKey) {
    byte[] hash = sha256(presentedKey);
    Entry found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.hash(), hash) && found == null) {
        found = e;
      }
    }
    return found == null ? Optional.empty() : Optional.of(new Caller(found.name(), found.scopes(), false));
  }

  /** The hex SHA-256 of a key: what configuration stores. */
  public static String hash(String key) {
    return HexFormat.of().formatHex(sha256(key));
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
