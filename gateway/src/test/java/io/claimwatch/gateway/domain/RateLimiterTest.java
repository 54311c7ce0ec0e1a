package io.claimwatch.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void aBucketGrantsItsBurstThenRefillsAtItsRate() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(Map.of(Scope.WRITE, new RateLimiter.Limit(2, 3)), now::get);
    assertThat(limiter.acquire("k", Scope.WRITE)).isZero();
    assertThat(limiter.acquire("k", Scope.WRITE)).isZero();
    assertThat(limiter.acquire("k", Scope.WRITE)).isZero();
    assertThat(limiter.acquire("k", Scope.WRITE)).isEqualTo(1);
    assertThat(limiter.acquire("other", Scope.WRITE)).as("another caller's bucket").isZero();
    now.addAndGet(500_000_000L);
    assertThat(limiter.acquire("k", Scope.WRITE)).isZero();
    assertThat(limiter.acquire("k", Scope.WRITE)).isEqualTo(1);
    assertThat(limiter.acquire("k", Scope.READ)).as("no limit configured").isZero();
  }

  @Test
  void theWaitIsWholeSecondsAndAtLeastOne() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(Map.of(Scope.ADMIN, new RateLimiter.Limit(0.1, 1)), now::get);
    assertThat(limiter.acquire("k", Scope.ADMIN)).isZero();
    assertThat(limiter.acquire("k", Scope.ADMIN)).isEqualTo(10);
  }
}
