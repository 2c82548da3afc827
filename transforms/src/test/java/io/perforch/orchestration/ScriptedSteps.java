package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.models.Stage;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.candidates.CandidateIds;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.Refinement;
import io.perforch.profiling.model.StageTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A step maker for tests of the loop's logic: each (stage, model) answers as scripted, so a test states
 * which programs pass, fail, or refine how, and reads back which steps the loop asked for.
 */
final class ScriptedSteps implements StepMaker {
  /** What one scripted step gives. */
  record Answer(CandidateOutcome outcome, Verdict verdict, double speedup, boolean faster, long peakRss,
      double costUsd) {}

  static final long INPUT_PEAK = 10_000_000;
  static final double INPUT_MEDIAN = 100e6;

  private final Map<String, Answer> answers = new HashMap<>();
  private final List<String> asked = new ArrayList<>();
  private final Map<String, Verdict> onFullTests = new HashMap<>();
  private Verdict measuredVerdict = Verdict.PASSED;
  private double fullTestSpeedup = 0;
  private int measurements;

  ScriptedSteps generate(String model, Verdict verdict) {
    answers.put(Stage.GENERATE.id() + "/" + model, judged(verdict));
    return this;
  }

  ScriptedSteps fix(String model, Verdict verdict) {
    answers.put(Stage.FIX.id() + "/" + model, judged(verdict));
    return this;
  }

  ScriptedSteps refine(String model, Verdict verdict, double speedup, boolean faster, long peakRss) {
    answers.put(Stage.REFINE.id() + "/" + model,
        new Answer(CandidateOutcome.JUDGED, verdict, speedup, faster, peakRss, 0.001));
    return this;
  }

  ScriptedSteps providerError(Stage stage, String model) {
    answers.put(stage.id() + "/" + model, new Answer(CandidateOutcome.PROVIDER_ERROR, null, 0, false, 0, 0));
    return this;
  }

  ScriptedSteps costing(Stage stage, String model, Verdict verdict, double costUsd) {
    answers.put(stage.id() + "/" + model, new Answer(CandidateOutcome.JUDGED, verdict, 1, false, INPUT_PEAK, costUsd));
    return this;
  }

  /** The verdict a (stage, model)'s program gets when judged again on the full tests; else its own. */
  ScriptedSteps onFullTests(Stage stage, String model, Verdict verdict) {
    onFullTests.put(stage.id() + "/" + model, verdict);
    return this;
  }

  /** The speed-up a refinement shows when compared again on the full tests; else its scripted one. */
  ScriptedSteps fullTestSpeedup(double speedup) {
    fullTestSpeedup = speedup;
    return this;
  }

  ScriptedSteps flakyWhenMeasured() {
    measuredVerdict = Verdict.FAILED;
    return this;
  }

  /** The steps asked for, as "stage/model". */
  List<String> asked() {
    return asked;
  }

  int measurements() {
    return measurements;
  }

  private static Answer judged(Verdict verdict) {
    return new Answer(CandidateOutcome.JUDGED, verdict, 0, false, INPUT_PEAK, 0.001);
  }

  @Override
  public Step make(Problem problem, StageTask task) {
    String key = task.getStage() + "/" + task.getModel();
    asked.add(key);
    Answer answer = answers.get(key);
    if (answer == null) {
      return new Step(null, StepOrigin.NOT_AVAILABLE);
    }
    Candidate.Builder candidate = Candidate.newBuilder()
        .setCandidateId(CandidateIds.of(problem, task))
        .setParentId(task.getParent() == null ? null : task.getParent().getCandidateId())
        .setStage(task.getStage()).setModel(task.getModel()).setSample(0)
        .setDataset(problem.getDataset()).setTaskId(problem.getTaskId()).setProblemId(problem.getProblemId())
        .setLanguage(problem.getLanguage()).setPromptSha256("p").setOutcome(answer.outcome())
        .setCostUsd(answer.costUsd()).setInputTokens(100).setOutputTokens(50)
        .setCode("code of " + key);
    if (answer.outcome() == CandidateOutcome.PROVIDER_ERROR) {
      return new Step(candidate.setProviderError("TIMEOUT: no answer").build(), StepOrigin.ASKED);
    }
    candidate.setForm("continuation").setResult(result(problem, answer.verdict(), answer.peakRss()));
    if (task.getStage().equals(Stage.REFINE.id()) && answer.verdict() == Verdict.PASSED) {
      candidate.setRefinement(Refinement.newBuilder()
          .setInputWallNanos(List.of()).setRefinedWallNanos(List.of())
          .setInputMedianNanos(INPUT_MEDIAN).setRefinedMedianNanos(INPUT_MEDIAN / answer.speedup())
          .setSpeedup(answer.speedup()).setPValue(answer.faster() ? 0.004 : 0.4).setFaster(answer.faster())
          .build());
    }
    return new Step(candidate.build(), StepOrigin.ASKED);
  }

  @Override
  public Candidate measure(Problem problem, Candidate passing) {
    measurements++;
    ExecutionResult measured = ExecutionResult.newBuilder(result(problem, measuredVerdict, INPUT_PEAK))
        .setWallNanos((long) INPUT_MEDIAN).setRepeats(5).build();
    return Candidate.newBuilder(passing).setResult(measured).build();
  }

  @Override
  public Candidate judge(Problem problem, Candidate candidate) {
    String key = candidate.getStage() + "/" + candidate.getModel();
    Verdict verdict = onFullTests.getOrDefault(key, candidate.getResult().getVerdict());
    return Candidate.newBuilder(candidate).setResult(result(problem, verdict, candidate.getResult().getPeakRssBytes()))
        .build();
  }

  @Override
  public Candidate compare(Problem problem, Candidate refined, Candidate measuredInput) {
    Candidate judged = judge(problem, refined);
    if (judged.getResult().getVerdict() != Verdict.PASSED) {
      return Candidate.newBuilder(judged).setRefinement(null).build();
    }
    double speedup = fullTestSpeedup > 0 ? fullTestSpeedup : refined.getRefinement().getSpeedup();
    return Candidate.newBuilder(judged).setRefinement(Refinement.newBuilder(refined.getRefinement())
        .setSpeedup(speedup).setRefinedMedianNanos(INPUT_MEDIAN / speedup).setFaster(speedup > 1.1).build()).build();
  }

  private static ExecutionResult result(Problem problem, Verdict verdict, long peakRss) {
    return ExecutionResult.newBuilder()
        .setDataset(problem.getDataset()).setTaskId(problem.getTaskId()).setProblemId(problem.getProblemId())
        .setLanguage(problem.getLanguage()).setLabel("c").setCodeSha256("x").setVerdict(verdict)
        .setMessage(verdict == Verdict.PASSED ? "" : "assertion failed").setWallNanos(50_000_000)
        .setPeakRssBytes(peakRss).setToolchain("t").setSandbox("bwrap").build();
  }
}
