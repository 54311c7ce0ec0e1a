package io.claimwatch.claims.persistence;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.QuantityKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New claims written with {@code COPY claim (...) FROM STDIN} (text format) rather than multi-row inserts: PostgreSQL
 * neither parses nor plans a statement of some 4,000 parameters per 128 rows, and the service binds no parameters; the
 * rows, constraints and indexes are the same (an id or (article, ordinal) taken fails the COPY, and so the write, as it
 * failed the insert).
 */
final class ClaimCopy {

  /**
   * Rows are sent in chunks of about this many characters: the write's buffer stays small (a batch of 1,000 claims
   * built whole was a string of 0.5-1 MB, which G1 allocates as a humongous object, twice with its copy).
   */
  static final int CHUNK_CHARS = 16 * 1024;

  private ClaimCopy() {}

  /** Writes the claims in one COPY on the write's connection (and so in its transaction), streamed a chunk at a time. */
  static void write(Connection c, String columns, List<Claim> claims) throws SQLException {
    write(c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY claim (" + columns + ") FROM STDIN"), claims);
  }

  /**
   * Streams the claims into the COPY and ends it; a COPY that failed before its end is cancelled, and what the cancel
   * throws (a connection that failed fails it too) is added to the first failure as suppressed, not thrown in its place.
   */
  static void write(CopyIn copy, List<Claim> claims) throws SQLException {
    try {
      StringBuilder rows = new StringBuilder(CHUNK_CHARS + 2048);
      for (Claim claim : claims) {
        row(rows, claim);
        if (rows.length() >= CHUNK_CHARS) {
          send(copy, rows);
        }
      }
      send(copy, rows);
      copy.endCopy();
    } catch (Throwable failed) {
      cancel(copy, failed);
      throw failed;
    }
  }

  /** Cancels a COPY still under way after {@code failed}; a failure of the cancel is kept as suppressed by {@code failed}. */
  private static void cancel(CopyIn copy, Throwable failed) {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException | RuntimeException e) {
      failed.addSuppressed(e);
    }
  }

  /** Sends whole rows (a chunk never splits a character) in the connection's encoding, UTF-8, and empties the buffer. */
  private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
    if (rows.length() > 0) {
      byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      rows.setLength(0);
    }
  }

  /** One row in COPY's text format: fields in the order of JdbcClaimStore's COLUMNS, tab-separated, \N for null. */
  static void row(StringBuilder out, Claim c) {
    QuantityKey key = c.key() == null ? new QuantityKey("", "", "", c.unit()) : c.key();
    field(out, c.id()).append('\t');
    field(out, c.articleId()).append('\t');
    out.append(c.ordinal()).append('\t');
    field(out, c.quote()).append('\t');
    out.append(c.quoteStart()).append('\t');
    out.append(c.quoteEnd()).append('\t');
    number(out, c.low()).append('\t');
    number(out, c.high()).append('\t');
    field(out, c.hedge().name()).append('\t');
    field(out, c.unit()).append('\t');
    field(out, c.numberText()).append('\t');
    field(out, c.counted()).append('\t');
    field(out, c.claimant()).append('\t');
    field(out, c.eventStart()).append('\t');
    field(out, c.eventEnd()).append('\t');
    field(out, c.statementDate()).append('\t');
    field(out, c.modality().name()).append('\t');
    field(out, c.publicationDate()).append('\t');
    field(out, c.extractorVersion()).append('\t');
    field(out, c.groupId()).append('\t');
    field(out, c.originId()).append('\t');
    field(out, c.outlet()).append('\t');
    field(out, key.kind()).append('\t');
    field(out, key.event()).append('\t');
    field(out, key.party()).append('\t');
    field(out, key.cause()).append('\t');
    field(out, key.place()).append('\t');
    field(out, key.eventName()).append('\t');
    field(out, key.earliest() == null ? null : key.earliest().toString()).append('\t');
    field(out, key.latest() == null ? null : key.latest().toString()).append('\t');
    // ISO 8601 in UTC ("2026-12-03T14:00:00.123456Z"): the instant, whatever the session's time zone
    field(out, c.createTime() == null ? null : c.createTime().toString()).append('\n');
  }

  private static StringBuilder number(StringBuilder out, BigDecimal v) {
    return v == null ? out.append("\\N") : out.append(v.toPlainString());
  }

  /** A text field: null as \N; backslash, tab, newline and carriage return escaped. */
  static StringBuilder field(StringBuilder out, String s) {
    if (s == null) {
      return out.append("\\N");
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
    return out;
  }
}
