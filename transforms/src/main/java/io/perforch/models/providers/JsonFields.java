package io.perforch.models.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the few fields the wire formats need, leniently where providers differ. */
final class JsonFields {
  private JsonFields() {}

  /** The array at {@code field}, or a {@link MalformedReplyException} naming it. */
  static JsonNode array(JsonNode node, String field, String where) throws MalformedReplyException {
    JsonNode value = node.path(field);
    if (!value.isArray()) {
      throw new MalformedReplyException("no " + where + field + " array");
    }
    return value;
  }

  /** The object at {@code field}, or a {@link MalformedReplyException} naming it. */
  static JsonNode object(JsonNode node, String field, String where) throws MalformedReplyException {
    JsonNode value = node.path(field);
    if (!value.isObject()) {
      throw new MalformedReplyException("no " + where + field + " object");
    }
    return value;
  }

  /** A count the provider reported, 0 when it reported none. */
  static long count(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.canConvertToLong() ? Math.max(0, value.asLong()) : 0;
  }

  /** A text field, "" when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  /** "message (a, b)" naming the non-empty qualifiers, or just the message. */
  static String qualified(String message, String... qualifiers) {
    List<String> named = new ArrayList<>();
    for (String qualifier : qualifiers) {
      if (!qualifier.isEmpty() && !message.contains(qualifier)) {
        named.add(qualifier);
      }
    }
    return named.isEmpty() ? message : message + " (" + String.join(", ", named) + ")";
  }
}
