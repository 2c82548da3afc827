package io.perforch.models.store;

/** How a run uses its response store. */
public enum StoreMode {
  /** {@code --cache}: answer from the store when it can, ask the model and record the answer when not. */
  CACHE,
  /** {@code --replay}: answer only from the store; a request it has no answer for is an error. No network. */
  REPLAY
}
