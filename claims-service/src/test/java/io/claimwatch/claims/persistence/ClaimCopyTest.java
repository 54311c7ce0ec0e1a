package io.claimwatch.claims.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.TestKeys;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;

/**
 * {@link ClaimCopy#write(CopyIn, List)}: a COPY that fails before its end is cancelled, and the failure the caller sees is
 * the first one (a connection lost while rows were sent), with the cancel's own failure suppressed by it, not in its place.
 * A stand-in for the driver's COPY: no database.
 */
class ClaimCopyTest {

  private static final Claim CLAIM = new Claim(null, "articles/flood-levee", 0,
      "The river authority said 140 sandbag barriers had been placed.", 0, 60, new BigDecimal("140"), new BigDecimal("140"),
      Hedge.EXACT, "", "140", "sandbag barriers placed", "The river authority", null, null, null, Modality.ASSERTED, "2026-11-30",
      "test", null, null, "", TestKeys.of("sandbag barriers placed"), null);

  /** A COPY that records the calls made of it and throws {@code failWrite} on a write, {@code failCancel} on the cancel. */
  private static CopyIn copy(List<String> calls, SQLException failWrite, SQLException failCancel) {
    boolean[] active = {true};
    return (CopyIn) Proxy.newProxyInstance(CopyIn.class.getClassLoader(), new Class<?>[] {CopyIn.class}, (proxy, method, args) -> {
      calls.add(method.getName());
      switch (method.getName()) {
        case "writeToCopy" -> {
          if (failWrite != null) {
            throw failWrite;
          }
          return null;
        }
        case "endCopy" -> {
          active[0] = false;
          return 1L;
        }
        case "cancelCopy" -> {
          active[0] = false;
          if (failCancel != null) {
            throw failCancel;
          }
          return null;
        }
        case "isActive" -> {
          return active[0];
        }
        default -> throw new UnsupportedOperationException(method.getName());
      }
    });
  }

  @Test
  void aFailedWriteIsThrownWithTheCancelsFailureSuppressed() {
    List<String> calls = new ArrayList<>();
    SQLException lost = new SQLException("Database connection failed when writing to copy", "08006");
    SQLException cancel = new SQLException("Database connection failed when canceling copy operation", "08006");
    assertThatThrownBy(() -> ClaimCopy.write(copy(calls, lost, cancel), List.of(CLAIM)))
        .isSameAs(lost)
        .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(cancel));
    assertThat(calls).containsExactly("writeToCopy", "isActive", "cancelCopy");
  }

  @Test
  void aFailedWriteWhoseCancelGoesThroughIsThrownAlone() {
    List<String> calls = new ArrayList<>();
    SQLException lost = new SQLException("Database connection failed when writing to copy", "08006");
    assertThatThrownBy(() -> ClaimCopy.write(copy(calls, lost, null), List.of(CLAIM)))
        .isSameAs(lost)
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
    assertThat(calls).containsExactly("writeToCopy", "isActive", "cancelCopy");
  }

  @Test
  void aCopyThatEndsIsNotCancelled() throws SQLException {
    List<String> calls = new ArrayList<>();
    ClaimCopy.write(copy(calls, null, null), List.of(CLAIM, CLAIM));
    assertThat(calls).containsExactly("writeToCopy", "endCopy");
  }
}
