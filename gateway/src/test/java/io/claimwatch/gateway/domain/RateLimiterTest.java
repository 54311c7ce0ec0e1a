package io.claimwatch.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void aBucketGrantsItsBurstThenRefillsAtItsRate() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(Map.of(Scope.WRITE, new RateLimiter.Limit(2, 3)), now::get, 1000);
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
    RateLimiter limiter = new RateLimiter(Map.of(Scope.ADMIN, new RateLimiter.Limit(0.1, 1)), now::get, 1000);
    assertThat(limiter.acquire("k", Scope.ADMIN)).isZero();
    assertThat(limiter.acquire("k", Scope.ADMIN)).isEqualTo(10);
  }

  @Test
  void anIdleBucketIsDroppedOnceItWouldBeFullAgain() {
    AtomicLong now = new AtomicLong();
    // 20 tokens at 0.1 per second: full again after 200 s, longer than the one-minute floor.
    RateLimiter limiter = new RateLimiter(Map.of(Scope.WRITE, new RateLimiter.Limit(0.1, 20)), now::get, 1000);
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.acquire("k", Scope.WRITE)).isZero();
    }
    assertThat(limiter.acquire("k", Scope.WRITE)).isPositive();
    now.addAndGet(199_000_000_000L);
    assertThat(limiter.size()).as("not yet full again: kept").isEqualTo(1);
    assertThat(limiter.acquire("k", Scope.WRITE)).as("19.9 tokens back").isZero();
    now.addAndGet(201_000_000_000L);
    assertThat(limiter.size()).as("idle past a whole refill: dropped").isZero();
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.acquire("k", Scope.WRITE)).as("a new bucket holds a whole burst, as the old one would").isZero();
    }
  }

  @Test
  void bucketsAreBounded() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(Map.of(Scope.READ, new RateLimiter.Limit(1, 1)), now::get, 100);
    for (int i = 0; i < 10_000; i++) {
      limiter.acquire("caller" + i, Scope.READ);
    }
    assertThat(limiter.size()).isLessThanOrEqualTo(100);
  }
}
