package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.Verdict;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every loop of one task: the orchestrator's route and each model alone, sharing their steps (a step
 * two loops need is made once), and the oracle, which solves the task when any of their candidates
 * passed. Loops that validate with example tests run on the task's {@link ExampleTests examples} and
 * are then {@link FullTestScoring scored} on its full tests; the oracle then counts the candidates that
 * passed their validation and also pass the full tests.
 */
public final class TaskRuns {
  /** The results of every loop (the oracle's last) and all their traces. */
  public record Outcome(List<TaskResult> results, List<TraceStep> traces) {}

  private final StepMaker steps;
  private final LoopSettings settings;

  public TaskRuns(StepMaker steps, LoopSettings settings) {
    this.steps = steps;
    this.settings = settings;
  }

  /** @param routes the orchestrator's route first, then the baselines */
  public Outcome run(Problem problem, List<TaskRoute> routes) throws InterruptedException {
    boolean examples = settings.validation() == Validation.EXAMPLES;
    Problem validating = examples ? ExampleTests.of(problem) : problem;
    TaskLoop loop = new TaskLoop(new MemoizedSteps(steps), settings);
    FullTestScoring scoring = examples ? new FullTestScoring(new MemoizedSteps(steps), problem) : null;
    List<TaskResult> results = new ArrayList<>();
    List<TraceStep> traces = new ArrayList<>();
    Map<String, Candidate> passed = new LinkedHashMap<>();
    for (TaskRoute route : routes) {
      LoopOutcome outcome = loop.run(validating, route);
      if (scoring != null) {
        outcome = scoring.score(outcome);
      }
      results.add(outcome.result());
      traces.addAll(outcome.trace());
      for (Candidate candidate : outcome.candidates()) {
        if (candidate.getResult() != null && candidate.getResult().getVerdict() == Verdict.PASSED) {
          passed.putIfAbsent(candidate.getCandidateId(), candidate);
        }
      }
    }
    List<Candidate> validated = List.copyOf(passed.values());
    Candidate solving = scoring != null ? scoring.firstPassing(validated)
        : validated.isEmpty() ? null : validated.get(0);
    results.add(oracle(problem, solving, examples ? ExampleTests.kindOf(problem).id() : Validation.FULL.id()));
    return new Outcome(results, traces);
  }

  private static TaskResult oracle(Problem problem, Candidate solving, String validation) {
    TaskResult.Builder oracle = TaskResult.newBuilder()
        .setLoop(TaskRoute.ORACLE)
        .setDataset(problem.getDataset())
        .setTaskId(problem.getTaskId())
        .setProblemId(problem.getProblemId())
        .setLanguage(problem.getLanguage())
        .setCategories(ProfileKey.categoriesOf(problem))
        .setSolved(solving != null)
        .setValidation(validation)
        .setValidated(solving != null)
        .setStopReason(solving == null ? "no candidate of any loop passed" : "a candidate passed");
    if (solving != null) {
      oracle.setFinalCandidateId(solving.getCandidateId()).setFinalStage(solving.getStage())
          .setFinalModel(solving.getModel()).setFinalVerdict(Verdict.PASSED.name()).setFinalCode(solving.getCode());
    }
    return oracle.build();
  }
}
