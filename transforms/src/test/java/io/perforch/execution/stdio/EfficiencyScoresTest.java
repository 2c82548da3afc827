package io.perforch.execution.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EfficiencyScoresTest {
  private static final String PROBLEM = "effibench-x/aizu_1444";

  @Test
  void eachScoreIsTheCanonicalFigureOverTheCandidatesCappedAtOne() {
    ExecutionResult candidate = result("model", Verdict.PASSED, 400, 2000, 8000);
    ExecutionResult runtime = result("canonical_runtime", Verdict.PASSED, 100, 1500, 6000);
    ExecutionResult memory = result("canonical_memory", Verdict.PASSED, 300, 1000, 4000);

    EfficiencyScores.Scores scores = EfficiencyScores.of(candidate, List.of(runtime, memory));

    assertThat(scores.executionTime().getAsDouble()).isCloseTo(100.0 / 400, within(1e-12));
    assertThat(scores.memoryPeak().getAsDouble()).isCloseTo(1000.0 / 2000, within(1e-12));
    assertThat(scores.memoryIntegral().getAsDouble()).isCloseTo(4000.0 / 8000, within(1e-12));

    ExecutionResult faster = result("model", Verdict.PASSED, 50, 500, 1000);
    EfficiencyScores.Scores capped = EfficiencyScores.of(faster, List.of(runtime, memory));
    assertThat(capped.executionTime()).hasValue(1.0);
    assertThat(capped.memoryPeak()).hasValue(1.0);
    assertThat(capped.memoryIntegral()).hasValue(1.0);
  }

  @Test
  void theIntegralYardstickIsTheSmallerOfTheTwoOptimisedSolutions() {
    ExecutionResult candidate = result("model", Verdict.PASSED, 100, 100, 10_000);
    ExecutionResult runtime = result("canonical_runtime", Verdict.PASSED, 100, 100, 2_500);
    ExecutionResult memory = result("canonical_memory", Verdict.PASSED, 100, 100, 5_000);

    assertThat(EfficiencyScores.of(candidate, List.of(runtime, memory)).memoryIntegral().getAsDouble())
        .isCloseTo(0.25, within(1e-12));
  }

  @Test
  void aFailedCandidateScoresZero() {
    ExecutionResult candidate = result("model", Verdict.FAILED, 1, 1, 1);
    ExecutionResult runtime = result("canonical_runtime", Verdict.PASSED, 100, 100, 100);

    EfficiencyScores.Scores scores = EfficiencyScores.of(candidate, List.of(runtime));

    assertThat(scores.executionTime()).hasValue(0.0);
    assertThat(scores.memoryPeak()).hasValue(0.0);
    assertThat(scores.memoryIntegral()).hasValue(0.0);
  }

  @Test
  void thePlainCanonicalStandsInForAMissingOptimisedSolution() {
    ExecutionResult candidate = result("model", Verdict.PASSED, 200, 200, 200);
    ExecutionResult canonical = result("canonical", Verdict.PASSED, 100, 50, 20);
    ExecutionResult failedRuntime = result("canonical_runtime", Verdict.TIMEOUT, 1, 1, 1);

    EfficiencyScores.Scores scores = EfficiencyScores.of(candidate, List.of(failedRuntime, canonical));

    assertThat(scores.executionTime()).hasValue(0.5);
    assertThat(scores.memoryPeak()).hasValue(0.25);
    assertThat(scores.memoryIntegral()).hasValue(0.1);
  }

  @Test
  void withoutAPassingReferenceThereIsNoScore() {
    ExecutionResult candidate = result("model", Verdict.PASSED, 200, 200, 200);
    ExecutionResult failed = result("canonical", Verdict.FAILED, 100, 100, 100);
    ExecutionResult otherLanguage = ExecutionResult.newBuilder(result("canonical_runtime", Verdict.PASSED, 1, 1, 1))
        .setLanguage("java").build();

    EfficiencyScores.Scores scores = EfficiencyScores.of(candidate, List.of(failed, otherLanguage));

    assertThat(scores.executionTime()).isEqualTo(OptionalDouble.empty());
    assertThat(scores.memoryPeak()).isEmpty();
    assertThat(scores.memoryIntegral()).isEmpty();
  }

  @Test
  void ratioIsClampedAndSafeForAZeroCandidate() {
    assertThat(EfficiencyScores.ratio(3, 4)).isEqualTo(0.75);
    assertThat(EfficiencyScores.ratio(5, 4)).isEqualTo(1.0);
    assertThat(EfficiencyScores.ratio(-1, 4)).isEqualTo(0.0);
    assertThat(EfficiencyScores.ratio(5, 0)).isEqualTo(1.0);
  }

  private static ExecutionResult result(String label, Verdict verdict, long wallNanos, long peakRss, double integral) {
    return ExecutionResult.newBuilder()
        .setDataset("effibench-x")
        .setTaskId("Python/aizu_1444")
        .setProblemId(PROBLEM)
        .setLanguage("python")
        .setLabel(label)
        .setCodeSha256("0")
        .setVerdict(verdict)
        .setWallNanos(wallNanos)
        .setPeakRssBytes(peakRss)
        .setMemoryIntegralByteNanos(integral)
        .setWallNanosSamples(List.of(wallNanos))
        .build();
  }
}
