package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.Verdict;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every loop of one task: the orchestrator's route and each model alone, sharing their steps (a step
 * two loops need is made once), and the oracle, which solves the task when any of their candidates passed.
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
    TaskLoop loop = new TaskLoop(new MemoizedSteps(steps), settings);
    List<TaskResult> results = new ArrayList<>();
    List<TraceStep> traces = new ArrayList<>();
    Candidate solving = null;
    for (TaskRoute route : routes) {
      LoopOutcome outcome = loop.run(problem, route);
      results.add(outcome.result());
      traces.addAll(outcome.trace());
      for (Candidate candidate : outcome.candidates()) {
        if (solving == null && candidate.getResult() != null && candidate.getResult().getVerdict() == Verdict.PASSED) {
          solving = candidate;
        }
      }
    }
    results.add(oracle(problem, solving));
    return new Outcome(results, traces);
  }

  private static TaskResult oracle(Problem problem, Candidate solving) {
    TaskResult.Builder oracle = TaskResult.newBuilder()
        .setLoop(TaskRoute.ORACLE)
        .setDataset(problem.getDataset())
        .setTaskId(problem.getTaskId())
        .setProblemId(problem.getProblemId())
        .setLanguage(problem.getLanguage())
        .setCategories(ProfileKey.categoriesOf(problem))
        .setSolved(solving != null)
        .setStopReason(solving == null ? "no candidate of any loop passed" : "a candidate passed");
    if (solving != null) {
      oracle.setFinalCandidateId(solving.getCandidateId()).setFinalStage(solving.getStage())
          .setFinalModel(solving.getModel()).setFinalVerdict(Verdict.PASSED.name()).setFinalCode(solving.getCode());
    }
    return oracle.build();
  }
}
