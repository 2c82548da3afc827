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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Google Gemini generateContent: the model is part of the path, the assistant's role is "model". */
final class GeminiFormat implements WireFormat {
  private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9._-]+");
  private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

  @Override
  public String name() {
    return "Gemini generateContent";
  }

  @Override
  public URI uri(ModelSpec spec) {
    // Google's docs name models both ways: "gemini-2.5-pro" and "models/gemini-2.5-pro".
    String model = spec.model().startsWith("models/") ? spec.model().substring("models/".length()) : spec.model();
    if (!MODEL_NAME.matcher(model).matches()) {
      throw new IllegalArgumentException("model " + spec.id() + ": Gemini model name '" + spec.model()
          + "' may only hold letters, digits, '.', '_' and '-'");
    }
    return Endpoints.join(spec.endpoint(), "v1beta/models/" + model + ":generateContent");
  }

  @Override
  public Map<String, String> headers(String apiKey) {
    return apiKey == null ? Map.of() : Map.of("x-goog-api-key", apiKey);
  }

  @Override
  public ObjectNode body(ModelSpec spec, ChatRequest request) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    List<String> system = request.messages().stream()
        .filter(message -> message.role() == ChatMessage.Role.SYSTEM).map(ChatMessage::content).toList();
    if (!system.isEmpty()) {
      ArrayNode parts = body.putObject("systemInstruction").putArray("parts");
      system.forEach(text -> parts.addObject().put("text", text));
    }
    ArrayNode contents = body.putArray("contents");
    for (ChatMessage message : request.messages()) {
      if (message.role() != ChatMessage.Role.SYSTEM) {
        ObjectNode content = contents.addObject()
            .put("role", message.role() == ChatMessage.Role.USER ? "user" : "model");
        content.putArray("parts").addObject().put("text", message.content());
      }
    }
    body.putObject("generationConfig")
        .put("temperature", request.temperature())
        .put("maxOutputTokens", request.maxTokens());
    return body;
  }

  @Override
  public Reply reply(JsonNode body) throws MalformedReplyException {
    JsonNode usageMetadata = body.path("usageMetadata");
    // Thinking models bill their thoughts as output, like the other providers' output counts do.
    TokenUsage usage = new TokenUsage(JsonFields.count(usageMetadata, "promptTokenCount"),
        JsonFields.count(usageMetadata, "candidatesTokenCount")
            + JsonFields.count(usageMetadata, "thoughtsTokenCount"));
    JsonNode candidates = body.path("candidates");
    if (!candidates.isArray() || candidates.isEmpty()) {
      // A blocked prompt has no candidates, and says why in promptFeedback: an empty answer.
      String blocked = JsonFields.text(body.path("promptFeedback"), "blockReason");
      if (blocked.isEmpty()) {
        throw new MalformedReplyException("no candidates and no promptFeedback.blockReason");
      }
      return new Reply("", usage, blocked);
    }
    JsonNode candidate = candidates.get(0);
    StringBuilder text = new StringBuilder();
    // A candidate stopped for SAFETY and the like has no content: an answer with no text.
    for (JsonNode part : candidate.path("content").path("parts")) {
      if (!part.path("thought").asBoolean(false)) {
        text.append(JsonFields.text(part, "text"));
      }
    }
    return new Reply(text.toString(), usage, JsonFields.text(candidate, "finishReason"));
  }

  /** {@code {"error":{"code","message","status","details"}}}, sometimes wrapped in an array. */
  @Override
  public Optional<ProviderError> error(JsonNode body) {
    JsonNode error = (body.isArray() ? body.path(0) : body).path("error");
    if (!error.path("message").isTextual()) {
      return Optional.empty();
    }
    String message = JsonFields.qualified(error.path("message").asText(), JsonFields.text(error, "status"));
    return Optional.of(new ProviderError(message, retryDelay(error.path("details"))));
  }

  /** RetryInfo's retryDelay, a protobuf Duration such as "37s" or "1.5s". */
  private static Duration retryDelay(JsonNode details) {
    for (JsonNode detail : details) {
      if (RETRY_INFO.equals(detail.path("@type").asText())) {
        String delay = detail.path("retryDelay").asText();
        if (delay.endsWith("s")) {
          return RetryAfter.seconds(delay.substring(0, delay.length() - 1)).orElse(null);
        }
      }
    }
    return null;
  }
}
