package io.perforch.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The models a run may use, in the fleet file's order.
 *
 * @param source where the fleet was read from (for messages and the run manifest)
 * @param sha256 of the fleet file's bytes (for the run manifest)
 * @param models unique ids
 */
public record Fleet(String source, String sha256, List<ModelSpec> models) {
  public Fleet {
    models = List.copyOf(models);
    Map<String, ModelSpec> seen = new LinkedHashMap<>();
    for (ModelSpec model : models) {
      if (seen.put(model.id(), model) != null) {
        throw new IllegalArgumentException(source + ": model id '" + model.id() + "' appears twice");
      }
    }
  }

  public ModelSpec model(String id) {
    return models.stream().filter(model -> model.id().equals(id)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no model '" + id + "' in " + source + " (it has: "
            + String.join(", ", ids()) + ")"));
  }

  public List<String> ids() {
    return models.stream().map(ModelSpec::id).toList();
  }

  /** The fleet restricted to {@code ids}, in the order given. */
  public Fleet select(List<String> ids) {
    return new Fleet(source, sha256, ids.stream().map(this::model).toList());
  }
}
