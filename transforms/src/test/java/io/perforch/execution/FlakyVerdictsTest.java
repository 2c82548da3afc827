package io.perforch.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.Sandboxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs whose verdict changes from run to run, through the real sandbox: a Python program that tosses
 * a coin from {@code os.urandom} passes half its runs. The cache must not freeze one unlucky run, and a
 * flakiness check must say so. Assertions on the coin hold unless 30 or more fair tosses all come out the
 * same (a chance below one in 10^8).
 */
class FlakyVerdictsTest {
  /** Passes when the coin shows 0. */
  private static final String COIN = "    return os.urandom(1)[0] % 2\n";

  @TempDir Path cache;
  private ExecutionSettings settings;
  private Executor executor;

  @BeforeEach
  void startExecutor() {
    settings = ExecutionSettings.defaults(Sandboxes.create("bwrap")).withWorkers(1).withCacheRoot(cache);
    executor = new Executor(settings);
  }

  @AfterEach
  void stopExecutor() {
    executor.close();
  }

  @Test
  void aFlakinessCheckRecordsEveryVerdictOfAProgramThatFailsAtRandom() {
    try (Executor checking = new Executor(settings.withCheckRuns(40))) {
      ExecutionResult result = checking.execute(coin("check"));

      assertThat(result.getVerdictsSeen()).hasSize(40).contains(Verdict.PASSED, Verdict.FAILED)
          .containsOnly(Verdict.PASSED, Verdict.FAILED);
      assertThat(result.getVerdict()).isEqualTo(result.getVerdictsSeen().get(0));
      assertThat(result.getFlaky()).isTrue();
      assertThat(result.getFromCache()).isFalse();
    }
  }

  @Test
  void aDeterministicProgramIsNotFlaky() {
    try (Executor checking = new Executor(settings.withCheckRuns(5))) {
      ExecutionResult passing = checking.execute(submission("pass", "    return 0\n"));
      ExecutionResult failing = checking.execute(submission("fail", "    return 1\n"));

      assertThat(passing.getVerdictsSeen()).hasSize(5).containsOnly(Verdict.PASSED);
      assertThat(failing.getVerdictsSeen()).hasSize(5).containsOnly(Verdict.FAILED);
      assertThat(passing.getFlaky()).isFalse();
      assertThat(failing.getFlaky()).isFalse();
    }
  }

  @Test
  void aFailureIsJudgedTwiceBeforeTheCacheServesIt() {
    ExecutionResult first = executor.execute(submission("fail", "    return 1\n"));
    ExecutionResult again = executor.execute(submission("fail", "    return 1\n"));

    assertThat(first.getFromCache()).isFalse();
    assertThat(first.getVerdictsSeen()).containsExactly(Verdict.FAILED, Verdict.FAILED);
    assertThat(again.getFromCache()).isTrue();
    assertThat(again.getVerdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void aPassIsCachedAfterOneRun() {
    ExecutionResult first = executor.execute(submission("pass", "    return 0\n"));
    ExecutionResult again = executor.execute(submission("pass", "    return 0\n"));

    assertThat(first.getVerdictsSeen()).containsExactly(Verdict.PASSED);
    assertThat(again.getFromCache()).isTrue();
  }

  @Test
  void anUnluckyFailureOfAProgramThatFailsAtRandomIsNotServedForever() {
    // the case: the first run fails by chance; trials until one does and then passes (1 in 4 each)
    ExecutionResult unlucky = null;
    for (int trial = 0; trial < 60 && unlucky == null; trial++) {
      ExecutionResult result = executor.execute(coin("trial " + trial));
      if (result.getVerdict() == Verdict.FAILED) {
        assertThat(result.getVerdictsSeen()).as("a failure is judged twice").hasSize(2);
        if (result.getVerdictsSeen().get(1) == Verdict.PASSED) {
          unlucky = result;
        }
      }
    }
    assertThat(unlucky).as("no coin came up FAILED then PASSED in 60 trials").isNotNull();
    assertThat(unlucky.getFlaky()).isTrue();

    ExecutionResult later = executor.execute(new Submission(coinProblem(), "later", codeOf(unlucky)));

    assertThat(later.getFromCache()).isFalse();
    assertThat(later.getFlaky()).as("once seen flaky, reported flaky").isTrue();
  }

  @Test
  void aProgramSeenFlakyIsJudgedAgainEveryTime() {
    try (Executor checking = new Executor(settings.withCheckRuns(30))) {
      assertThat(checking.execute(coin("seen")).getFlaky()).isTrue();
    }
    List<ExecutionResult> later = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      later.add(executor.execute(coin("seen")));
    }

    assertThat(later).allSatisfy(result -> {
      assertThat(result.getFromCache()).isFalse();
      assertThat(result.getFlaky()).isTrue();
    });
    assertThat(later).extracting(ExecutionResult::getVerdict).contains(Verdict.PASSED, Verdict.FAILED);
  }

  @Test
  void aFailureCachedBeforeThisRuleIsJudgedAgain() throws IOException {
    ExecutionResult first = executor.execute(submission("fail", "    return 1\n"));
    Path entry;
    try (Stream<Path> files = Files.walk(cache.resolve("results"))) {
      entry = files.filter(file -> file.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    // what an earlier PerfOrch stored: the first run's verdict alone
    Files.writeString(entry, Files.readString(entry).replaceFirst("\"verdictsSeen\":\\[[^]]*]", "\"verdictsSeen\":[]"));

    ExecutionResult again = executor.execute(submission("fail", "    return 1\n"));

    assertThat(first.getVerdict()).isEqualTo(Verdict.FAILED);
    assertThat(again.getFromCache()).isFalse();
    assertThat(again.getVerdictsSeen()).containsExactly(Verdict.FAILED, Verdict.FAILED);
    assertThat(executor.execute(submission("fail", "    return 1\n")).getFromCache()).isTrue();
  }

  /** The coin program; {@code variant} makes its source, and so its cache entry, its own. */
  private static Submission coin(String variant) {
    return new Submission(coinProblem(), variant, COIN + "    # " + variant + "\n");
  }

  private static String codeOf(ExecutionResult result) {
    return COIN + "    # " + result.getLabel() + "\n";
  }

  private static Submission submission(String label, String body) {
    return new Submission(coinProblem(), label, body);
  }

  private static Problem coinProblem() {
    return Problem.newBuilder()
        .setDataset("engine-test")
        .setTaskId("Python/coin")
        .setProblemId("engine-test/coin")
        .setLanguage("python")
        .setPrompt("import os\n\n\ndef coin():\n")
        .setDeclaration("def coin():\n")
        .setEntryPoint("coin")
        .setShape(ProgramShape.COMPLETION)
        .setSolutions(List.of())
        .setTest("\n\nassert coin() == 0\n")
        .build();
  }
}
