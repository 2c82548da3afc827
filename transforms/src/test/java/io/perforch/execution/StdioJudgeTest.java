package io.perforch.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.effibench.EffiBenchXLoader;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.StdioSpec;
import io.perforch.datasets.model.TestCase;
import io.perforch.datasets.testing.SharedData;
import io.perforch.execution.build.BuildCache;
import io.perforch.execution.languages.CompileContext;
import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.languages.Runners;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EffiBench-X judging end to end: the real sample problem's reference solutions in every language that
 * has a runner and an installed toolchain, hostile and wrong programs, functional problems through a test
 * runner, and the evaluator's semantics. One executor for the class; real bwrap sandbox and compilers.
 */
class StdioJudgeTest {
  private static final Runners RUNNERS = Runners.standard();

  @TempDir static Path cacheRoot;

  private static ExecutionSettings settings;
  private static Executor executor;

  @BeforeAll
  static void startExecutor() {
    settings = ExecutionSettings.defaults(Sandboxes.create("bwrap"))
        .withCacheRoot(cacheRoot)
        .withReuseResults(false)
        .withWorkers(Math.max(2, Runtime.getRuntime().availableProcessors()));
    executor = new Executor(settings);
  }

  @AfterAll
  static void stopExecutor() {
    if (executor != null) {
      executor.close();
    }
  }

  // ---------------------------------------------------------------- the real sample problem

  @Test
  void canonicalSolutionsPassAllHundredCasesInEveryInstalledLanguage() {
    List<Problem> runnable = sample().stream().filter(p -> installed(Language.of(p))).toList();
    List<String> languages = runnable.stream().map(Problem::getLanguage).toList();
    assertThat(languages).contains("python", "java", "cpp");

    List<Submission> submissions = runnable.stream().map(p -> Submission.reference(p, "canonical")).toList();
    List<ExecutionResult> results = executor.executeAll(submissions, result -> { });

    for (ExecutionResult result : results) {
      System.out.printf("effibench-x sample, %-6s canonical: %s %d/%d cases, wall %.2f s, peak RSS %d MiB%n",
          result.getLanguage(), result.getVerdict(), result.getCasesPassed(), result.getCasesTotal(),
          result.getWallNanos() / 1e9, result.getPeakRssBytes() >> 20);
      assertThat(result.getVerdict()).as("%s: %s", result.getLanguage(), result.getMessage())
          .isEqualTo(Verdict.PASSED);
      assertThat(result.getCasesTotal()).isEqualTo(100);
      assertThat(result.getCasesPassed()).isEqualTo(100);
      assertThat(result.getWallNanos()).isPositive();
      assertThat(result.getCpuUserNanos() + result.getCpuSysNanos()).isPositive();
      assertThat(result.getPeakRssBytes()).isPositive();
      assertThat(result.getMeanRssBytes()).isPositive().isLessThanOrEqualTo(result.getPeakRssBytes());
      assertThat(result.getMemoryIntegralByteNanos())
          .isCloseTo((double) result.getMeanRssBytes() * result.getWallNanos(),
              org.assertj.core.data.Percentage.withPercentage(1));
      assertThat(result.getRepeats()).isEqualTo(1);
      assertThat(result.getWallNanosSamples()).containsExactly(result.getWallNanos());
    }
  }

  @Test
  void wrongAnswersFailAtTheFirstWrongCaseAndCountTheRightOnes() {
    Problem problem = withCases(sampleIn(Language.PYTHON), 10);
    List<TestCase> cases = problem.getStdio().getTestCases();
    // Knows the answers of the first five cases only.
    StringBuilder known = new StringBuilder("import sys\nanswers = {\n");
    for (TestCase testCase : cases.subList(0, 5)) {
      known.append("    ").append(pythonString(testCase.getInput())).append(": ")
          .append(pythonString(testCase.getOutput())).append(",\n");
    }
    known.append("}\nprint(answers.get(sys.stdin.read(), '-1'))\n");

    ExecutionResult result = run(problem, known.toString());

    assertThat(result.getVerdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.getCasesTotal()).isEqualTo(10);
    assertThat(result.getCasesPassed()).isEqualTo(5);
    assertThat(result.getMessage()).startsWith("case 6 of 10: wrong answer: expected \""
        + cases.get(5).getOutput() + "\", got \"-1\"");
  }

  @Test
  void aProgramThatNeverEndsTimesOutOnTheFirstCase() {
    ExecutionResult result = run(withCases(sampleIn(Language.PYTHON), 3), "while True:\n    pass\n");

    assertThat(result.getVerdict()).isEqualTo(Verdict.TIMEOUT);
    assertThat(result.getCasesPassed()).isZero();
    assertThat(result.getCasesTotal()).isEqualTo(3);
    assertThat(result.getMessage()).startsWith("case 1 of 3: timeout");
  }

