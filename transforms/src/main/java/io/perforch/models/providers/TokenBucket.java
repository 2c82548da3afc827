package io.perforch.models.providers;

import java.time.Duration;

/**
 * A per-minute allowance that refills continuously and holds at most one minute's worth. A taker
 * may overdraw it: the debt is the wait before it may proceed, so concurrent takers queue up in the
 * order they took, each waiting for its own share of the refill.
 */
final class TokenBucket {
  private static final double NANOS_PER_MINUTE = 60e9;

  private final double capacity;
  private final double perNano;
  private final TimeSource time;
  private double balance;
  private long lastRefill;

  /** A bucket for {@code perMinute} units a minute, full at the start. */
  TokenBucket(long perMinute, TimeSource time) {
    if (perMinute <= 0) {
      throw new IllegalArgumentException("a bucket needs a positive allowance, got " + perMinute);
    }
    this.capacity = perMinute;
    this.perNano = perMinute / NANOS_PER_MINUTE;
    this.time = time;
    this.balance = perMinute;
    this.lastRefill = time.nanoTime();
  }

  /** Takes {@code amount} and says how long to wait before using it (zero if it was there). */
  synchronized Duration take(double amount) {
    refill();
    balance -= amount;
    return balance >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-balance / perNano));
  }

  /** Returns {@code amount} (or takes more, if negative) after the fact. */
  synchronized void giveBack(double amount) {
    refill();
    balance = Math.min(capacity, balance + amount);
  }

  synchronized double balance() {
    refill();
    return balance;
  }

  private void refill() {
    long now = time.nanoTime();
    balance = Math.min(capacity, balance + (now - lastRefill) * perNano);
    lastRefill = now;
  }
}
