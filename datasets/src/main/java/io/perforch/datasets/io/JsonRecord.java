package io.perforch.datasets.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object read from a dataset file, remembering where it came from so that every accessor can
 * report a missing or mistyped field with file, line and field name.
 */
public final class JsonRecord {
  private final String file;
  private final long line;
  private final ObjectNode node;

  public JsonRecord(String file, long line, ObjectNode node) {
    this.file = file;
    this.line = line;
    this.node = node;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public ObjectNode node() {
    return node;
  }

  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  public String requiredString(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw error(field, "missing (required)");
    }
    if (!value.isTextual()) {
      throw error(field, "expected a string but found " + describe(value));
    }
    return value.asText();
  }

  /** A string field that may be absent or null; numbers are accepted and rendered as text. */
  public String optionalString(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual() || value.isNumber()) {
      return value.asText();
    }
    throw error(field, "expected a string but found " + describe(value));
  }

  /** A string field that may be absent or null; unlike {@link #optionalString}, a number is an error. */
  public String optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw error(field, "expected a string but found " + describe(value));
    }
    return value.asText();
  }

  public Long optionalLong(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isTextual()) {
      try {
        return Long.parseLong(value.asText().trim());
      } catch (NumberFormatException notANumber) {
        throw error(field, "expected an integer but found \"" + value.asText() + "\"");
      }
    }
    throw error(field, "expected an integer but found " + describe(value));
  }

  public List<String> stringList(String field) {
    JsonNode value = node.get(field);
    List<String> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      throw error(field, "expected a list of strings but found " + describe(value));
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw error(field, "expected a list of strings but an item is " + describe(item));
      }
      result.add(item.asText());
    }
    return result;
  }

  /** An object-valued field, or null when absent. */
  public ObjectNode optionalObject(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw error(field, "expected an object but found " + describe(value));
    }
    return (ObjectNode) value;
  }

  public DatasetFormatException error(String field, String problem) {
    return new DatasetFormatException(file, line, field, problem);
  }

  public DatasetFormatException error(String field, String problem, Throwable cause) {
    return new DatasetFormatException(file, line, field, problem, cause);
  }

  private static String describe(JsonNode value) {
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
