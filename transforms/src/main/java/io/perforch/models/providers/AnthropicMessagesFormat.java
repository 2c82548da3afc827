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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Anthropic Messages: the system prompt is a field of its own, not a message. */
final class AnthropicMessagesFormat implements WireFormat {
  static final String API_VERSION = "2023-06-01";

  @Override
  public String name() {
    return "Anthropic Messages";
  }

  @Override
  public URI uri(ModelSpec spec) {
    return Endpoints.join(spec.endpoint(), "v1/messages");
  }

  @Override
  public Map<String, String> headers(String apiKey) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("anthropic-version", API_VERSION);
    if (apiKey != null) {
      headers.put("x-api-key", apiKey);
    }
    return headers;
  }

  @Override
  public ObjectNode body(ModelSpec spec, ChatRequest request) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("model", spec.model());
    body.put("max_tokens", request.maxTokens());
    List<String> system = request.messages().stream()
        .filter(message -> message.role() == ChatMessage.Role.SYSTEM).map(ChatMessage::content).toList();
    if (!system.isEmpty()) {
      body.put("system", String.join("\n\n", system));
    }
    ArrayNode messages = body.putArray("messages");
    for (ChatMessage message : request.messages()) {
      if (message.role() != ChatMessage.Role.SYSTEM) {
        messages.addObject()
            .put("role", message.role() == ChatMessage.Role.USER ? "user" : "assistant")
            .put("content", message.content());
      }
    }
    body.put("temperature", request.temperature());
    return body;
  }

  @Override
  public Reply reply(JsonNode body) throws MalformedReplyException {
    StringBuilder text = new StringBuilder();
    // Other block types (thinking, tool_use) carry no answer text.
    for (JsonNode block : JsonFields.array(body, "content", "")) {
      if ("text".equals(block.path("type").asText())) {
        text.append(JsonFields.text(block, "text"));
      }
    }
    JsonNode usage = body.path("usage");
    return new Reply(text.toString(),
        new TokenUsage(JsonFields.count(usage, "input_tokens"), JsonFields.count(usage, "output_tokens")),
        JsonFields.text(body, "stop_reason"));
  }

  /** {@code {"type":"error","error":{"type","message"}}}. */
  @Override
  public Optional<ProviderError> error(JsonNode body) {
    JsonNode error = body.path("error");
    if (!error.path("message").isTextual()) {
      return Optional.empty();
    }
    return Optional.of(new ProviderError(
        JsonFields.qualified(error.path("message").asText(), JsonFields.text(error, "type"))));
  }
}
