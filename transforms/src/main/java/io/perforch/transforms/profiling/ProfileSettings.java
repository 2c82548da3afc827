package io.perforch.transforms.profiling;

import io.perforch.models.Stage;
import io.perforch.transforms.candidates.JudgeSettings;
import io.perforch.transforms.candidates.ModelAccess;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the stage graph of a profiling run needs, serializable so it travels with the pipeline to any
 * runner: its own choices (models, stages, samples) beside the settings every job shares.
 *
 * @param access how workers reach the models
 * @param models fleet ids to profile, in order
 * @param stages the stages to run, in pipeline order
 * @param samples samples per (problem, model) at generate; fix and refine take one per input program
 * @param judge how candidates are executed and refinements compared: sandbox, caches, repeated runs, rule
 */
public record ProfileSettings(
    ModelAccess access,
    List<String> models,
    List<Stage> stages,
    int samples,
    JudgeSettings judge) implements Serializable {

  public ProfileSettings {
    Objects.requireNonNull(access, "access");
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
}
