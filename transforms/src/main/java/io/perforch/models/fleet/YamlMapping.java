package io.perforch.models.fleet;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping whose keys are plain names, each given once. SnakeYAML's composer accepts repeated keys
 * (the last would silently win), so they are rejected here, naming both lines.
 */
final class YamlMapping {
  private final YamlValue self;
  private final Map<String, YamlValue> values = new LinkedHashMap<>();
  private final Map<String, YamlValue> keys = new LinkedHashMap<>();

  YamlMapping(YamlValue self, MappingNode node) {
    this.self = self;
    for (NodeTuple tuple : node.getValue()) {
      YamlValue key = self.child("?", tuple.getKeyNode());
      if (Tag.MERGE.equals(tuple.getKeyNode().getTag())) {
        throw new FleetFormatException(self.file(), key.line(), self.path(),
            "YAML merge keys (<<) are not supported; put shared settings under 'defaults'");
      }
      if (!(tuple.getKeyNode() instanceof ScalarNode) || key.isNull()) {
        throw new FleetFormatException(self.file(), key.line(), self.path(),
            "keys must be plain names, got " + key.describe());
      }
      String name = ((ScalarNode) tuple.getKeyNode()).getValue();
      YamlValue keyAtPath = self.child(name, tuple.getKeyNode());
      YamlValue first = keys.putIfAbsent(name, keyAtPath);
      if (first != null) {
        throw keyAtPath.error("given twice (lines " + first.line() + " and " + keyAtPath.line() + ")");
      }
      values.put(name, self.child(name, tuple.getValueNode()));
    }
  }

  YamlValue self() {
    return self;
  }

  Set<String> keys() {
    return values.keySet();
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  Optional<YamlValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The key's value; if absent, an error at the mapping's first line naming the missing field. */
  YamlValue require(String key, String hint) {
    return get(key).orElseThrow(() -> missing(key, hint));
  }

  FleetFormatException missing(String key, String hint) {
    String path = self.path().isEmpty() ? key : self.path() + "." + key;
    return new FleetFormatException(self.file(), self.line(), path, "missing" + (hint.isEmpty() ? "" : ": " + hint));
  }

  /** An error about a key itself (an unknown language, say), at the key's line and path. */
  FleetFormatException keyError(String key, String problem) {
    YamlValue at = keys.get(key);
    return new FleetFormatException(self.file(), at.line(), at.path(), problem);
  }

  /** Fails on the first key not in {@code known}, suggesting the closest known one. */
  void allowOnly(Collection<String> known) {
    for (Map.Entry<String, YamlValue> key : keys.entrySet()) {
      if (!known.contains(key.getKey())) {
        throw key.getValue().error("unknown key" + ClosestName.suggestion(key.getKey(), known));
      }
    }
  }
}
