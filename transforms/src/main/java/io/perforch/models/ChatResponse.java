package io.perforch.models;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the reply's text (all text parts joined)
 * @param usage tokens, as the provider reported them
 * @param finishReason the provider's stop reason, e.g. {@code stop}, {@code length}, {@code end_turn}
 * @param latencyMillis of the successful attempt, as first measured (a stored response keeps it)
 * @param attempts HTTP attempts it took, retries included
 */
public record ChatResponse(String text, TokenUsage usage, String finishReason, long latencyMillis, int attempts) {
  public ChatResponse {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(usage, "usage");
    finishReason = finishReason == null ? "" : finishReason;
  }
}
