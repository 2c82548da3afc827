package io.perforch.orchestration;

import io.perforch.models.Stage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The models one loop tries for one task, per stage, best first: the orchestrator's come from the route
 * table, a baseline's are one model at every stage.
 *
 * @param loop the loop's name: {@code orchestrator} or {@code single:<model>}
 */
public record TaskRoute(String loop, List<String> generate, List<String> fix, List<String> refine)
    implements Serializable {
  public static final String ORCHESTRATOR = "orchestrator";
  public static final String ORACLE = "oracle";
  private static final String SINGLE = "single:";

  public TaskRoute {
    generate = List.copyOf(generate);
    fix = List.copyOf(fix);
    refine = List.copyOf(refine);
  }

  /** The orchestrator's route, each stage's ranking cut to {@code topN}. */
  public static TaskRoute routed(Map<Stage, List<String>> ranked, int topN) {
    return new TaskRoute(ORCHESTRATOR, top(ranked.get(Stage.GENERATE), topN), top(ranked.get(Stage.FIX), topN),
        top(ranked.get(Stage.REFINE), topN));
  }

  /** One model doing every stage alone: the baseline the orchestrator has to beat. */
  public static TaskRoute single(String model) {
    return new TaskRoute(SINGLE + model, List.of(model), List.of(model), List.of(model));
  }

  public static boolean isSingle(String loop) {
    return loop.startsWith(SINGLE);
  }

  public static String modelOf(String loop) {
    return loop.substring(SINGLE.length());
  }

  /** This route with no model for the stages left out (fix or refine), so every loop skips them alike. */
  public TaskRoute only(java.util.Collection<Stage> stages) {
    return new TaskRoute(loop, stages.contains(Stage.GENERATE) ? generate : List.of(),
        stages.contains(Stage.FIX) ? fix : List.of(), stages.contains(Stage.REFINE) ? refine : List.of());
  }

  public List<String> models(Stage stage) {
    return switch (stage) {
      case GENERATE -> generate;
      case FIX -> fix;
      case REFINE -> refine;
    };
  }

  private static List<String> top(List<String> models, int n) {
    return models == null ? List.of() : models.subList(0, Math.min(n, models.size()));
  }
}
