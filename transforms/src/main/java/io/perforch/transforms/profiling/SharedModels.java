package io.perforch.transforms.profiling;

import io.perforch.models.Fleet;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelClients;
import io.perforch.models.fleet.FleetLoader;
import io.perforch.models.store.ResponseStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client per model per worker JVM, shared by every DoFn instance: a model's concurrency and rate
 * limits are only limits if all threads of a worker go through the same client.
 */
final class SharedModels {
  private static final Map<String, ModelClient> CLIENTS = new ConcurrentHashMap<>();
  private static final Map<String, Fleet> FLEETS = new ConcurrentHashMap<>();

  private SharedModels() {}

  static ModelClient client(ProfileSettings settings, String modelId) {
    String key = settings.fleetPath() + "\0" + settings.storePath() + "\0" + settings.storeMode() + "\0" + modelId;
    return CLIENTS.computeIfAbsent(key, k -> {
      Fleet fleet = FLEETS.computeIfAbsent(settings.fleetPath(), FleetLoader::load);
      ResponseStore store = settings.storePath() == null ? null : new ResponseStore(settings.storePath());
      return ModelClients.open(fleet.model(modelId), System::getenv, store, settings.storeMode());
    });
  }
}
