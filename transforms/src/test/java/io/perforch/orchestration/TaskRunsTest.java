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

/** Every loop of a task together, validated with the full tests or with the examples and then scored. */
class TaskRunsTest {
  private static final Problem PROBLEM = Problem.newBuilder()
      .setDataset("sample").setTaskId("Python/3").setProblemId("sample/3").setLanguage("python")
      .setPrompt("def f():").setTest("full tests").setExampleTest("example tests").build();
  private static final List<TaskRoute> ROUTES = List.of(
      new TaskRoute(TaskRoute.ORCHESTRATOR, List.of("g1"), List.of("f1"), List.of()),
      TaskRoute.single("g1").only(List.of(Stage.GENERATE)));
  private static final LoopSettings EXAMPLES =
      new LoopSettings(5, 0, 0, RefineMode.FIRST_IMPROVEMENT, 0, Validation.EXAMPLES);

  @Test
  void aProgramThatPassesOnlyTheExamplesIsValidatedButNotSolved() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .onFullTests(Stage.GENERATE, "g1", Verdict.FAILED);

    TaskRuns.Outcome outcome = new TaskRuns(steps, EXAMPLES).run(PROBLEM, ROUTES);

    TaskResult routed = outcome.results().get(0);
    assertThat(routed.getValidation()).isEqualTo("examples");
    assertThat(routed.getValidated()).isTrue();
    assertThat(routed.getSolved()).isFalse();
    assertThat(routed.getGeneratePassed()).isFalse();
    assertThat(routed.getFinalVerdict()).isEqualTo("FAILED");
    assertThat(outcome.results().get(2).getLoop()).isEqualTo(TaskRoute.ORACLE);
    assertThat(outcome.results().get(2).getSolved()).isFalse();
    assertThat(outcome.traces()).filteredOn(s -> s.getDecision() == Decision.SCORED)
        .extracting(TraceStep::getReason).first().asString().contains("fails the full tests");
  }

  @Test
  void withTheFullTestsTheLoopsVerdictIsTheScore() throws InterruptedException {
    ScriptedSteps steps = new ScriptedSteps().generate("g1", Verdict.PASSED)
        .onFullTests(Stage.GENERATE, "g1", Verdict.FAILED);

    TaskRuns.Outcome outcome = new TaskRuns(steps, LoopSettings.DEFAULT).run(PROBLEM, ROUTES);

    assertThat(outcome.results().get(0).getSolved()).isTrue();
    assertThat(outcome.results().get(0).getValidation()).isEqualTo("full");
    assertThat(outcome.traces()).noneMatch(s -> s.getDecision() == Decision.SCORED);
  }

  @Test
  void aFixShownAnExampleFailureIsAnotherLineageThanTheProfilesFix() throws InterruptedException {
    ScriptedSteps full = new ScriptedSteps().generate("g1", Verdict.FAILED).fix("f1", Verdict.PASSED);
    ScriptedSteps examples = new ScriptedSteps().generate("g1", Verdict.FAILED).fix("f1", Verdict.PASSED);

    List<TraceStep> fullTrace = new TaskRuns(full, LoopSettings.DEFAULT).run(PROBLEM, ROUTES).traces();
    List<TraceStep> examplesTrace = new TaskRuns(examples, EXAMPLES).run(PROBLEM, ROUTES).traces();

    assertThat(idOf(fullTrace, "generate")).isEqualTo(idOf(examplesTrace, "generate"));
    assertThat(idOf(fullTrace, "fix")).isNotEqualTo(idOf(examplesTrace, "fix"));
  }

  private static String idOf(List<TraceStep> trace, String stage) {
    return trace.stream().filter(s -> s.getStage().equals(stage) && s.getModel() != null).findFirst().orElseThrow()
        .getCandidateId();
  }
}
