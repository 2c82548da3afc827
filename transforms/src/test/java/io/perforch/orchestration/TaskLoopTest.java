package io.perforch.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.Verdict;
import io.perforch.models.Stage;
import io.perforch.orchestration.model.Decision;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskLoopTest {
  private static final Problem PROBLEM = Problem.newBuilder()
      .setDataset("sample").setTaskId("Python/3").setProblemId("sample/3").setLanguage("python")
      .setPrompt("def f():").setCategory("simulation").build();
  private static final TaskRoute ROUTE = new TaskRoute(TaskRoute.ORCHESTRATOR,
      List.of("g1", "g2"), List.of("f1", "f2"), List.of("r1", "r2"));

  private static LoopOutcome run(ScriptedSteps steps, LoopSettings settings) throws InterruptedException {
    return new TaskLoop(steps, settings).run(PROBLEM, ROUTE);
  }

  private static LoopOutcome run(ScriptedSteps steps) throws InterruptedException {
    return run(steps, LoopSettings.DEFAULT);
  }

  private static List<Decision> decisions(LoopOutcome outcome) {
    return outcome.trace().stream().map(TraceStep::getDecision).toList();
  }

  @Test
  void aPassingGenerationIsMeasuredAndTheFirstFasterRefinementIsAccepted() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .refine("r1", Verdict.PASSED, 1.8, true, ScriptedSteps.INPUT_PEAK)
        .refine("r2", Verdict.PASSED, 3.0, true, ScriptedSteps.INPUT_PEAK);

    LoopOutcome outcome = run(steps);

    assertThat(steps.asked()).containsExactly("generate/g1", "refine/r1");
    assertThat(decisions(outcome)).containsExactly(Decision.PASSED, Decision.MEASURED, Decision.ACCEPTED, Decision.FINAL);
    TaskResult result = outcome.result();
    assertThat(result.getSolved()).isTrue();
    assertThat(result.getGeneratePassed()).isTrue();
    assertThat(result.getRefined()).isTrue();
    assertThat(result.getSpeedup()).isEqualTo(1.8);
    assertThat(result.getFinalStage()).isEqualTo("refine");
    assertThat(result.getFinalModel()).isEqualTo("r1");
    assertThat(result.getCalls()).isEqualTo(2);
    assertThat(result.getRollbacks()).isZero();
    assertThat(result.getCategories()).containsExactly("simulation");
  }

  @Test
  void aFailingGenerationIsFixedByTheFixModelsInRankOrder() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.FAILED)
        .fix("f1", Verdict.COMPILE_ERROR).fix("f2", Verdict.PASSED);

    LoopOutcome outcome = run(steps);

    assertThat(steps.asked()).startsWith("generate/g1", "fix/f1", "fix/f2");
    assertThat(outcome.result().getFinalStage()).isEqualTo("fix");
    assertThat(outcome.result().getFinalModel()).isEqualTo("f2");
    assertThat(outcome.result().getGeneratePassed()).isFalse();
    TraceStep fixed = outcome.trace().get(2);
    assertThat(fixed.getParentId()).isEqualTo(outcome.trace().get(0).getCandidateId());
    assertThat(fixed.getRank()).isEqualTo(2);
  }

  @Test
  void whenEveryFixFailsTheNextGenerateModelIsTriedAndItsProgramFixed() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.FAILED).generate("g2", Verdict.FAILED)
        .fix("f1", Verdict.FAILED).fix("f2", Verdict.FAILED);

    LoopOutcome outcome = run(steps);

    assertThat(steps.asked()).containsExactly("generate/g1", "fix/f1", "fix/f2", "generate/g2", "fix/f1", "fix/f2");
    assertThat(outcome.result().getSolved()).isFalse();
    assertThat(outcome.result().getFinalCandidateId()).isNull();
    assertThat(outcome.result().getStopReason()).contains("no program passed");
    assertThat(outcome.candidates()).hasSize(6);
    assertThat(steps.measurements()).isZero();
  }

  @Test
  void aRefinementThatFailsItsTestsIsRolledBack() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .refine("r1", Verdict.FAILED, 0, false, ScriptedSteps.INPUT_PEAK);

    LoopOutcome outcome = run(steps);

    assertThat(outcome.result().getFinalStage()).isEqualTo("generate");
    assertThat(outcome.result().getRefined()).isFalse();
    assertThat(outcome.result().getSpeedup()).isEqualTo(1.0);
    assertThat(outcome.result().getRollbacks()).isEqualTo(1);
    TraceStep rolledBack = outcome.trace().stream().filter(s -> s.getDecision() == Decision.ROLLED_BACK).findFirst()
        .orElseThrow();
    assertThat(rolledBack.getReason()).contains("fails its tests (FAILED)", "rolled back to");
  }

  @Test
  void aRefinementThatIsNotFasterByTheSpeedupRuleIsRolledBack() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .refine("r1", Verdict.PASSED, 1.03, false, ScriptedSteps.INPUT_PEAK)
        .refine("r2", Verdict.PASSED, 0.7, false, ScriptedSteps.INPUT_PEAK);

    LoopOutcome outcome = run(steps);

    assertThat(outcome.result().getRefined()).isFalse();
    assertThat(outcome.result().getRollbacks()).isEqualTo(2);
    assertThat(outcome.result().getFinalModel()).isEqualTo("g1");
    assertThat(outcome.trace().get(2).getReason()).contains("not faster", "1.03×");
    assertThat(outcome.result().getStopReason()).contains("every refinement rolled back");
  }

  @Test
  void aFasterRefinementThatNeedsMuchMoreMemoryIsRejectedOnlyWithTheGuard() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .refine("r1", Verdict.PASSED, 2.0, true, 5 * ScriptedSteps.INPUT_PEAK);

    LoopOutcome guarded = run(steps, new LoopSettings(5, 0, 0, RefineMode.FIRST_IMPROVEMENT, 2.0, Validation.FULL));
    LoopOutcome unguarded = run(steps);

    assertThat(guarded.result().getRefined()).isFalse();
    assertThat(guarded.result().getRollbacks()).isEqualTo(1);
    assertThat(guarded.trace().get(2).getReason()).contains("5.0× its input's peak memory");
    assertThat(unguarded.result().getRefined()).isTrue();
    assertThat(unguarded.result().getFinalPeakRssBytes()).isEqualTo(5 * ScriptedSteps.INPUT_PEAK);
  }

  @Test
  void bestOfNAsksEveryRefineModelAndKeepsTheFastestThatQualifies() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .refine("r1", Verdict.PASSED, 1.5, true, ScriptedSteps.INPUT_PEAK)
        .refine("r2", Verdict.PASSED, 2.5, true, ScriptedSteps.INPUT_PEAK);

    LoopOutcome outcome = run(steps, new LoopSettings(5, 0, 0, RefineMode.BEST_OF_N, 0, Validation.FULL));

    assertThat(steps.asked()).containsExactly("generate/g1", "refine/r1", "refine/r2");
    assertThat(outcome.result().getFinalModel()).isEqualTo("r2");
    assertThat(outcome.result().getSpeedup()).isEqualTo(2.5);
    assertThat(decisions(outcome)).containsExactly(Decision.PASSED, Decision.MEASURED, Decision.FASTER,
        Decision.FASTER, Decision.FINAL);
  }

  @Test
  void theCallBudgetStopsTheLoopAndSaysSo() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.FAILED).fix("f1", Verdict.FAILED)
        .fix("f2", Verdict.PASSED);

    LoopOutcome outcome = run(steps, new LoopSettings(5, 2, 0, RefineMode.FIRST_IMPROVEMENT, 0, Validation.FULL));

    assertThat(steps.asked()).containsExactly("generate/g1", "fix/f1");
    assertThat(outcome.result().getSolved()).isFalse();
    assertThat(outcome.result().getCalls()).isEqualTo(2);
    assertThat(decisions(outcome)).containsSequence(Decision.BUDGET_EXHAUSTED, Decision.FINAL);
    assertThat(outcome.result().getStopReason()).contains("--max-calls 2");
  }

  @Test
  void theCostBudgetStopsRefinementButKeepsTheGoodProgram() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().costing(Stage.GENERATE, "g1", Verdict.PASSED, 0.02)
        .refine("r1", Verdict.PASSED, 2.0, true, ScriptedSteps.INPUT_PEAK);

    LoopOutcome outcome = run(steps, new LoopSettings(5, 0, 0.01, RefineMode.FIRST_IMPROVEMENT, 0, Validation.FULL));

    assertThat(steps.asked()).containsExactly("generate/g1");
    assertThat(outcome.result().getSolved()).isTrue();
    assertThat(outcome.result().getRefined()).isFalse();
    assertThat(outcome.result().getStopReason()).contains("--max-cost 0.01");
  }

  @Test
  void aProviderErrorIsAFailedStepNotAWrongAnswerAndIsNotFixed() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().providerError(Stage.GENERATE, "g1").generate("g2", Verdict.PASSED);

    LoopOutcome outcome = run(steps);

    assertThat(steps.asked()).startsWith("generate/g1", "generate/g2");
    TraceStep failed = outcome.trace().get(0);
    assertThat(failed.getDecision()).isEqualTo(Decision.STEP_FAILED);
    assertThat(failed.getVerdict()).isNull();
    assertThat(failed.getReason()).contains("provider error", "not a wrong answer");
    assertThat(outcome.result().getFinalModel()).isEqualTo("g2");
    assertThat(outcome.result().getGeneratePassed()).isFalse();
  }

  @Test
  void aFailureThatIsTheMachinesIsNotSentToTheFixModels() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.SANDBOX_ERROR).generate("g2", Verdict.PASSED)
        .fix("f1", Verdict.PASSED);

    LoopOutcome outcome = run(steps);

    assertThat(steps.asked()).startsWith("generate/g1", "generate/g2").doesNotContain("fix/f1");
    assertThat(outcome.trace().get(0).getReason()).contains("not the program's fault");
  }

  @Test
  void aStepMissingFromAReplayCostsNothingAndIsCounted() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g2", Verdict.PASSED); // g1 was never recorded

    LoopOutcome outcome = run(steps);

    assertThat(outcome.result().getMissingSteps()).isGreaterThanOrEqualTo(1);
    assertThat(outcome.trace().get(0).getReason()).contains("not in the profile");
    assertThat(outcome.result().getCalls()).isEqualTo(1 + 0); // g2; the refine models are missing too
    assertThat(outcome.result().getSolved()).isTrue();
  }

  @Test
  void aProgramThatFailsWhenMeasuredIsNotRefined() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED).flakyWhenMeasured()
        .refine("r1", Verdict.PASSED, 2.0, true, ScriptedSteps.INPUT_PEAK);

    LoopOutcome outcome = run(steps);

    assertThat(steps.asked()).containsExactly("generate/g1");
    assertThat(decisions(outcome)).containsExactly(Decision.PASSED, Decision.NOT_REFINED, Decision.FINAL);
    assertThat(outcome.result().getSolved()).isTrue();
  }

  @Test
  void stepsSharedByTwoLoopsOfATaskAreMadeOnce() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .refine("g1", Verdict.PASSED, 1.0, false, ScriptedSteps.INPUT_PEAK)
        .refine("r1", Verdict.PASSED, 1.0, false, ScriptedSteps.INPUT_PEAK);
    MemoizedSteps shared = new MemoizedSteps(steps);
    TaskLoop loop = new TaskLoop(shared, LoopSettings.DEFAULT);

    LoopOutcome routed = loop.run(PROBLEM, new TaskRoute(TaskRoute.ORCHESTRATOR, List.of("g1"), List.of(),
        List.of("r1", "g1")));
    LoopOutcome alone = loop.run(PROBLEM, TaskRoute.single("g1"));

    assertThat(steps.asked()).containsExactly("generate/g1", "refine/r1", "refine/g1");
    assertThat(steps.measurements()).isEqualTo(1);
    assertThat(alone.result().getCalls()).isEqualTo(2);
    assertThat(routed.result().getFirstPassCandidateId()).isEqualTo(alone.result().getFirstPassCandidateId());
  }

  @Test
  void topNCutsEachStagesRanking() {
    TaskRoute route = TaskRoute.routed(java.util.Map.of(Stage.GENERATE, List.of("a", "b", "c"),
        Stage.FIX, List.of("d"), Stage.REFINE, List.of()), 2);

    assertThat(route.generate()).containsExactly("a", "b");
    assertThat(route.fix()).containsExactly("d");
    assertThat(route.refine()).isEmpty();
    assertThat(TaskRoute.single("m").loop()).isEqualTo("single:m");
    assertThat(TaskRoute.modelOf("single:m")).isEqualTo("m");
  }
}
