package io.perforch.models.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node together with where it is (file, field path, line), read as the type a field needs. Every
 * accessor fails with a {@link FleetFormatException} that names the spot and says what was expected.
 */
final class YamlValue {
  // Numbers are read from the text, not from YAML's tags: 1_000 and quoted "2.0" are fine, 0x10 is not.
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

  private final String file;
  private final String path;
  private final Node node;

  YamlValue(String file, String path, Node node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  /** 1-based line where the value starts. */
  int line() {
    return node.getStartMark().getLine() + 1;
  }

  FleetFormatException error(String problem) {
    return new FleetFormatException(file, line(), path, problem);
  }

  YamlValue child(String key, Node child) {
    return new YamlValue(file, path.isEmpty() ? key : path + "." + key, child);
  }

  boolean isNull() {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** A scalar's text, whatever YAML would have made of it (an id like {@code 3.5} stays {@code "3.5"}). */
  String text() {
    if (!(node instanceof ScalarNode) || isNull()) {
      throw error("expected a text, got " + describe());
    }
    return ((ScalarNode) node).getValue();
  }

  double number() {
    String text = scalarText("a number");
    if (!DECIMAL.matcher(text).matches()) {
      throw error("expected a number, got " + describe());
    }
    return Double.parseDouble(text);
  }

  /** A number in [min, max]. */
  double number(double min, double max) {
    double value = number();
    if (value < min || value > max) {
      throw error("must be between " + plain(min) + " and " + plain(max) + ", got " + plain(value));
    }
    return value;
  }

  /** A number of at least {@code min}. */
  double numberAtLeast(double min) {
    double value = number();
    if (value < min) {
      throw error("must be at least " + plain(min) + ", got " + plain(value));
    }
    return value;
  }

  /** A whole number of at least {@code min} that fits an int. */
  int wholeNumber(int min) {
    String text = scalarText("a whole number");
    if (!WHOLE.matcher(text).matches()) {
      throw error("expected a whole number, got " + describe());
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException tooLong) {
      throw error("is too large: " + describe());
    }
    if (value < min) {
      throw error("must be at least " + min + ", got " + value);
    }
    if (value > Integer.MAX_VALUE) {
      throw error("is too large: " + value + " (at most " + Integer.MAX_VALUE + ")");
    }
    return (int) value;
  }

  /** A whole number of any size, e.g. a seed. */
  long anyWholeNumber() {
    String text = scalarText("a whole number");
    if (!WHOLE.matcher(text).matches()) {
      throw error("expected a whole number, got " + describe());
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException tooLong) {
      throw error("is too large: " + describe());
    }
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  YamlMapping mapping() {
    if (!isMapping()) {
      throw error("expected a mapping (key: value lines), got " + describe());
    }
    return new YamlMapping(this, (MappingNode) node);
  }

  List<YamlValue> list() {
    if (!(node instanceof SequenceNode)) {
      throw error("expected a list ('- ' items), got " + describe());
    }
    List<YamlValue> items = new ArrayList<>();
    List<Node> values = ((SequenceNode) node).getValue();
    for (int i = 0; i < values.size(); i++) {
      items.add(new YamlValue(file, path + "[" + i + "]", values.get(i)));
    }
    return items;
  }

  /** How the value reads in an error: {@code 'abc'}, {@code null}, {@code a list}, {@code a mapping}. */
  String describe() {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return isNull() ? "nothing (null)" : "'" + ((ScalarNode) node).getValue() + "'";
  }

  private String scalarText(String expected) {
    if (!(node instanceof ScalarNode) || isNull()) {
      throw error("expected " + expected + ", got " + describe());
    }
    return ((ScalarNode) node).getValue().strip().replace("_", "");
  }

  /** 2.0 as "2", 0.25 as "0.25". */
  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
