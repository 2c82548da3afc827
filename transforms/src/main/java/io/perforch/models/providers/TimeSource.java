package io.perforch.models.providers;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the waiting of the model clients. Injected so that tests can assert the waits of
 * retries and rate limits without spending them.
 */
public interface TimeSource {
  /** Monotonic time, for latencies and token-bucket refills. */
  long nanoTime();

  /** Wall-clock time, for a {@code Retry-After} given as an HTTP date. */
  Instant now();

  void sleep(Duration duration) throws InterruptedException;

  /** The real clock. */
  TimeSource SYSTEM = new TimeSource() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    }
  };
}
