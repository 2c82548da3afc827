package io.perforch.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.effibench.EffiBenchXLoader;
import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.testing.SharedData;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example-test view of real HumanEval-X and EffiBench-X problems: what it holds, and that the real
 * sandbox runs it (the reference solutions pass it, a wrong program fails it where examples exist).
 */
class ExampleTestsTest {
  @TempDir static Path cache;
  private static Executor executor;
  private static Map<String, Problem> humanEvalX;

  @BeforeAll
  static void load() {
    humanEvalX = new HumanEvalXLoader().load(SharedData.humanEvalX() + "/*.jsonl").stream()
        .collect(Collectors.toMap(Problem::getTaskId, Function.identity()));
    executor = new Executor(ExecutionSettings.defaults(Sandboxes.create("bwrap")).withCacheRoot(cache));
  }

  @AfterAll
  static void stop() {
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void aHumanEvalXProblemsExamplesReplaceItsTestsAndNothingElse() {
    Problem full = humanEvalX.get("Python/0");

    Problem view = ExampleTests.of(full);

    assertThat(ExampleTests.kindOf(full)).isEqualTo(ExampleTests.Kind.EXAMPLES);
    assertThat(view.getTest()).isEqualTo(full.getExampleTest()).isNotEqualTo(full.getTest());
    assertThat(Problem.newBuilder(view).setTest(full.getTest()).build()).isEqualTo(full);
  }

  @Test
  void problemsWithoutExamplesAreOnlyBuiltAndRun() {
    assertThat(Stream.of("Python/38", "Java/41", "CPP/50", "Go/83", "Rust/0", "Rust/163")
        .map(id -> ExampleTests.kindOf(humanEvalX.get(id))))
        .containsOnly(ExampleTests.Kind.BUILD_ONLY);
    assertThat(humanEvalX.get("Rust/0").getExampleTest()).isEqualTo("None");
    long withoutExamples = humanEvalX.values().stream()
        .filter(p -> ExampleTests.kindOf(p) == ExampleTests.Kind.BUILD_ONLY).count();
    assertThat(withoutExamples).isEqualTo(4 * 6 + 164);
  }

  @Test
  void anEffiBenchXProblemKeepsItsFirstCases() {
    Problem full = new EffiBenchXLoader().load(SharedData.effiBenchSample().toString()).get(0);

    Problem view = ExampleTests.of(full);

    assertThat(ExampleTests.kindOf(full)).isEqualTo(ExampleTests.Kind.FIRST_CASES);
    assertThat(view.getStdio().getTestCases())
        .containsExactlyElementsOf(full.getStdio().getTestCases().subList(0, ExampleTests.FIRST_CASES));
    assertThat(full.getStdio().getTestCases()).hasSizeGreaterThan(ExampleTests.FIRST_CASES);
  }

  static Stream<String> tasks() {
    return Stream.of("Python/0", "Java/0", "CPP/0", "Go/0", "Python/38", "Java/38", "CPP/38", "Go/38", "Rust/0",
        "Rust/38");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void theCanonicalSolutionPassesTheExampleView(String taskId) {
    Problem view = ExampleTests.of(humanEvalX.get(taskId));

    ExecutionResult result = executor.execute(Submission.reference(view, "canonical"));

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void aWrongProgramFailsTheExamplesButNotAnEmptyTest() {
    String wrong = "    return False\n";
    Problem withExamples = ExampleTests.of(humanEvalX.get("Python/0"));
    Problem buildOnly = ExampleTests.of(humanEvalX.get("Python/38"));

    assertThat(executor.execute(new Submission(withExamples, "wrong", wrong)).getVerdict()).isEqualTo(Verdict.FAILED);
    assertThat(executor.execute(new Submission(buildOnly, "wrong", "    return s\n")).getVerdict())
        .isEqualTo(Verdict.PASSED);
    assertThat(executor.execute(new Submission(buildOnly, "broken", "    return s +\n")).getVerdict())
        .isNotEqualTo(Verdict.PASSED);
  }

  @Test
  void theReferenceSolutionsPassTheFirstCasesOfAnEffiBenchXProblem() {
    List<Problem> firstCases = new EffiBenchXLoader().load(SharedData.effiBenchSample().toString()).stream()
        .map(ExampleTests::of).toList();
    for (Problem problem : firstCases) {
      ExecutionResult result = executor.execute(Submission.reference(problem, problem.getSolutions().get(0).getLabel()));
      assertThat(result.getVerdict()).as(problem.getTaskId() + " " + result).isEqualTo(Verdict.PASSED);
      assertThat(result.getCasesTotal()).isEqualTo(ExampleTests.FIRST_CASES);
    }
  }
}
