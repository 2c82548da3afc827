package io.perforch.models.providers;

import io.perforch.models.ModelSpec;
import io.perforch.models.TokenUsage;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * A model's limits: at most {@code maxConcurrency} requests in flight, and (when not 0) at most
 * {@code requestsPerMinute} requests and {@code tokensPerMinute} tokens a minute.
 *
 * <p>Tokens are only known after the answer, so a request is charged an estimate up front (prompt
 * characters / 4, plus the output cap it asks for) and the bucket is corrected by the usage the
 * provider reports. A request that fails, or whose answer reports no usage, keeps its estimate:
 * providers count rejected requests too, and erring high backs off from a limit we may have hit.
 *
 * <p>Rate waits happen while holding the concurrency slot, so that a request sends right after
 * its wait instead of queueing again behind others.
 */
final class RequestLimiter {
  private final Semaphore slots;
  private final TokenBucket requests;
  private final TokenBucket tokens;
  private final TimeSource time;

  RequestLimiter(ModelSpec spec, TimeSource time) {
    if (spec.maxConcurrency() < 1) {
      throw new IllegalArgumentException("model " + spec.id() + ": max concurrency must be >= 1, got "
          + spec.maxConcurrency());
    }
    this.slots = new Semaphore(spec.maxConcurrency(), true);
    this.requests = bucket(spec.requestsPerMinute(), time, spec.id(), "requests per minute");
    this.tokens = bucket(spec.tokensPerMinute(), time, spec.id(), "tokens per minute");
    this.time = time;
  }

  /** Waits for a slot and for the rate limits to allow one request of about {@code estimatedTokens}. */
  Slot enter(long estimatedTokens) throws InterruptedException {
    slots.acquire();
    try {
      Duration wait = longer(take(requests, 1), take(tokens, estimatedTokens));
      if (!wait.isZero()) {
        time.sleep(wait);
      }
    } catch (InterruptedException | RuntimeException e) {
      slots.release();
      throw e;
    }
    return new Slot(estimatedTokens);
  }

  /** The estimate a request is charged before its usage is known. */
  static long estimateTokens(long promptCharacters, int maxTokens) {
    return (promptCharacters + 3) / 4 + Math.max(0, maxTokens);
  }

  /** One request in flight; closing it frees the slot. */
  final class Slot implements AutoCloseable {
    private final long estimate;
    private boolean closed;

    private Slot(long estimate) {
      this.estimate = estimate;
    }

    /** Corrects the token charge to what the provider reported. */
    void used(TokenUsage usage) {
      if (tokens != null && usage.total() > 0) {
        tokens.giveBack(estimate - usage.total());
      }
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        slots.release();
      }
    }
  }

  private static TokenBucket bucket(int perMinute, TimeSource time, String model, String what) {
    if (perMinute < 0) {
      throw new IllegalArgumentException("model " + model + ": " + what + " must be >= 0 (0 for no limit), got "
          + perMinute);
    }
    return perMinute == 0 ? null : new TokenBucket(perMinute, time);
  }

  private static Duration take(TokenBucket bucket, long amount) {
    return bucket == null ? Duration.ZERO : bucket.take(amount);
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
