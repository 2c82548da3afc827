package io.perforch.transforms.profiling;

import io.perforch.models.Stage;
import io.perforch.candidates.CandidateJudge;
import io.perforch.stats.SpeedupRule;
import io.perforch.models.store.StoreMode;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the workers of a profiling run need, serializable so it travels with the pipeline to any runner.
 *
 * @param fleetPath the fleet file (any FileSystems path); every worker reads it itself
 * @param models fleet ids to profile, in order
 * @param stages the stages to run, in pipeline order
 * @param samples samples per (problem, model) at generate; fix and refine take one per input program
 * @param storePath response store, or null for none
 * @param storeMode how the store is used (ignored without one)
 * @param judge how candidates are executed: sandbox, caches, repeated runs
 * @param alpha the speed-up rule's significance level
 * @param minEffect the speed-up rule's minimum relative effect
 * @param minAbsoluteNanos the speed-up rule's minimum absolute effect
 */
public record ProfileSettings(
    String fleetPath,
    List<String> models,
    List<Stage> stages,
    int samples,
    String storePath,
    StoreMode storeMode,
    JudgeSettings judge,
    double alpha,
    double minEffect,
    double minAbsoluteNanos) implements Serializable {

  public ProfileSettings {
    Objects.requireNonNull(fleetPath, "fleetPath");
    Objects.requireNonNull(judge, "judge");
    models = List.copyOf(models);
    stages = List.copyOf(stages);
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no models to profile");
    }
    if (!stages.contains(Stage.GENERATE)) {
      throw new IllegalArgumentException("the generate stage is needed: fix and refine work on its programs");
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }
  }

  /** A judge for this run's execution settings and speed-up rule; each DoFn makes its own in {@code @Setup}. */
  CandidateJudge newJudge() {
    return judge.newJudge(new SpeedupRule(alpha, minEffect, minAbsoluteNanos));
  }
}
