package io.perforch.models;

import java.util.List;
import java.util.Objects;

/**
 * One request to one model.
 *
 * @param messages the conversation, system message first if any
 * @param temperature sampling temperature
 * @param maxTokens output token cap
 * @param sample which of the n samples of the same prompt this is (0-based): part of the request's
 *     identity, so that n samples are n stored responses, not one served n times
 * @param task what the request is about; may be null (e.g. {@code models check})
 */
public record ChatRequest(List<ChatMessage> messages, double temperature, int maxTokens, int sample,
    TaskContext task) {

  public ChatRequest {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a request needs at least one message");
    }
    if (sample < 0) {
      throw new IllegalArgumentException("sample must be >= 0");
    }
  }

  /** A request with the model's own sampling settings. */
  public static ChatRequest of(ModelSpec model, List<ChatMessage> messages, int sample, TaskContext task) {
    return new ChatRequest(messages, model.temperature(), model.maxTokens(), sample, task);
  }
}
