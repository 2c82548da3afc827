package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.models.Stage;
import io.perforch.orchestration.model.Decision;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.Refinement;
import java.util.ArrayList;
import java.util.List;

/** The trace of one loop on one task, step by step, each entry with its decision and reason. */
final class LoopTrace {
  private final Problem problem;
  private final String loop;
  private final List<TraceStep> steps = new ArrayList<>();
  private final int firstStep;

  LoopTrace(Problem problem, String loop) {
    this(problem, loop, 0);
  }

  /** A trace that carries on one whose first {@code firstStep} entries are already written. */
  LoopTrace(Problem problem, String loop, int firstStep) {
    this.problem = problem;
    this.loop = loop;
    this.firstStep = firstStep;
  }

  /** A model step: the candidate it made (if any) with the decision taken on it. */
  void step(Stage stage, String model, int rank, StepMaker.Step step, String parentId, Decision decision,
      String reason) {
    TraceStep.Builder entry = entry(decision, reason).setStage(stage.id()).setModel(model).setRank(rank)
        .setOrigin(step.origin()).setParentId(parentId);
    Candidate candidate = step.candidate();
    if (candidate != null) {
      entry.setCandidateId(candidate.getCandidateId())
          .setOutcome(candidate.getOutcome().name())
          .setInputTokens(candidate.getInputTokens())
          .setOutputTokens(candidate.getOutputTokens())
          .setCostUsd(candidate.getCostUsd())
          .setLatencyMillis(candidate.getLatencyMillis());
      measurements(entry, candidate);
    }
    steps.add(entry.build());
  }

  /** The passing program timed before it is refined. */
  void measured(Candidate measured, Decision decision, String reason) {
    judged(measured, Stage.REFINE.id(), decision, reason);
  }

  /** A program judged or timed again, not a model step (the final program on the full tests). */
  void judged(Candidate candidate, String stage, Decision decision, String reason) {
    TraceStep.Builder entry = entry(decision, reason).setStage(stage)
        .setCandidateId(candidate.getCandidateId()).setOrigin(StepOrigin.NONE);
    measurements(entry, candidate);
    steps.add(entry.build());
  }

  /** An entry that is not a model step: budget exhausted, the final program. */
  void note(Decision decision, String reason, String candidateId) {
    steps.add(entry(decision, reason).setStage("").setOrigin(StepOrigin.NONE).setCandidateId(candidateId).build());
  }

  List<TraceStep> steps() {
    return List.copyOf(steps);
  }

  private TraceStep.Builder entry(Decision decision, String reason) {
    return TraceStep.newBuilder()
        .setLoop(loop)
        .setDataset(problem.getDataset())
        .setTaskId(problem.getTaskId())
        .setProblemId(problem.getProblemId())
        .setLanguage(problem.getLanguage())
        .setStep(firstStep + steps.size())
        .setDecision(decision)
        .setReason(reason);
  }

  private static void measurements(TraceStep.Builder entry, Candidate candidate) {
    ExecutionResult result = candidate.getResult();
    if (result != null) {
      entry.setVerdict(result.getVerdict().name()).setWallNanos(result.getWallNanos())
          .setPeakRssBytes(result.getPeakRssBytes());
    }
    Refinement refinement = candidate.getRefinement();
    if (refinement != null) {
      entry.setSpeedup(refinement.getSpeedup()).setPValue(refinement.getPValue()).setFaster(refinement.getFaster());
    }
  }
}
