package io.perforch.models;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider did not answer: the request failed after its retries, or could not be retried. Callers
 * record it as a {@code PROVIDER_ERROR} outcome, never as a wrong answer.
 */
public final class ProviderException extends Exception {
  /** Why, in the terms {@code models check} reports. */
  public enum Kind {
    /** 429, or an overloaded status the provider asks to retry later. */
    RATE_LIMITED(true),
    /** 5xx. */
    SERVER_ERROR(true),
    /** No answer within the model's timeout. */
    TIMEOUT(true),
    /** Connection refused, reset, DNS failure. */
    NETWORK(true),
    /** 401/403, or no API key in the environment. */
    AUTH_FAILED(false),
    /** 404: unknown model or endpoint. */
    NOT_FOUND(false),
    /** 400 and other 4xx: the request itself is wrong. */
    BAD_REQUEST(false),
    /** A 2xx whose body is not the provider's documented format. */
    MALFORMED_RESPONSE(false),
    /** {@code --replay}: the response store has no answer for this request. */
    REPLAY_MISS(false),
    /** The response store could not be read or written. */
    STORE_ERROR(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;
  private final int attempts;

  public ProviderException(Kind kind, String message) {
    this(kind, message, 0, null, 1, null);
  }

  /**
   * @param status HTTP status, 0 when there was none
   * @param retryAfter the provider's Retry-After, or null
   * @param attempts attempts made so far
   */
  public ProviderException(Kind kind, String message, int status, Duration retryAfter, int attempts,
      Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.attempts = attempts;
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public int attempts() {
    return attempts;
  }

  /** The same failure, counting {@code attempts} attempts. */
  public ProviderException afterAttempts(int attempts) {
    return new ProviderException(kind, getMessage(), status, retryAfter, attempts, getCause());
  }
}