  @Test
  void crashesAndSyntaxErrorsAreVerdictsWithTheCaseNamed() {
    Problem problem = withCases(sampleIn(Language.PYTHON), 3);

    ExecutionResult crash = run(problem, "import sys\nif sys.stdin.read().startswith('2 4'):\n    print(8)\n"
        + "else:\n    raise ValueError('no idea')\n");
    ExecutionResult syntax = run(problem, "print(1\n");

    assertThat(crash.getVerdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(crash.getCasesPassed()).isEqualTo(1);
    assertThat(crash.getMessage()).startsWith("case 2 of 3: runtime error").contains("ValueError: no idea");
    assertThat(syntax.getVerdict()).isEqualTo(Verdict.COMPILE_ERROR);
  }

  @Test
  void residentMemoryOverUpstreamsLimitIsAMemoryLimitVerdict() {
    // 1300 MiB of written bytes: well inside the sandbox's address space, over EffiBench-X's 1024 MB.
    ExecutionResult result = run(withCases(sampleIn(Language.PYTHON), 2),
        "data = b'x' * (1300 << 20)\nprint(len(data))\n");

    assertThat(result.getVerdict()).as(result.getMessage()).isEqualTo(Verdict.MEMORY_LIMIT);
    assertThat(result.getMessage()).startsWith("case 1 of 2: memory limit").contains("1024 MiB");
  }

  // ---------------------------------------------------------------- functional problems

  static Stream<Arguments> functionalHarnesses() {
    return Stream.of(
        Arguments.of(Language.PYTHON, """
            ==Code Submission==

            if __name__ == "__main__":
                a, b = map(int, sys.stdin.read().split())
                print(Solution().add(a, b))
            """, """
            class Solution:
                def add(self, a: int, b: int) -> int:
                    parts: List[int] = [a, b]
                    return sum(parts)
            """, """
            class Solution:
                def add(self, a: int, b: int) -> int:
                    return a - b
            """),
        Arguments.of(Language.JAVA, """
            ==Code Submission==

            public class Main {
                public static void main(String[] args) {
                    Scanner in = new Scanner(System.in);
                    long a = in.nextLong(), b = in.nextLong();
                    System.out.println(new Solution().add(a, b));
                }
            }
            """, """
            class Solution {
                public long add(long a, long b) {
                    List<Long> parts = new ArrayList<>(List.of(a, b));
                    return parts.stream().mapToLong(Long::longValue).sum();
                }
            }
            """, """
            class Solution {
                public long add(long a, long b) { return a - b; }
            }
            """),
        Arguments.of(Language.CPP, """
            ==Code Submission==

            int main() {
                long long a, b;
                cin >> a >> b;
                cout << Solution().add(a, b) << endl;
            }
            """, """
            class Solution {
            public:
                long long add(long long a, long long b) {
                    vector<long long> parts{a, b};
                    return accumulate(parts.begin(), parts.end(), 0LL);
                }
            };
            """, """
            class Solution {
            public:
                long long add(long long a, long long b) { return a - b; }
            };
            """),
        Arguments.of(Language.GO, """
            ==Code Submission==

            func main() {
            	reader := bufio.NewReader(os.Stdin)
            	var a, b int64
            	fmt.Fscan(reader, &a, &b)
            	fmt.Println(add(a, b))
            }
            """, """
            func add(a, b int64) int64 {
            	parts := []int64{a, b}
            	sort.Slice(parts, func(i, j int) bool { return parts[i] < parts[j] })
            	return parts[0] + parts[1]
            }
            """, """
            func add(a, b int64) int64 { return a - b }
            """),
        Arguments.of(Language.RUST, """
            ==Code Submission==

            fn main() {
                let mut input = String::new();
                std::io::stdin().read_to_string(&mut input).unwrap();
                let v: Vec<i64> = input.split_whitespace().map(|x| x.parse().unwrap()).collect();
                println!("{}", Solution::add(v[0], v[1]));
            }
            """, """
            use std::collections::HashMap;
            struct Solution;
            impl Solution {
                pub fn add(a: i64, b: i64) -> i64 {
                    let mut seen: HashMap<i64, i64> = HashMap::new();
                    seen.insert(a, b);
                    let parts: VecDeque<i64> = VecDeque::from(vec![a, b]);
                    max(parts.iter().sum::<i64>(), i64::MIN)
                }
            }
            """, """
            struct Solution;
            impl Solution {
                pub fn add(a: i64, b: i64) -> i64 { a - b }
            }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("functionalHarnesses")
  void functionalProblemsRunTheCandidateInsideTheTestRunner(
      Language language, String testRunner, String right, String wrong) {
    org.junit.jupiter.api.Assumptions.assumeTrue(installed(language), language + " toolchain not installed");
    Problem problem = problem(language, "functional", testRunner,
        "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
        new TestCase("1 2", "3"), new TestCase("-5 5", "0"), new TestCase("100 23\n", "123\n"));

    ExecutionResult passing = run(problem, right);
    ExecutionResult failing = run(problem, wrong);

    assertThat(passing.getVerdict()).as(passing.getMessage() + passing.getCompileOutput()).isEqualTo(Verdict.PASSED);
    assertThat(passing.getCasesPassed()).isEqualTo(3);
    assertThat(failing.getVerdict()).isEqualTo(Verdict.FAILED);
    assertThat(failing.getCasesPassed()).isZero();
    assertThat(failing.getMessage()).startsWith("case 1 of 3: wrong answer: expected \"3\", got \"-1\"");
  }

  // ---------------------------------------------------------------- output judging

  @Test
  void aFloatToleranceEvaluatorAcceptsWhatExactComparisonRejects() {
    String tolerant = """
        import math
        def evaluate(expected_output: str, program_output: str) -> bool:
            try:
                return math.isclose(float(expected_output), float(program_output), rel_tol=1e-6, abs_tol=1e-6)
            except ValueError:
                return False
        """;
    String program = "print(0.3000001)\n";
    TestCase testCase = new TestCase("", "0.3");

    ExecutionResult withEvaluator = run(problem(Language.PYTHON, "io", null, tolerant, testCase), program);
    ExecutionResult exact = run(problem(Language.PYTHON, "io", null, null, testCase), program);
    ExecutionResult farOff = run(problem(Language.PYTHON, "io", null, tolerant, testCase), "print(0.31)\n");

    assertThat(withEvaluator.getVerdict()).as(withEvaluator.getMessage()).isEqualTo(Verdict.PASSED);
    assertThat(exact.getVerdict()).isEqualTo(Verdict.FAILED);
    assertThat(exact.getMessage()).isEqualTo("case 1 of 1: wrong answer: expected \"0.3\", got \"0.3000001\"");
    assertThat(farOff.getVerdict()).isEqualTo(Verdict.FAILED);
  }

  @Test
  void theEvaluatorIsCalledWithTheProgramOutputFirstAsUpstreamDoes() {
    // Upstream calls evaluate(program_output, expected) although the parameters are named the other way.
    String orderSensitive = "def evaluate(expected_output, program_output):\n"
        + "    return expected_output == 'got: 5' and program_output == '5'\n";

    ExecutionResult result = run(problem(Language.PYTHON, "io", null, orderSensitive, new TestCase("", "5")),
        "print('got: 5')\n");

    assertThat(result.getVerdict()).as(result.getMessage()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void bothOutputsAreCleanedOfAnsiCodesCarriageReturnsAndSurroundingSpace() {
    String program = "import sys\nsys.stdout.write('\\x1b[32m4 2\\x1b[0m\\r\\n\\r\\n')\n";

    ExecutionResult result = run(problem(Language.PYTHON, "io", null, null, new TestCase("", "  4 2\n")), program);

    assertThat(result.getVerdict()).as(result.getMessage()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void anEvaluatorThatRaisesOrPrintsFailsOnlyThatCase() {
    String noisy = "def evaluate(expected_output, program_output):\n"
        + "    print('debugging noise')\n"
        + "    return int(expected_output) == int(program_output)\n";
    String program = "import sys\nn = sys.stdin.read().strip()\nprint(n if n != '2' else 'two')\n";

    ExecutionResult result = run(problem(Language.PYTHON, "io", null, noisy,
        new TestCase("1", "1"), new TestCase("2", "2"), new TestCase("3", "3")), program);

    assertThat(result.getVerdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.getCasesPassed()).isEqualTo(2);
    assertThat(result.getMessage()).startsWith("case 2 of 3: wrong answer");
  }

  @Test
  void anEvaluatorThatCannotLoadIsNotBlamedOnTheProgram() {
    ExecutionResult result = run(problem(Language.PYTHON, "io", null, "def evaluate(:\n",
        new TestCase("", "1")), "print(1)\n");

    assertThat(result.getVerdict()).isEqualTo(Verdict.SANDBOX_ERROR);
    assertThat(result.getMessage()).startsWith("evaluator failed: cannot load the evaluator: SyntaxError");
  }

  // ---------------------------------------------------------------- measurement and caching

  @Test
  void measurementModeRepeatsTheWholeCaseSetAndReportsTheMedianPass() {
    ExecutionSettings measuring = settings.withRepeats(3);
    StdioJudge judge = new StdioJudge(measuring, builds(measuring));
    Problem problem = withCases(sampleIn(Language.PYTHON), 4);
    LanguageRunner runner = RUNNERS.get(Language.PYTHON).orElseThrow();

    ExecutionResult result = judge.judge(Submission.reference(problem, "canonical"), runner,
        runner.toolchainVersion().orElseThrow());

    assertThat(result.getVerdict()).isEqualTo(Verdict.PASSED);
    assertThat(result.getCasesPassed()).isEqualTo(4);
    assertThat(result.getRepeats()).isEqualTo(3);
    assertThat(result.getWallNanosSamples()).hasSize(3);
    List<Long> sorted = new ArrayList<>(result.getWallNanosSamples());
    sorted.sort(null);
    assertThat(result.getWallNanos()).isEqualTo(sorted.get(1));
  }

  @Test
  void theResultKeyCoversCasesEvaluatorRepeatsAndSandbox() {
    Problem problem = withCases(sampleIn(Language.PYTHON), 5);
    LanguageRunner runner = RUNNERS.get(Language.PYTHON).orElseThrow();
    StdioJudge judge = new StdioJudge(settings, builds(settings));
    Submission submission = Submission.reference(problem, "canonical");
    String key = judge.resultKey(submission, runner, "python 3");

    Problem fewerCases = withCases(problem, 4);
    Problem otherEvaluator = Problem.newBuilder(problem)
        .setStdio(StdioSpec.newBuilder(problem.getStdio()).setEvaluator(null).build()).build();
    StdioJudge measuring = new StdioJudge(settings.withRepeats(5), builds(settings));

    assertThat(judge.resultKey(new Submission(problem, "other label", submission.code()), runner, "python 3"))
        .isEqualTo(key);
    assertThat(judge.resultKey(Submission.reference(fewerCases, "canonical"), runner, "python 3")).isNotEqualTo(key);
    assertThat(judge.resultKey(Submission.reference(otherEvaluator, "canonical"), runner, "python 3"))
        .isNotEqualTo(key);
    assertThat(judge.resultKey(submission, runner, "python 4")).isNotEqualTo(key);
    assertThat(measuring.resultKey(submission, runner, "python 3")).isNotEqualTo(key);
  }

  // ---------------------------------------------------------------- helpers

  private static ExecutionResult run(Problem problem, String code) {
    return executor.execute(new Submission(problem, "test", code));
  }

  private static boolean installed(Language language) {
    Optional<LanguageRunner> runner = RUNNERS.get(language);
    return runner.isPresent() && runner.get().toolchainVersion().isPresent();
  }

  private static List<Problem> sample() {
    return new EffiBenchXLoader().load(SharedData.effiBenchSample().toString());
  }

  private static Problem sampleIn(Language language) {
    return sample().stream().filter(p -> p.getLanguage().equals(language.id())).findFirst().orElseThrow();
  }

  /** The problem with only its first {@code n} cases, for tests that need no more. */
  static Problem withCases(Problem problem, int n) {
    StdioSpec stdio = problem.getStdio();
    List<TestCase> cases = new ArrayList<>(stdio.getTestCases().subList(0, n));
    return Problem.newBuilder(problem).setStdio(StdioSpec.newBuilder(stdio).setTestCases(cases).build()).build();
  }

  static Problem problem(Language language, String type, String testRunner, String evaluator, TestCase... cases) {
    StdioSpec stdio = StdioSpec.newBuilder()
        .setProblemType(type)
        .setTestCases(List.of(cases))
        .setEvaluator(evaluator)
        .setTestRunner(testRunner)
        .setStarterCode(null)
        .setTestCaseGenerator(null)
        .build();
    return Problem.newBuilder()
        .setDataset("stdio-test")
        .setTaskId(language.humanEvalPrefix() + "/synthetic")
        .setProblemId("stdio-test/synthetic")
        .setLanguage(language.id())
        .setPrompt("synthetic")
        .setShape(ProgramShape.FULL_PROGRAM)
        .setStdio(stdio)
        .build();
  }

  private static String pythonString(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
  }

  private ProgramBuilds builds(ExecutionSettings of) {
    return new ProgramBuilds(new BuildCache(cacheRoot.resolve("build")),
        CompileContext.forWorkers(of.sandbox(), of.compileLimits(), of.workers()));
  }
}
