package io.perforch.transforms.candidates;

import io.perforch.models.store.StoreMode;
import java.io.Serializable;
import java.util.Objects;

/**
 * How workers reach models, serializable so it travels with a pipeline to any runner: every worker
 * reads the fleet file itself and opens its clients through {@link SharedModels}.
 *
 * @param fleetPath the fleet file (any FileSystems path)
 * @param storePath response store, or null for none
 * @param storeMode how the store is used (ignored without one)
 */
public record ModelAccess(String fleetPath, String storePath, StoreMode storeMode) implements Serializable {
  public ModelAccess {
    Objects.requireNonNull(fleetPath, "fleetPath");
  }
}
