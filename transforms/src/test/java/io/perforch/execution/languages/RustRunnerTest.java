package io.perforch.execution.languages;

import static io.perforch.execution.languages.LanguageTestSupport.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.Executor;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.RunStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rust: assembly, verdicts in both panic formats, and real rustc builds in the sandbox. */
class RustRunnerTest {
  private static final String PROMPT = "\n/*\n Adds two numbers.\n*/\n";
  /** HumanEval-X declarations import the three crates whether the problem needs them or not. */
  private static final String DECLARATION = """

      use std::{slice::Iter, cmp::{max, self}, collections::{HashSet, HashMap}, ascii::AsciiExt};
      use rand::Rng;
      use regex::Regex;
      use md5;

      fn add(x: i32, y: i32) -> i32 {
      """;
  /** Uses the crates, so a passing program proves they are linked. */
  private static final String TEST = """

      #[cfg(test)]
      mod tests {
          use super::*;

          #[test]
          fn test_add() {
              assert!(Regex::new("^a+$").unwrap().is_match("aaa"));
              assert_eq!(format!("{:x}", md5::compute("")), "d41d8cd98f00b204e9800998ecf8427e");
              assert!(rand::thread_rng().gen_range(0..10) < 10);
              assert_eq!(add(2, 3), 5);
          }
      }
      """;

  @TempDir static Path cacheRoot;
  private static Executor executor;
  private final RustRunner runner = new RustRunner();

  @BeforeAll
  static void startExecutor() {
    executor = LanguageTestSupport.executor(cacheRoot);
  }

  @AfterAll
  static void stopExecutor() {
    executor.close();
  }

  private static Problem problem() {
    return LanguageTestSupport.problem(Language.RUST, PROMPT, DECLARATION, TEST, null);
  }

  @Test
  void lenientAssemblyIsPromptDeclarationCompletionTest() {
    String completion = "    x + y\n}\n";
    String source = runner.testProgram(problem(), completion, TEST, Assembly.LENIENT).source();

    assertThat(source).isEqualTo(PROMPT + DECLARATION + completion + "\n" + TEST + "\n");
    assertThat(runner.stdinProgram("fn main() {}").source()).isEqualTo("fn main() {}");
  }

  @Test
  void passingProgramPasses() {
    ExecutionResult result = judge(executor, problem(), "    x + y\n}\n");

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
    assertThat(result.getToolchain()).startsWith("rustc 1.");
  }

  @Test
  void failedAssertEqIsFailed() {
    ExecutionResult result = judge(executor, problem(), "    x - y\n}\n");

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
    assertThat(result.getStdout()).contains("test_add").contains("FAILED");
  }

  @Test
  void otherPanicIsRuntimeError() {
    ExecutionResult result = judge(executor, problem(), "    let v: Vec<i32> = Vec::new();\n    v[(x + y) as usize]\n}\n");

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(result.getStdout() + result.getStderr()).contains("index out of bounds");
  }

  @Test
  void syntaxErrorIsCompileError() {
    ExecutionResult result = judge(executor, problem(), "    x +\n}\n");

    assertThat(result.getVerdict()).as(result.toString()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(result.getCompileOutput()).contains("main.rs");
  }

  @Test
  void stdinProgramReadsStdinAndCanUseTheCrates() {
    String code = """
        use std::io::Read;
        use regex::Regex;

        fn main() {
            let mut input = String::new();
            std::io::stdin().read_to_string(&mut input).unwrap();
            let number = Regex::new(r"-?\\d+").unwrap();
            let sum: i64 = number.find_iter(&input).map(|m| m.as_str().parse::<i64>().unwrap()).sum();
            println!("{}", sum);
        }
        """;

    RunResult run = LanguageTestSupport.runStdinProgram(runner, code, "3\n1 2 39\n", cacheRoot);

    assertThat(run.status()).as(run.toString()).isEqualTo(RunStatus.EXITED);
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("45\n");
  }

  @Test
  void panicMessagesOfOlderRustcAreReadToo() {
    // rustc before 1.73 (Debian's 1.63) quotes the message on the "panicked at" line.
    String assertion = "---- tests::t stdout ----\nthread 'tests::t' panicked at 'assertion failed: `(left == right)`\n"
        + "  left: `1`,\n right: `2`', main.rs:9:9\n\nfailures:\n    tests::t\n\ntest result: FAILED. 0 passed; 1 failed";
    String unwrap = "thread 'tests::t' panicked at 'called `Option::unwrap()` on a `None` value', main.rs:3:5\n"
        + "test result: FAILED. 0 passed; 1 failed";
    String newer = "thread 'tests::t' panicked at main.rs:9:9:\nassertion failed: add(1, 1) == 2\n"
        + "test result: FAILED. 0 passed; 1 failed";

    assertThat(runner.classifyTestFailure(exited101(assertion))).isEqualTo(Verdict.FAILED);
    assertThat(runner.classifyTestFailure(exited101(unwrap))).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(runner.classifyTestFailure(exited101(newer))).isEqualTo(Verdict.FAILED);
  }

  private static RunResult exited101(String stdout) {
    return new RunResult(RunStatus.EXITED, 101, 0, stdout, "", 1, 1, 0, 1, 1, 1, 1, "exit code 101");
  }
}
