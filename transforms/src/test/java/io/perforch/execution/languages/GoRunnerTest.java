package io.perforch.execution.languages;

import static io.perforch.execution.languages.LanguageTestSupport.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.TestPrograms;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.RunStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go: HumanEval-X assembly, and real go test -c builds in the sandbox, one per verdict. */
class GoRunnerTest {
  private static final String SETUP = GoTestFile.DEFAULT_SETUP;
  /** As in HumanEval-X: the prompt imports what the reference used; this completion needs no math. */
  private static final String PROMPT = """
      import (
          "math"
          "strings"
      )

      // Shout returns s in capitals, n times.
      func Shout(s string, n int) string {
      """;
  private static final String TEST = """
      func TestShout(t *testing.T) {
          assert := assert.New(t)
          assert.Equal("HEYHEY", Shout("hey", 2))
          assert.Equal("", Shout("x", 0))
      }
      """;
  private static final String PASSING = "    return strings.Repeat(strings.ToUpper(s), n)\n}\n";

  @TempDir static Path cacheRoot;
  private static Executor executor;
  private final GoRunner runner = new GoRunner();

  @BeforeAll
  static void startExecutor() {
    executor = LanguageTestSupport.executor(cacheRoot);
  }

  @AfterAll
  static void stopExecutor() {
    executor.close();
  }

  /** As HumanEval-X's import field: the prompt's import block, which upstream's harness takes out again. */
  private static Problem problem() {
    return Problem.newBuilder(LanguageTestSupport.problem(Language.GO, PROMPT, "", TEST, SETUP))
        .setImports("import (\n    \"math\"\n    \"strings\"\n)\n").build();
  }

  @Test
  void lenientAssemblyDropsUnusedPromptImportsAndKeepsUsedOnes() {
    String source = runner.testProgram(problem(), PASSING, TEST, Assembly.LENIENT).source();

    assertThat(source).startsWith(SETUP).contains("\"strings\"").doesNotContain("\"math\"");
    assertThat(source).containsSubsequence("import (\n    \"strings\"\n)\n", "func Shout(", PASSING, TEST);
    assertThat(runner.testProgram(problem(), PASSING, TEST, Assembly.LENIENT).fileName()).isEqualTo("main_test.go");
  }

  @Test
  void assemblyNeverImportsTwiceAndAddsHarnessImportsTheCompletionUses() {
    String setupWithMath = "package main\n\nimport (\n    \"testing\"\n    \"math\"\n"
        + "    \"github.com/stretchr/testify/assert\"\n)\n";
    // The prompt imports math again (test_setup has it); strconv is used without any import;
    // "sort." in a comment or a string is not a use.
    String completion = "    // sort.Ints is not needed\n    _ = \"sort.Strings\"\n"
        + "    return strconv.Itoa(int(math.Abs(float64(n)))) + s\n}\n";

    String source = GoTestFile.assemble(setupWithMath, null, PROMPT, completion, TEST);

    assertThat(source.split("\"math\"", -1)).hasSize(2);
    assertThat(source).contains("    \"strconv\"\n").doesNotContain("    \"sort\"\n").doesNotContain("\"strings\"");
  }

  @Test
  void passingProgramPasses() {
    ExecutionResult result = judge(executor, problem(), PASSING);

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
    assertThat(result.getToolchain()).startsWith("go version go1.");
  }

  @Test
  void failedTestifyAssertionIsFailed() {
    ExecutionResult result = judge(executor, problem(), "    return strings.ToUpper(s)\n}\n");

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
    assertThat(result.getStdout()).contains("--- FAIL: TestShout").contains("Not equal");
  }

  @Test
  void panicIsRuntimeError() {
    ExecutionResult result = judge(executor, problem(), "    var parts []string\n    return parts[n]\n}\n");

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(result.getStderr() + result.getStdout()).contains("index out of range");
  }

  @Test
  void syntaxErrorIsCompileError() {
    String completion = "    return strings.Repeat(s n)\n}\n";
    ExecutionResult result = judge(executor, problem(), completion);

    String source = TestPrograms.of(new Submission(problem(), "c", completion), runner, Assembly.UPSTREAM).source();
    long line = source.substring(0, source.indexOf("Repeat(s n)")).lines().count();
    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(result.getCompileOutput()).contains("main_test.go:" + line + ":").contains("syntax error");
  }

  @Test
  void stdinProgramReadsStdinAndWritesStdout() {
    String code = """
        package main

        import (
            "bufio"
            "fmt"
            "os"
        )

        func main() {
            in := bufio.NewReader(os.Stdin)
            var n, sum int
            fmt.Fscan(in, &n)
            for i := 0; i < n; i++ {
                var x int
                fmt.Fscan(in, &x)
                sum += x
            }
            fmt.Println(sum)
        }
        """;
    assertThat(runner.stdinProgram(code).fileName()).isEqualTo("main.go");

    RunResult run = LanguageTestSupport.runStdinProgram(runner, code, "3\n1 2 39\n", cacheRoot);

    assertThat(run.status()).as(run.toString()).isEqualTo(RunStatus.EXITED);
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("42\n");
  }
}
