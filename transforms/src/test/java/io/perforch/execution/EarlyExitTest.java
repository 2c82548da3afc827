package io.perforch.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.TestCase;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.datasets.testing.SharedData;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A program that leaves with status 0 before its tests have finished is not PASSED, in any language and
 * by any way out: the exit functions, an exit hook, or a second thread that exits after an assertion
 * failed. Each completion below is wrong (or returns nothing), so only its early exit could make it pass.
 * Real compilers, the real bwrap sandbox.
 */
class EarlyExitTest {
  @TempDir static Path cache;
  private static Executor executor;

  @BeforeAll
  static void startExecutor() {
    executor = new Executor(ExecutionSettings.defaults(Sandboxes.create("bwrap")).withCacheRoot(cache));
  }

  @AfterAll
  static void stopExecutor() {
    executor.close();
  }

  static Stream<Arguments> earlyExits() {
    return Stream.of(
        Arguments.of(Language.PYTHON, "os._exit", "    import os\n    os._exit(0)\n"),
        Arguments.of(Language.PYTHON, "sys.exit", "    sys.exit(0)\n"),
        Arguments.of(Language.PYTHON, "raise SystemExit", "    raise SystemExit\n"),
        Arguments.of(Language.PYTHON, "exit()", "    exit()\n"),
        Arguments.of(Language.PYTHON, "atexit hook after the assertion failed",
            "    import atexit, os\n    atexit.register(os._exit, 0)\n    return a - b\n"),
        Arguments.of(Language.PYTHON, "second thread after the assertion failed",
            "    import threading, os, time\n"
                + "    threading.Thread(target=lambda: (time.sleep(0.3), os._exit(0))).start()\n    return a - b\n"),
        Arguments.of(Language.CPP, "exit", "    exit(0);\n}\n"),
        Arguments.of(Language.CPP, "_Exit", "    _Exit(0);\n}\n"),
        Arguments.of(Language.CPP, "quick_exit", "    quick_exit(0);\n}\n"),
        Arguments.of(Language.CPP, "atexit hook", "    atexit([] { _Exit(0); });\n    exit(1);\n}\n"),
        Arguments.of(Language.CPP, "SIGABRT handler after the assertion failed",
            "    return a - b;\n}\n#include <csignal>\n#include <unistd.h>\n"
                + "static int hooked = (std::signal(SIGABRT, [](int) { _exit(0); }), 0);\n"),
        Arguments.of(Language.JAVA, "System.exit", "        System.exit(0);\n        return 0;\n    }\n}\n"),
        Arguments.of(Language.JAVA, "Runtime.halt", "        Runtime.getRuntime().halt(0);\n        return 0;\n    }\n}\n"),
        Arguments.of(Language.JAVA, "shutdown hook after the assertion failed",
            "        Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(0)));\n"
                + "        return a - b;\n    }\n}\n"),
        Arguments.of(Language.JAVA, "second thread after the assertion failed",
            "        new Thread(() -> {\n            try { Thread.sleep(300); } catch (InterruptedException e) { }\n"
                + "            System.exit(0);\n        }).start();\n        return a - b;\n    }\n}\n"),
        Arguments.of(Language.RUST, "process::exit", "    std::process::exit(0);\n}\n"),
        Arguments.of(Language.RUST, "panic hook after the assertion failed",
            "    std::panic::set_hook(Box::new(|_| std::process::exit(0)));\n    a - b\n}\n"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("earlyExits")
  void aProgramThatExitsZeroBeforeItsTestsFinishIsNotPassed(Language language, String way, String completion) {
    ExecutionResult result = executor.execute(new Submission(Problems.add(language), "early-exit", completion));

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
    assertThat(result.getMessage()).isEqualTo(TestProgramJudge.STOPPED_EARLY);
  }

  static Stream<Language> languages() {
    return Stream.of(Language.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aCorrectProgramStillPasses(Language language) {
    String completion = switch (language) {
      case PYTHON -> "    return a + b\n";
      case CPP, GO -> "    return a + b;\n}\n";
      case JAVA -> "        return a + b;\n    }\n}\n";
      case RUST -> "    a + b\n}\n";
    };

    ExecutionResult result = executor.execute(new Submission(Problems.add(language), "correct", completion));

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void goOsExitZeroDuringATestIsCaughtByTheTestingPackage() {
    String solution = "import \"os\"\n\nfunc Add(a int, b int) int {\n    os.Exit(0)\n    return 0\n}\n";

    ExecutionResult result = judgeSolution(Language.GO, "early-exit", solution);

    assertThat(result.getVerdict()).as(result.toString()).isNotEqualTo(Verdict.PASSED);
    assertThat(result.getStdout() + result.getStderr()).contains("unexpected call to os.Exit(0) during test");
  }

  @Test
  void goEmptyTestMainRunsNoTestsAndIsNotPassed() {
    String solution = "import \"testing\"\n\nfunc TestMain(m *testing.M) {}\n\n"
        + "func Add(a int, b int) int {\n    return a - b\n}\n";

    ExecutionResult result = judgeSolution(Language.GO, "empty-test-main", solution);

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
    assertThat(result.getMessage()).isEqualTo(TestProgramJudge.STOPPED_EARLY);
  }

  @Test
  void goTestMainThatIgnoresFailuresIsNotPassed() {
    String solution = "import (\n    \"os\"\n    \"testing\"\n)\n\n"
        + "func TestMain(m *testing.M) {\n    m.Run()\n    os.Exit(0)\n}\n\n"
        + "func Add(a int, b int) int {\n    return a - b\n}\n";

    ExecutionResult result = judgeSolution(Language.GO, "forced-exit", solution);

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
    assertThat(result.getStdout()).contains("--- FAIL: TestAdd");
  }

  @Test
  void goTestMainThatRunsTheTestsHonestlyPasses() {
    String solution = "import (\n    \"os\"\n    \"testing\"\n)\n\n"
        + "func TestMain(m *testing.M) {\n    os.Exit(m.Run())\n}\n\n"
        + "func Add(a int, b int) int {\n    return a + b\n}\n";

    ExecutionResult result = judgeSolution(Language.GO, "honest-test-main", solution);

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void aWholeSolutionThatExitsEarlyIsNotPassedEither() {
    String solution = "import os\n\ndef add(a, b):\n    os._exit(0)\n";

    ExecutionResult result = judgeSolution(Language.PYTHON, "early-exit", solution);

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
    assertThat(result.getMessage()).isEqualTo(TestProgramJudge.STOPPED_EARLY);
  }

  static Stream<Arguments> realProblems() {
    List<Problem> humanEvalX = new HumanEvalXLoader().load(SharedData.humanEvalX() + "/*.jsonl");
    List<Problem> sample = new SampleDataset().load();
    return Stream.of(Language.values()).flatMap(language -> Stream.of(
        Arguments.of(language, firstOf(humanEvalX, language)), Arguments.of(language, firstOf(sample, language))));
  }

  private static Problem firstOf(List<Problem> problems, Language language) {
    return problems.stream().filter(p -> Language.of(p) == language).findFirst().orElseThrow();
  }

  /** The plain exit of each language inside the function under test of a real problem. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("realProblems")
  void realHumanEvalXAndSampleProblemsAreNotPassedByAnExit(Language language, Problem problem) {
    Submission submission = switch (language) {
      case PYTHON -> new Submission(problem, "exit", "    import os\n    os._exit(0)\n");
      case CPP -> new Submission(problem, "exit", "    exit(0);\n}\n");
      case JAVA -> new Submission(problem, "exit",
          "        System.exit(0);\n        throw new IllegalStateException();\n    }\n}\n");
      case RUST -> new Submission(problem, "exit", "    std::process::exit(0);\n}\n");
      // a Go completion cannot import os; a whole solution can
      case GO -> new Submission(problem, "exit", "import \"os\"\n\n" + problem.getDeclaration().strip()
          + "\n    os.Exit(0)\n    panic(0)\n}\n", CodeForm.SOLUTION);
    };

    ExecutionResult result = executor.execute(submission);

    assertThat(result.getVerdict()).as(result.toString()).isIn(Verdict.FAILED, Verdict.RUNTIME_ERROR);
    if (language != Language.GO) {
      assertThat(result.getMessage()).isEqualTo(TestProgramJudge.STOPPED_EARLY);
    }
  }

  private static ExecutionResult judgeSolution(Language language, String label, String solution) {
    return executor.execute(new Submission(Problems.add(language), label, solution, CodeForm.SOLUTION));
  }

  // ---------------------------------------------------------------- EffiBench-X

  private static final String PYTHON_RUNNER = """
      ==Code Submission==

      if __name__ == "__main__":
          a, b = map(int, sys.stdin.read().split())
          print(Solution().add(a, b))
      """;

  @Test
  void aFunctionalSolutionThatPrintsTheAnswerAndExitsBeforeTheRunnerFinishedIsNotPassed() {
    Problem problem = StdioJudgeTest.problem(Language.PYTHON, "functional", PYTHON_RUNNER, null,
        new TestCase("1 2", "3"), new TestCase("5 5", "10"));
    String honest = "class Solution:\n    def add(self, a, b):\n        return a + b\n";
    String early = "class Solution:\n    def add(self, a, b):\n"
        + "        print(a + b, flush=True)\n        os._exit(0)\n";

    ExecutionResult passing = executor.execute(new Submission(problem, "honest", honest));
    ExecutionResult exited = executor.execute(new Submission(problem, "early", early));

    assertThat(passing.getVerdict()).as(passing.toString()).isEqualTo(Verdict.PASSED);
    assertThat(exited.getVerdict()).as(exited.toString()).isEqualTo(Verdict.FAILED);
    assertThat(exited.getMessage()).startsWith("case 1 of 2: the program exited with status 0 before the test runner");
  }

  @Test
  void ioProgramsAreJudgedByTheirOutputsSoAnEarlyCleanExitAfterTheAnswerStillPasses() {
    Problem problem = StdioJudgeTest.problem(Language.PYTHON, "io", null, null,
        new TestCase("1 2", "3"), new TestCase("5 5", "10"));
    String program = "import os, sys\na, b = map(int, sys.stdin.read().split())\n"
        + "print(a + b, flush=True)\nos._exit(0)\nprint('never reached')\n";

    ExecutionResult result = executor.execute(new Submission(problem, "io", program));

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
  }
}
