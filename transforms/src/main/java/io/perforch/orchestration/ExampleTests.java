package io.perforch.orchestration;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.StdioSpec;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem as a loop validating {@link Validation#EXAMPLES examples} sees it: the same task (same ids,
 * same prompt), judged by other tests. HumanEval-X's {@code example_test} replaces its {@code test} (it
 * is written for the same harness: the docstring's examples as assertions). An EffiBench-X problem keeps
 * its first {@value #FIRST_CASES} test cases. A HumanEval-X problem without example tests (six per
 * language, and every Rust problem, whose {@code example_test} is the text {@code None}) can only be
 * checked to build and run: its tests become an empty test function (in Go, one that still uses
 * test_setup's imports), so a wrong program is not caught
 * there, which is the point: the grader's tests are never shown.
 */
public final class ExampleTests {
  /** How many of an EffiBench-X problem's test cases the examples are. */
  public static final int FIRST_CASES = 3;

  /** What the examples of a problem are. */
  public enum Kind {
    /** The dataset's example tests. */
    EXAMPLES,
    /** The first {@value #FIRST_CASES} of a stdin/stdout problem's cases. */
    FIRST_CASES,
    /** None exist: the program is only built and run. */
    BUILD_ONLY;

    public String id() {
      return EnumIds.id(this);
    }
  }

  /**
   * A symbol of each package HumanEval-X's Go test_setup imports: an empty test refers to it so that the
   * import is used (Go rejects an unused one), and the prompt, which may use the package, keeps it.
   */
  private static final Map<String, String> GO_USES = Map.ofEntries(
      Map.entry("math", "math.Abs"), Map.entry("strings", "strings.Contains"), Map.entry("time", "time.Now"),
      Map.entry("math/rand", "rand.Int"), Map.entry("github.com/stretchr/testify/assert", "assert.New"),
      Map.entry("fmt", "fmt.Sprint"), Map.entry("strconv", "strconv.Itoa"), Map.entry("sort", "sort.Ints"),
      Map.entry("bytes", "bytes.Equal"), Map.entry("regexp", "regexp.MustCompile"),
      Map.entry("crypto/md5", "md5.Sum"));
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private ExampleTests() {}

  public static Kind kindOf(Problem problem) {
    if (problem.getStdio() != null) {
      return Kind.FIRST_CASES;
    }
    String examples = problem.getExampleTest();
    return examples == null || examples.isBlank() || examples.strip().equals("None") ? Kind.BUILD_ONLY : Kind.EXAMPLES;
  }

  /** The problem with its example tests in place of its tests. */
  public static Problem of(Problem problem) {
    Problem.Builder view = Problem.newBuilder(problem);
    switch (kindOf(problem)) {
      case FIRST_CASES -> {
        StdioSpec stdio = problem.getStdio();
        view.setStdio(StdioSpec.newBuilder(stdio)
            .setTestCases(stdio.getTestCases().subList(0, Math.min(FIRST_CASES, stdio.getTestCases().size())))
            .build());
      }
      case EXAMPLES -> view.setTest(problem.getExampleTest());
      case BUILD_ONLY -> {
        Language language = Language.parse(problem.getLanguage());
        view.setTest(language == Language.GO ? goUses(problem.getTestSetup()) + emptyTest(language)
            : emptyTest(language));
      }
    }
    return view.build();
  }

  /** Blank uses of test_setup's imports, which the empty test no longer uses. */
  private static String goUses(String testSetup) {
    StringBuilder uses = new StringBuilder();
    Matcher imported = QUOTED.matcher(testSetup == null ? "" : testSetup);
    while (imported.find()) {
      String use = GO_USES.get(imported.group(1));
      if (use != null) {
        uses.append("var _ = ").append(use).append('\n');
      }
    }
    return uses.toString();
  }

  /** A test that only needs the program to build and its test entry point to run to its end. */
  static String emptyTest(Language language) {
    return switch (language) {
      case PYTHON -> "";
      case JAVA -> "public class Main {\n    public static void main(String[] args) {\n    }\n}\n";
      case CPP -> "int main(){\n}\n";
      case GO -> "func TestBuilds(t *testing.T) {\n}\n";
      case RUST -> "\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn builds() {\n    }\n}\n";
    };
  }
}
