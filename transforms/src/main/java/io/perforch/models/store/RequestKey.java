package io.perforch.models.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ModelSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a request: everything that decides the answer (model, messages, sampling parameters,
 * sample index, and a simulated model's profile), as canonical JSON and its SHA-256. The endpoint,
 * limits and prices are left out: they change where and how fast an answer comes, not what it is.
 */
public record RequestKey(String sha256, ObjectNode identity) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static RequestKey of(ModelSpec model, ChatRequest request) {
    ObjectNode identity = JSON.createObjectNode();
    identity.put("model_id", model.id());
    identity.put("provider", model.provider().id());
    identity.put("model", model.model());
    if (model.simulated() != null) {
      identity.put("simulated_profile", model.simulated().toString());
    }
    ArrayNode messages = identity.putArray("messages");
    for (ChatMessage message : request.messages()) {
      messages.addObject().put("role", message.role().name().toLowerCase()).put("content", message.content());
    }
    identity.put("temperature", request.temperature());
    identity.put("max_tokens", request.maxTokens());
    identity.put("sample", request.sample());
    return new RequestKey(sha256(identity.toString()), identity);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
