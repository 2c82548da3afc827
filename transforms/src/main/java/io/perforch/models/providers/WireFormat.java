package io.perforch.models.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.models.ChatRequest;
import io.perforch.models.ModelSpec;
import io.perforch.models.TokenUsage;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One provider API's shape: where a request goes, how it is authenticated and written, and how its
 * answers and errors read. Formats only translate; {@link HttpModelClient} sends, retries and limits.
 */
interface WireFormat {
  /** For messages, e.g. "OpenAI Chat Completions". */
  String name();

  /** The URL requests for {@code spec} are posted to. */
  URI uri(ModelSpec spec);

  /** Authentication and protocol headers; {@code apiKey} is null for a model that needs none. */
  Map<String, String> headers(String apiKey);

  ObjectNode body(ModelSpec spec, ChatRequest request);

  /** The answer in a 2xx body, or why the body is not one. */
  Reply reply(JsonNode body) throws MalformedReplyException;

  /** What an error body says, when it is in the provider's error format. */
  Optional<ProviderError> error(JsonNode body);

  /** A parsed answer. */
  record Reply(String text, TokenUsage usage, String finishReason) {}

  /**
   * A parsed error body.
   *
   * @param message the provider's words, with its error type or code where it gives one
   * @param retryDelay a pause asked for in the body (Gemini's RetryInfo), else null
   */
  record ProviderError(String message, Duration retryDelay) {
    ProviderError(String message) {
      this(message, null);
    }
  }
}
