package io.perforch.cli;

import io.perforch.orchestration.LoopSettings;
import io.perforch.orchestration.ProblemSplit;
import io.perforch.orchestration.RefineMode;
import io.perforch.orchestration.RoutePlanner;
import io.perforch.orchestration.Validation;
import io.perforch.routing.RouteTable;
import io.perforch.routing.RoutingPolicies;
import io.perforch.routing.RoutingPolicy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** The orchestrated job's routing, split and per-task limits, as options. */
final class RoutingOptions {
  @Option(names = "--policy", paramLabel = "NAME", defaultValue = "pass-rate", converter = Choices.Policies.class,
      description = "How models are ranked: pass-rate (the study's rule, default), cost-aware (correctness per "
          + "dollar above --min-correctness), weighted (--weights).")
  String policy;

  @Option(names = "--weights", paramLabel = "W", defaultValue = RoutingPolicies.DEFAULT_WEIGHTS,
      description = "weighted: weights of correctness, time, memory and cpu (default: ${DEFAULT-VALUE}).")
  String weights;

  @Option(names = "--min-correctness", paramLabel = "P", defaultValue = "0.5", converter = Amounts.Share.class,
      description = "cost-aware: the correctness a model needs to be ranked by its price (default: ${DEFAULT-VALUE}).")
  double minCorrectness;

  @Option(names = "--min-samples", paramLabel = "N", defaultValue = "5", converter = Counts.AtLeastOne.class,
      description = "A category cell with fewer tasks is ranked at the language level (default: ${DEFAULT-VALUE}).")
  int minSamples;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE", defaultValue = "generate,fix,refine",
      converter = StageConverter.class,
      description = "Stages every loop runs, the orchestrator's and each model's alone (default: ${DEFAULT-VALUE}).")
  java.util.List<io.perforch.models.Stage> stages;

  @Option(names = "--top-n", paramLabel = "N", defaultValue = "5", converter = Counts.AtLeastOne.class,
      description = "Models tried per stage, best first (default: ${DEFAULT-VALUE}).")
  int topN;

  @Option(names = "--max-calls", paramLabel = "N", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "Model calls per task and loop (default: no limit).")
  int maxCalls;

  @Option(names = "--max-cost", paramLabel = "USD", defaultValue = "0", converter = Amounts.ZeroOrMore.class,
      description = "Dollars per task and loop (default: no limit).")
  double maxCost;

  @Option(names = "--refine-mode", paramLabel = "MODE", defaultValue = "first-improvement",
      converter = Choices.RefineModes.class,
      description = "first-improvement (default): keep the first refinement that passes and is faster; "
          + "best-of-n: ask every refine model of the route and keep the fastest.")
  RefineMode refineMode;

  @Option(names = "--validate-with", paramLabel = "TESTS", defaultValue = "full", converter = Choices.Validations.class,
      description = "Tests each stage is validated with: full (default, the study's: the tests it is scored on) or "
          + "examples (the problem's example tests only; the final program is scored and timed on the full tests).")
  Validation validation;

  @Option(names = "--max-memory-ratio", paramLabel = "R", defaultValue = "0", converter = Amounts.MemoryRatio.class,
      description = "Reject a faster refinement whose peak memory is above R times its input's (default: off).")
  double maxMemoryRatio;

  @Option(names = "--split", paramLabel = "SIDE", defaultValue = "test", converter = Choices.Splits.class,
      description = "Which problems are judged: test (default: held out, routed by what the train problems "
          + "taught), train or all (in-sample, as the study; optimistic).")
  ProblemSplit.Mode split;

  @Option(names = "--test-share", paramLabel = "P", defaultValue = "0.5", converter = Amounts.ProperShare.class,
      description = "Share of problem ids on the test side (default: ${DEFAULT-VALUE}).")
  double testShare;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "k-fold cross-validation: every problem judged once, by a table learnt from the other folds.")
  int folds;

  ProblemSplit split() {
    try {
      return new ProblemSplit(split, testShare, folds);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--split/--test-share/--folds: " + e.getMessage(), e);
    }
  }

  LoopSettings loop() {
    try {
      return new LoopSettings(topN, maxCalls, maxCost, refineMode, maxMemoryRatio, validation);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }

  RoutingPolicy policy() {
    try {
      return RoutingPolicies.named(policy, minCorrectness, weights);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--policy: " + e.getMessage(), e);
    }
  }

  String policyName() {
    return policy;
  }

  RoutePlanner<RouteTable> planner(ProblemSplit problemSplit, int n) {
    RoutingPolicy chosen = policy();
    return new RoutePlanner<>(problemSplit, n, rows -> RouteTable.build(rows, chosen, minSamples),
        table -> (language, stage, categories) -> table.rank(language, stage, categories).stream()
            .map(io.perforch.routing.RankedModel::model).toList());
  }

  /** The policy and its options, as the report states them. */
  String describe() {
    Map<String, String> options = policy().options();
    return policy + (options.isEmpty() ? "" : " " + options) + String.format(Locale.ROOT,
        ", categories with fewer than %d tasks ranked at the language level", minSamples);
  }

  /** The stages to run; generate is needed. */
  java.util.List<io.perforch.models.Stage> stages() {
    if (!stages.contains(io.perforch.models.Stage.GENERATE)) {
      throw new UserFacingException("--stages needs generate: fix and refine work on its programs");
    }
    return stages;
  }

  Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("stages", String.join(",", stages.stream().map(io.perforch.models.Stage::id).toList()));
    options.put("policy", policy);
    policy().options().forEach((name, value) -> options.put("policy." + name, value));
    options.put("min_samples", Integer.toString(minSamples));
    return options;
  }
}
