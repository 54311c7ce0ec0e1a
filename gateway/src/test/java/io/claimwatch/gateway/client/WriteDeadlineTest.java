package io.claimwatch.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WriteDeadlineTest {

  private static final Duration BASE = Duration.ofSeconds(4);
  private static final Duration PER_MIB = Duration.ofMillis(500);
  private static final Duration LONGEST = Duration.ofMillis(9500);

  @Test
  void aSmallWriteHasTheBackendDeadline() {
    // A batch of 50 news articles (about 80 KB) gains 39 ms.
    assertThat(BackendCalls.writeDeadline(BASE, PER_MIB, LONGEST, 80_000)).isEqualTo(Duration.ofMillis(4038));
    assertThat(BackendCalls.writeDeadline(BASE, PER_MIB, LONGEST, 0)).isEqualTo(BASE);
  }

  @Test
  void aLargeWriteGainsTimeForItsBytesUpToWhatTheCallerIsPromised() {
    assertThat(BackendCalls.writeDeadline(BASE, PER_MIB, LONGEST, 6L * 1024 * 1024)).isEqualTo(Duration.ofSeconds(7));
    // Two 4.9 MB articles in one batch: 9.5 MiB, 4.75 s more.
    assertThat(BackendCalls.writeDeadline(BASE, PER_MIB, LONGEST, 9_975_000)).isEqualTo(Duration.ofMillis(8756));
    // A body at the 12 MB limit: capped under the request timeout.
    assertThat(BackendCalls.writeDeadline(BASE, PER_MIB, LONGEST, 12_000_000)).isEqualTo(LONGEST);
  }

  @Test
  void theCapNeverShortensTheBackendDeadline() {
    assertThat(BackendCalls.writeDeadline(BASE, PER_MIB, Duration.ofSeconds(2), 10_000_000)).isEqualTo(BASE);
  }
}
