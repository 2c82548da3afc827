package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.answer;
import static io.perforch.models.simulated.SimulatedTestSupport.client;
import static io.perforch.models.simulated.SimulatedTestSupport.sampleProblem;
import static io.perforch.models.simulated.SimulatedTestSupport.sampleProblems;
import static io.perforch.models.simulated.SimulatedTestSupport.uniform;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.SandboxLimits;
import io.perforch.execution.sandbox.Sandboxes;
import io.perforch.models.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated fleet's wrong answers really are wrong: a model that always misses answers every
 * sample problem in every language (70 programs), and the real Executor judges each in the sandbox.
 * At least 90% per language must fail; the rest are mutants that happen to behave like the original.
 */
class MutantBreakageTest {
  @TempDir static Path cacheRoot;
  private static Executor executor;

  @BeforeAll
  static void startExecutor() {
    // A mutant that loops forever is a TIMEOUT whatever the limit; a short one ends it sooner.
    SandboxLimits limits =
        SandboxLimits.defaults().withCpuTime(Duration.ofSeconds(5)).withWallTimeout(Duration.ofSeconds(10));
    executor = new Executor(ExecutionSettings.defaults(Sandboxes.create("bwrap"))
        .withCacheRoot(cacheRoot).withReuseResults(false).withRunLimits(limits));
  }

  @AfterAll
  static void stopExecutor() {
    executor.close();
  }

  @Test
  void atLeastNineInTenMutantsOfTheCanonicalSolutionsFailTheirTests() throws Exception {
    SimulatedModelClient alwaysWrong = client("sim-always-wrong", uniform(1, 0.0, 0.0));
    List<Submission> submissions = new ArrayList<>();
    for (Problem problem : sampleProblems()) {
      submissions.add(new Submission(problem, "mutant", answer(alwaysWrong, problem, Stage.GENERATE, null, 0)));
    }
    // One canonical per language proves the toolchain and tests work, so a failure means the mutant.
    for (Language language : Language.values()) {
      submissions.add(Submission.reference(sampleProblem(language, "merge_intervals"), "canonical"));
    }

    List<ExecutionResult> results = executor.executeAll(submissions, result -> {});

    Map<Language, int[]> failedOfTotal = new EnumMap<>(Language.class);
    Map<String, Integer> verdicts = new TreeMap<>();
    List<String> survivors = new ArrayList<>();
    for (int i = 0; i < submissions.size(); i++) {
      ExecutionResult result = results.get(i);
      Submission submission = submissions.get(i);
      assertThat(result.getVerdict()).as(result.getTaskId() + " " + result.getMessage())
          .isNotIn(Verdict.TOOLCHAIN_MISSING, Verdict.SANDBOX_ERROR);
      if (submission.label().equals("canonical")) {
        assertThat(result.getVerdict()).as(result.getTaskId() + " canonical: " + result.getMessage())
            .isEqualTo(Verdict.PASSED);
        continue;
      }
      int[] counts = failedOfTotal.computeIfAbsent(Language.of(submission.problem()), l -> new int[2]);
      counts[0] += result.getVerdict() != Verdict.PASSED ? 1 : 0;
      counts[1]++;
      verdicts.merge(result.getVerdict().name(), 1, Integer::sum);
      if (result.getVerdict() == Verdict.PASSED) {
        survivors.add(result.getTaskId() + ":\n" + submission.code());
      }
    }

    System.out.println("Mutants judged not PASSED, per language: " + describe(failedOfTotal) + "; verdicts "
        + verdicts + "; passed anyway: " + String.join("\n", survivors));
    failedOfTotal.forEach((language, counts) -> assertThat((double) counts[0] / counts[1])
        .as("%s: %d of %d mutants failed", language.id(), counts[0], counts[1]).isGreaterThanOrEqualTo(0.9));
    assertThat(failedOfTotal).hasSize(Language.values().length);
  }

  private static String describe(Map<Language, int[]> failedOfTotal) {
    StringBuilder text = new StringBuilder();
    failedOfTotal.forEach((language, counts) -> text.append(text.length() == 0 ? "" : ", ")
        .append(language.id()).append(' ').append(counts[0]).append('/').append(counts[1]));
    return text.toString();
  }
}
