package io.perforch.models;

/** Tokens a request consumed, as the provider reported them (zero when it reported none). */
public record TokenUsage(long inputTokens, long outputTokens) {
  public static final TokenUsage NONE = new TokenUsage(0, 0);

  public long total() {
    return inputTokens + outputTokens;
  }
}
