package io.perforch.models;

/**
 * Sends requests to one model. Implementations are thread-safe; they enforce the model's concurrency
 * and rate limits and retry what is worth retrying, so callers just call.
 */
public interface ModelClient extends AutoCloseable {
  ModelSpec spec();

  /** The model's answer, or the reason there is none after retries. */
  ChatResponse complete(ChatRequest request) throws ProviderException, InterruptedException;

  @Override
  default void close() {}
}
