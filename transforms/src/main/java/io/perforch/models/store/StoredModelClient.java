package io.perforch.models.store;

import io.perforch.models.ChatRequest;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelSpec;
import io.perforch.models.ProviderException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A model behind a {@link ResponseStore}: {@link StoreMode#CACHE} serves stored answers and records new
 * ones, so a rerun never pays twice; {@link StoreMode#REPLAY} serves stored answers only and never
 * touches the model. Provider errors are not stored: a rerun asks again.
 */
public final class StoredModelClient implements ModelClient {
  private final ModelClient model;
  private final ModelSpec spec;
  private final ResponseStore store;
  private final StoreMode mode;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /** @param model what answers misses in CACHE mode; never called in REPLAY mode (may be null there) */
  public StoredModelClient(ModelSpec spec, ModelClient model, ResponseStore store, StoreMode mode) {
    if (model == null && mode != StoreMode.REPLAY) {
      throw new IllegalArgumentException("a cache needs the model it caches");
    }
    this.spec = spec;
    this.model = model;
    this.store = store;
    this.mode = mode;
  }

  @Override
  public ModelSpec spec() {
    return spec;
  }

  /** An answer, and whether the store gave it. */
  public record Served(ChatResponse response, boolean fromStore) {}

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException, InterruptedException {
    return serve(request).response();
  }

  /** {@link #complete}, saying whether the answer came from the store. */
  public Served serve(ChatRequest request) throws ProviderException, InterruptedException {
    RequestKey key = RequestKey.of(spec, request);
    try {
      var stored = store.get(key);
      if (stored.isPresent()) {
        hits.incrementAndGet();
        return new Served(stored.get(), true);
      }
    } catch (IOException e) {
      throw new ProviderException(ProviderException.Kind.STORE_ERROR,
          "cannot read " + store.root() + " for " + spec.id() + ": " + e.getMessage(), 0, null, 0, e);
    }
    misses.incrementAndGet();
    if (mode == StoreMode.REPLAY) {
      throw new ProviderException(ProviderException.Kind.REPLAY_MISS, "--replay " + store.root()
          + " has no response for model " + spec.id() + " (request " + key.sha256()
          + "); record one with --cache " + store.root());
    }
    ChatResponse response = model.complete(request);
    try {
      store.put(key, response);
    } catch (IOException e) {
      throw new ProviderException(ProviderException.Kind.STORE_ERROR,
          "cannot record in " + store.root() + " for " + spec.id() + ": " + e.getMessage(), 0, null, 0, e);
    }
    return new Served(response, false);
  }

  /** Requests answered from the store. */
  public long hits() {
    return hits.get();
  }

  /** Requests the store had no answer for. */
  public long misses() {
    return misses.get();
  }

  @Override
  public void close() {
    if (model != null) {
      model.close();
    }
  }
}
