package io.perforch.models;

import io.perforch.models.providers.ProviderClients;
import io.perforch.models.providers.RetryPolicy;
import io.perforch.models.providers.TimeSource;
import io.perforch.models.store.ResponseStore;
import io.perforch.models.store.StoreMode;
import io.perforch.models.store.StoredModelClient;
import java.util.function.Function;

/**
 * Opens the client of any model of a fleet: the provider's HTTP client, or a simulated model, optionally
 * behind a response store. In {@link StoreMode#REPLAY} no provider client is built at all: replay
 * needs neither network nor keys.
 */
public final class ModelClients {
  private ModelClients() {}

  /** The model's own client, with the default retry policy. */
  public static ModelClient open(ModelSpec spec, Function<String, String> env) {
    return open(spec, env, RetryPolicy.defaults());
  }

  /** The model's own client with the given retry policy (simulated models never need one). */
  public static ModelClient open(ModelSpec spec, Function<String, String> env, RetryPolicy retry) {
    if (spec.provider() == Provider.SIMULATED) {
      return new io.perforch.models.simulated.SimulatedModelClient(spec);
    }
    return ProviderClients.create(spec, env, retry, TimeSource.SYSTEM);
  }

  /** The model behind a response store; {@code store} null means no store. */
  public static ModelClient open(ModelSpec spec, Function<String, String> env, ResponseStore store, StoreMode mode) {
    if (store == null) {
      return open(spec, env);
    }
    ModelClient model = mode == StoreMode.REPLAY ? null : open(spec, env);
    return new StoredModelClient(spec, model, store, mode);
  }
}
