package io.perforch.models.providers;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed request again: exponential backoff with full jitter (a wait drawn uniformly
 * from zero to {@code min(maxDelay, baseDelay * 2^(retry-1))}), so that clients that failed together
 * do not retry together.
 *
 * @param maxAttempts attempts in all, the first included
 * @param baseDelay the backoff ceiling before the first retry
 * @param maxDelay the largest backoff ceiling, and the longest {@code Retry-After} worth waiting for:
 *     a provider that asks for a longer pause (a spent daily quota) fails the request at once
 * @param jitter uniform in [0, 1]; fixed in tests
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, DoubleSupplier jitter) {
  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(jitter, "jitter");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay, got " + baseDelay + " and " + maxDelay);
    }
  }

  /** 6 attempts, 1 s base, 60 s cap. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(60),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** This policy with a fixed jitter draw (tests). */
  public RetryPolicy withJitter(double fixed) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, () -> fixed);
  }

  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, baseDelay, maxDelay, jitter);
  }

  /** The wait before retry number {@code retry} (1 for the second attempt). */
  public Duration backoff(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1, got " + retry);
    }
    // Doubling stops at the cap; shifting past 62 bits would overflow long before that matters.
    long ceiling = maxDelay.toNanos();
    long doubled = retry > 62 ? ceiling : Math.min(ceiling, saturatedShift(baseDelay.toNanos(), retry - 1));
    double draw = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
    return Duration.ofNanos((long) (doubled * draw));
  }

  private static long saturatedShift(long value, int bits) {
    return value > (Long.MAX_VALUE >> bits) ? Long.MAX_VALUE : value << bits;
  }
}
