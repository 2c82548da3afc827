package io.perforch.transforms.orchestration;

import io.perforch.models.Stage;
import io.perforch.orchestration.LoopSettings;
import io.perforch.orchestration.TaskRoute;
import io.perforch.transforms.candidates.JudgeSettings;
import io.perforch.transforms.candidates.ModelAccess;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the workers of an orchestrated run need, serializable so it travels to any runner.
 *
 * @param models how to reach the models; null when no model may be asked (offline replay of a profile)
 * @param judge how candidates are judged and measured
 * @param loop each task's limits
 * @param routes the orchestrator's route for each judged task, by task id (decided before the run)
 * @param baselines the models that each run the whole loop alone, in order
 * @param reuseProfile take a step the profile already made from it, by lineage, instead of making it
 * @param stages the stages every loop runs (generate always; fix and refine when listed)
 */
public record OrchestrationSettings(ModelAccess models, JudgeSettings judge, LoopSettings loop,
    Map<String, TaskRoute> routes, List<String> baselines, boolean reuseProfile, List<Stage> stages)
    implements Serializable {

  public OrchestrationSettings {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(loop, "loop");
    routes = Map.copyOf(routes);
    baselines = List.copyOf(baselines);
    stages = List.copyOf(stages);
    if (!stages.contains(Stage.GENERATE)) {
      throw new IllegalArgumentException("the generate stage is needed: fix and refine work on its programs");
    }
    if (models == null && !reuseProfile) {
      throw new IllegalArgumentException("steps must come from somewhere: the models, or a profile to replay");
    }
  }

  /** The orchestrator's route then every baseline's, for one task. */
  List<TaskRoute> routesOf(String taskId) {
    TaskRoute routed = routes.get(taskId);
    if (routed == null) {
      throw new IllegalStateException("no route was decided for " + taskId);
    }
    List<TaskRoute> all = new java.util.ArrayList<>(List.of(routed.only(stages)));
    baselines.forEach(model -> all.add(TaskRoute.single(model).only(stages)));
    return all;
  }
}
