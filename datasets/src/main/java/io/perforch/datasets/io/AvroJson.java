package io.perforch.datasets.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Plain JSON for Avro records, field names as in their schema: unions with null are a value or JSON null
 * (not Avro's {"string": ...} wrapping), so files are pleasant to read and to write by hand. Driven by the
 * schema, so new fields need no code here.
 */
public final class AvroJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  public static ObjectNode toJson(IndexedRecord record) {
    return (ObjectNode) write(record, record.getSchema());
  }

  /**
   * Reads a record of a generated (specific) class; every missing or mistyped field is reported with
   * file, line and field path.
   */
  @SuppressWarnings("unchecked")
  public static <T extends SpecificRecord> T fromJson(JsonRecord record, Schema schema) {
    Object value = read(record, record.node(), schema, "");
    return (T) SpecificData.get().deepCopy(schema, value);
  }

  private static JsonNode write(Object value, Schema schema) {
    switch (schema.getType()) {
      case NULL:
        return NODES.nullNode();
      case UNION:
        if (value == null) {
          return NODES.nullNode();
        }
        return write(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
      case RECORD:
        ObjectNode object = NODES.objectNode();
        IndexedRecord record = (IndexedRecord) value;
        for (Schema.Field field : schema.getFields()) {
          object.set(field.name(), write(record.get(field.pos()), field.schema()));
        }
        return object;
      case ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (Object item : (Iterable<?>) value) {
          array.add(write(item, schema.getElementType()));
        }
        return array;
      case STRING:
      case ENUM:
        return NODES.textNode(value.toString());
      case LONG:
        return NODES.numberNode((Long) value);
      case INT:
        return NODES.numberNode((Integer) value);
      case BOOLEAN:
        return NODES.booleanNode((Boolean) value);
      case DOUBLE:
        return NODES.numberNode((Double) value);
      default:
        throw new IllegalStateException("AvroJson does not handle Avro type " + schema.getType());
    }
  }

  private static Object read(JsonRecord source, JsonNode node, Schema schema, String path) {
    switch (schema.getType()) {
      case UNION:
        if (node == null || node.isNull()) {
          return null;
        }
        for (Schema branch : schema.getTypes()) {
          if (branch.getType() != Schema.Type.NULL) {
            return read(source, node, branch, path);
          }
        }
        return null;
      case RECORD:
        if (node == null || !node.isObject()) {
          throw source.error(path.isEmpty() ? null : path, "expected an object");
        }
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
          JsonNode child = node.get(field.name());
          if (child == null && field.hasDefaultValue()) {
            record.put(field.pos(), GenericData.get().deepCopy(field.schema(), GenericData.get().getDefaultValue(field)));
          } else if (child == null) {
            throw source.error(fieldPath, "missing (required)");
          } else {
            record.put(field.pos(), read(source, child, field.schema(), fieldPath));
          }
        }
        return record;
      case ARRAY:
        if (!node.isArray()) {
          throw source.error(path, "expected a list");
        }
        List<Object> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : node) {
          items.add(read(source, item, schema.getElementType(), path + "[" + index++ + "]"));
        }
        return items;
      case STRING:
        if (!node.isTextual()) {
          throw source.error(path, "expected a string");
        }
        return node.asText();
      case ENUM:
        if (!node.isTextual() || !schema.hasEnumSymbol(node.asText())) {
          throw source.error(path, "expected one of " + schema.getEnumSymbols());
        }
        return new GenericData.EnumSymbol(schema, node.asText());
      case LONG:
        if (!node.isIntegralNumber()) {
          throw source.error(path, "expected an integer");
        }
        return node.asLong();
      case INT:
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
          throw source.error(path, "expected a 32-bit integer");
        }
        return node.asInt();
      case DOUBLE:
        if (!node.isNumber()) {
          throw source.error(path, "expected a number");
        }
        return node.asDouble();
      case BOOLEAN:
        if (!node.isBoolean()) {
          throw source.error(path, "expected true or false");
        }
        return node.asBoolean();
      default:
        throw new AvroRuntimeException("AvroJson does not handle Avro type " + schema.getType());
    }
  }
}
