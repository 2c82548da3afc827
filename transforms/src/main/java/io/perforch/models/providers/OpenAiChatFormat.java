package io.perforch.models.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ModelSpec;
import io.perforch.models.TokenUsage;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAI Chat Completions, which most other hosts speak too (vLLM, Ollama, llama.cpp server,
 * DeepSeek, Mistral, Together, OpenRouter).
 */
final class OpenAiChatFormat implements WireFormat {
  /**
   * OpenAI's reasoning models reject {@code max_tokens} and any temperature but the default: they
   * take {@code max_completion_tokens} instead, and no temperature.
   */
  private static final List<String> REASONING_MODEL_PREFIXES = List.of("o1", "o3", "o4", "gpt-5");

  @Override
  public String name() {
    return "OpenAI Chat Completions";
  }

  @Override
  public URI uri(ModelSpec spec) {
    return Endpoints.join(spec.endpoint(), "chat/completions");
  }

  @Override
  public Map<String, String> headers(String apiKey) {
    return apiKey == null ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
  }

  @Override
  public ObjectNode body(ModelSpec spec, ChatRequest request) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("model", spec.model());
    ArrayNode messages = body.putArray("messages");
    for (ChatMessage message : request.messages()) {
      messages.addObject()
          .put("role", message.role().name().toLowerCase(Locale.ROOT))
          .put("content", message.content());
    }
    if (isReasoningModel(spec.model())) {
      body.put("max_completion_tokens", request.maxTokens());
    } else {
      body.put("temperature", request.temperature());
      body.put("max_tokens", request.maxTokens());
    }
    return body;
  }

  static boolean isReasoningModel(String model) {
    String name = model.toLowerCase(Locale.ROOT);
    return REASONING_MODEL_PREFIXES.stream().anyMatch(name::startsWith);
  }

  @Override
  public Reply reply(JsonNode body) throws MalformedReplyException {
    JsonNode choices = JsonFields.array(body, "choices", "");
    if (choices.isEmpty()) {
      throw new MalformedReplyException("empty choices array");
    }
    JsonNode choice = choices.get(0);
    // content is null when the model refused or only called tools: an answer without text.
    JsonNode message = JsonFields.object(choice, "message", "choices[0].");
    JsonNode usage = body.path("usage");
    return new Reply(JsonFields.text(message, "content"),
        new TokenUsage(JsonFields.count(usage, "prompt_tokens"), JsonFields.count(usage, "completion_tokens")),
        JsonFields.text(choice, "finish_reason"));
  }

  /**
   * OpenAI's {@code {"error":{"message","type","code"}}}, plus the shapes compatible hosts use:
   * Ollama's {@code {"error":"..."}} and vLLM's or FastAPI's top-level {@code message}/{@code detail}.
   */
  @Override
  public Optional<ProviderError> error(JsonNode body) {
    JsonNode error = body.path("error");
    if (error.isObject() && error.path("message").isTextual()) {
      return Optional.of(new ProviderError(JsonFields.qualified(error.path("message").asText(),
          JsonFields.text(error, "type"), JsonFields.text(error, "code"))));
    }
    if (error.isTextual()) {
      return Optional.of(new ProviderError(error.asText()));
    }
    for (String field : List.of("message", "detail")) {
      if (body.path(field).isTextual()) {
        return Optional.of(new ProviderError(body.path(field).asText()));
      }
    }
    return Optional.empty();
  }
}
