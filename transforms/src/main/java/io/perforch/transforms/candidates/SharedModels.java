package io.perforch.transforms.candidates;

import io.perforch.models.Fleet;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelClients;
import io.perforch.models.fleet.FleetLoader;
import io.perforch.models.store.ResponseStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client per model per worker JVM, shared by every DoFn instance of every job: a model's concurrency
 * and rate limits are only limits if all threads of a worker go through the same client.
 */
public final class SharedModels {
  private static final Map<String, ModelClient> CLIENTS = new ConcurrentHashMap<>();
  private static final Map<String, Fleet> FLEETS = new ConcurrentHashMap<>();

  private SharedModels() {}

  /** The worker's client of {@code modelId}, opened on first use. */
  public static ModelClient client(ModelAccess access, String modelId) {
    String key = access.fleetPath() + "\0" + access.storePath() + "\0" + access.storeMode() + "\0" + modelId;
    return CLIENTS.computeIfAbsent(key, k -> {
      Fleet fleet = FLEETS.computeIfAbsent(access.fleetPath(), FleetLoader::load);
      ResponseStore store = access.storePath() == null ? null : new ResponseStore(access.storePath());
      return ModelClients.open(fleet.model(modelId), System::getenv, store, access.storeMode());
    });
  }
}
