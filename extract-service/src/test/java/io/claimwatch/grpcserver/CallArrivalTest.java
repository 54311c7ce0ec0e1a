package io.claimwatch.grpcserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@code grpc-timeout} header as gRPC's HTTP/2 protocol writes it (1 to 8 digits and a unit). */
class CallArrivalTest {

  @Test
  void readsEveryUnitOfTheHeader() {
    assertThat(CallArrival.timeoutNanos("3999647u")).isEqualTo(TimeUnit.MICROSECONDS.toNanos(3_999_647));
    assertThat(CallArrival.timeoutNanos("4000m")).isEqualTo(TimeUnit.SECONDS.toNanos(4));
    assertThat(CallArrival.timeoutNanos("20S")).isEqualTo(TimeUnit.SECONDS.toNanos(20));
    assertThat(CallArrival.timeoutNanos("2M")).isEqualTo(TimeUnit.MINUTES.toNanos(2));
    assertThat(CallArrival.timeoutNanos("1H")).isEqualTo(TimeUnit.HOURS.toNanos(1));
    assertThat(CallArrival.timeoutNanos("99999999n")).isEqualTo(99_999_999L);
  }

  @Test
  void aMissingOrMalformedHeaderIsNoDeadline() {
    assertThat(CallArrival.timeoutNanos(null)).isEqualTo(-1);
    assertThat(CallArrival.timeoutNanos("m")).isEqualTo(-1);
    assertThat(CallArrival.timeoutNanos("12")).isEqualTo(-1);
    assertThat(CallArrival.timeoutNanos("4s")).isEqualTo(-1);
    assertThat(CallArrival.timeoutNanos("-5S")).isEqualTo(-1);
    assertThat(CallArrival.timeoutNanos("123456789S")).isEqualTo(-1);
  }
}
