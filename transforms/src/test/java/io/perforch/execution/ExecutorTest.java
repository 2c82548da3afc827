package io.perforch.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.SandboxLimits;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every verdict a test program can earn, in each language, through the real sandbox and compilers. */
class ExecutorTest {
  @TempDir static Path cache;
  private static Executor executor;

  /** Completions of add(a, b) per language and the verdict each must get. */
  private static final Map<Language, Map<Verdict, String>> PROGRAMS = Map.of(
      Language.PYTHON, Map.of(
          Verdict.PASSED, "    return a + b\n",
          Verdict.FAILED, "    return a - b\n",
          Verdict.COMPILE_ERROR, "    return a +\n",
          Verdict.RUNTIME_ERROR, "    return a + undefined_name\n",
          Verdict.TIMEOUT, "    while True:\n        pass\n",
          Verdict.MEMORY_LIMIT, "    x = bytearray(1 << 34)\n    return a + b\n",
          Verdict.OUTPUT_LIMIT, "    while True:\n        print('x' * 1000)\n"),
      Language.JAVA, Map.of(
          Verdict.PASSED, "        return a + b;\n    }\n}\n",
          Verdict.FAILED, "        return a * b;\n    }\n}\n",
          Verdict.COMPILE_ERROR, "        return a + ;\n    }\n}\n",
          Verdict.RUNTIME_ERROR, "        return a / (b - b);\n    }\n}\n",
          Verdict.TIMEOUT, "        while (true) { }\n    }\n}\n"),
      Language.CPP, Map.of(
          Verdict.PASSED, "    return a + b;\n}\n",
          Verdict.FAILED, "    return a - b;\n}\n",
          Verdict.COMPILE_ERROR, "    return a + ;\n}\n",
          Verdict.RUNTIME_ERROR, "    int* p = nullptr; return *p + a + b;\n}\n",
          Verdict.TIMEOUT, "    volatile int x = 0; while (true) { x++; }\n}\n"));

  @BeforeAll
  static void startExecutor() {
    // Busy loops end at the CPU limit; the wall limit is far off so that a JVM starting slowly on a
    // busy machine is no timeout.
    SandboxLimits limits = SandboxLimits.builder()
        .wallTimeout(Duration.ofSeconds(30)).cpuTime(Duration.ofSeconds(2))
        .addressSpaceBytes(2L << 30).maxOutputBytes(1 << 20).build();
    executor = new Executor(ExecutionSettings.defaults(Sandboxes.create("bwrap"))
        .withRunLimits(limits).withCacheRoot(cache));
  }

  @AfterAll
  static void stopExecutor() {
    executor.close();
  }

  static Stream<Arguments> programs() {
    return PROGRAMS.entrySet().stream().flatMap(language -> language.getValue().entrySet().stream()
        .map(program -> Arguments.of(language.getKey(), program.getKey(), program.getValue())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("programs")
  void eachProgramGetsItsVerdict(Language language, Verdict expected, String completion) {
    ExecutionResult result = executor.execute(new Submission(Problems.add(language), "t", completion));

    assertThat(result.getVerdict()).as("%s: %s %s", result.getMessage(), result.getStderr(),
        result.getCompileOutput()).isEqualTo(expected);
    assertThat(result.getToolchain()).isNotBlank();
    assertThat(result.getSandbox()).isEqualTo("bwrap");
    if (expected == Verdict.PASSED) {
      assertThat(result.getWallNanos()).isPositive();
      assertThat(result.getPeakRssBytes()).isPositive();
      // A C++ test program ends in about a millisecond, before the 5 ms sampler looks again.
      assertThat(result.getMeanRssBytes()).as(result.toString())
          .isPositive().isLessThanOrEqualTo(result.getPeakRssBytes());
      assertThat(result.getMemoryIntegralByteNanos()).isCloseTo(
          (double) result.getMeanRssBytes() * result.getWallNanos(), Percentage.withPercentage(1));
      assertThat(result.getMessage()).isEmpty();
    } else {
      assertThat(result.getMessage()).isNotBlank();
    }
    if (expected == Verdict.COMPILE_ERROR && language != Language.PYTHON) {
      assertThat(result.getCompileOutput()).contains("error");
    }
  }

  @Test
  void compiledProgramsAndResultsAreReused() {
    Submission submission = new Submission(Problems.add(Language.CPP), "first", "    return b + a;\n}\n");

    ExecutionResult first = executor.execute(submission);
    ExecutionResult again = executor.execute(new Submission(submission.problem(), "second", submission.code()));

    assertThat(first.getVerdict()).isEqualTo(Verdict.PASSED);
    assertThat(first.getFromCache()).isFalse();
    assertThat(first.getCompileMillis()).isPositive();
    assertThat(again.getFromCache()).isTrue();
    assertThat(again.getLabel()).isEqualTo("second");
    assertThat(again.getWallNanos()).isEqualTo(first.getWallNanos());
  }

  @Test
  void measurementModeReportsTheMedianOfTheRepeats() {
    try (Executor measuring = new Executor(executor.settings().withRepeats(3).withReuseResults(false))) {
      ExecutionResult result = measuring.execute(
          new Submission(Problems.add(Language.PYTHON), "m", "    return a + b\n"));

      assertThat(result.getRepeats()).isEqualTo(3);
      assertThat(result.getWallNanosSamples()).hasSize(3);
      long[] samples = result.getWallNanosSamples().stream().mapToLong(Long::longValue).sorted().toArray();
      assertThat(result.getWallNanos()).isEqualTo(samples[1]);
    }
  }

  @Test
  void manySubmissionsComeBackInOrder() {
    List<Submission> submissions = List.of(
        new Submission(Problems.add(Language.PYTHON), "a", "    return a + b\n"),
        new Submission(Problems.add(Language.PYTHON), "b", "    return a * b\n"),
        new Submission(Problems.add(Language.JAVA), "c", "        return a + b;\n    }\n}\n"));

    List<ExecutionResult> results = executor.executeAll(submissions, result -> { });

    assertThat(results).extracting(ExecutionResult::getLabel).containsExactly("a", "b", "c");
    assertThat(results).extracting(ExecutionResult::getVerdict)
        .containsExactly(Verdict.PASSED, Verdict.FAILED, Verdict.PASSED);
  }
}
