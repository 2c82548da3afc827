package io.perforch.execution.languages;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.datasets.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where end-of-tests marks go: after the last statement of every test function, and nowhere else. */
class EndMarksTest {
  @Test
  void cppAndJavaMarkTheEndOfMainAndNothingElse() {
    String cpp = "#include<assert.h>\nbool issame(int a, int b){ return a == b; }\nint main(){\n"
        + "    assert (issame(1, 1));\n}\n";
    String java = "public class Main {\n    static int helper() { return 1; }\n"
        + "    public static void main(String[] args) {\n        if (helper() != 1) {\n"
        + "            throw new AssertionError();\n        }\n    }\n}\n";

    EndMarks.Marked markedCpp = EndMarks.inTests(cpp, Language.CPP);
    EndMarks.Marked markedJava = EndMarks.inTests(java, Language.JAVA);

    assertThat(markedCpp.marks()).isEqualTo(1);
    assertThat(markedCpp.code()).startsWith("#include <stdio.h>\n#include <stdlib.h>\n")
        .containsSubsequence("assert (issame(1, 1));", "PERFORCH_END_FILE", "}\n")
        .contains("bool issame(int a, int b){ return a == b; }");
    assertThat(markedJava.marks()).isEqualTo(1);
    assertThat(markedJava.code()).contains("static int helper() { return 1; }")
        .containsSubsequence("throw new AssertionError();\n        }", "PERFORCH_END_FILE", "}\n}\n");
  }

  @Test
  void aFinalReturnKeepsItsPlaceAfterTheMark() {
    String cpp = "int main(){\n    check();\n    return 0;\n}\n";

    String marked = EndMarks.inTests(cpp, Language.CPP).code();

    assertThat(marked).containsSubsequence("check();", "PERFORCH_END_FILE", "return 0;\n}");
  }

  @Test
  void goMarksEachTestFunctionOnlyWhileItHasNotFailedAndNeedsItsOwnOsImport() {
    String go = "func TestA(t *testing.T) {\n    f := func() int { return 1 }\n    assert.Equal(t, 1, f())\n}\n\n"
        + "func helper() int {\n    return 2\n}\n\nfunc TestB(tt *testing.T) {\n    assert.Equal(tt, 2, helper())\n}\n";

    EndMarks.Marked marked = EndMarks.inTests(go, Language.GO);

    assertThat(marked.marks()).isEqualTo(2);
    assertThat(marked.code()).containsSubsequence("assert.Equal(t, 1, f())\n", "if !t.Failed() {", "\" 0\\n\"",
        "func helper() int {\n    return 2\n}", "assert.Equal(tt, 2, helper())\n", "if !tt.Failed() {", "\" 1\\n\"");
    assertThat(marked.code()).contains("f := func() int { return 1 }");
    assertThat(EndMarks.goImport(marked.code())).isEqualTo("import perforch_end_os \"os\"\n");
    assertThat(EndMarks.goImport(go)).isEmpty();
  }

  @Test
  void rustMarksTheTestFunctionsInsideTheTestModule() {
    String rust = "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    fn helper() -> i32 { 1 }\n\n"
        + "    #[test]\n    fn test_one() {\n        assert_eq!(helper(), 1);\n    }\n\n"
        + "    #[test]\n    fn test_two() -> Result<(), String> {\n        assert!(true);\n        Ok(())\n    }\n}\n";

    EndMarks.Marked marked = EndMarks.inTests(rust, Language.RUST);

    assertThat(marked.marks()).isEqualTo(2);
    assertThat(marked.code()).contains("fn helper() -> i32 { 1 }")
        .containsSubsequence("assert_eq!(helper(), 1);", "PERFORCH_END_FILE", "fn test_two()",
            "assert!(true);", "PERFORCH_END_FILE", "Ok(())\n    }\n}");
  }

  @Test
  void pythonMarksTheEndOfTheModule() {
    EndMarks.Marked marked = EndMarks.inTests("def check(f):\n    assert f()\n\ncheck(g)", Language.PYTHON);

    assertThat(marked.marks()).isEqualTo(1);
    assertThat(marked.code()).startsWith("def check(f):\n    assert f()\n\ncheck(g)\nimport os as _perforch_end_os\n");
  }

  @Test
  void aFunctionalTestRunnerIsMarkedAtTheEndOfItsMainWithThePlaceholderIgnored() {
    String runner = "==Code Submission==\n\nint main() {\n    cout << Solution().f() << endl;\n}\n";

    EndMarks.Marked marked = EndMarks.inMain(runner, "==Code Submission==", Language.CPP);

    assertThat(marked.marks()).isEqualTo(1);
    assertThat(marked.code()).containsSubsequence("==Code Submission==", "cout << Solution().f() << endl;",
        "PERFORCH_END_FILE", "}\n");
  }

  /**
   * Every test the project runs has a place for its proof: HumanEval-X's 164 × 5 and the sample's, but
   * Rust/32, whose whole test module the release comments out (there is nothing to run).
   */
  @Test
  void everyHumanEvalXAndSampleTestGetsAMarkInEachOfItsTestFunctions() {
    List<Problem> problems = new ArrayList<>(new HumanEvalXLoader().load(SharedData.humanEvalX() + "/*.jsonl"));
    problems.addAll(new SampleDataset().load());
    Pattern goTests = Pattern.compile("(?m)^func\\s+Test\\w*\\s*\\(");
    Pattern rustTests = Pattern.compile("#\\[test\\]");
    List<String> unmarked = new ArrayList<>();
    for (Problem problem : problems) {
      Language language = Language.of(problem);
      int expected = switch (language) {
        case GO -> (int) goTests.matcher(problem.getTest()).results().count();
        case RUST -> (int) rustTests.matcher(problem.getTest()).results().count();
        default -> 1;
      };
      boolean commentedOut = problem.getTaskId().equals("Rust/32");
      if (!commentedOut && (EndMarks.inTests(problem.getTest(), language).marks() != expected || expected == 0)) {
        unmarked.add(problem.getDataset() + ":" + problem.getTaskId());
      }
    }
    assertThat(problems).hasSizeGreaterThan(820);
    assertThat(unmarked).isEmpty();
    Problem rust32 = problems.stream().filter(p -> p.getTaskId().equals("Rust/32")).findFirst().orElseThrow();
    assertThat(rust32.getTest().strip()).startsWith("/*").endsWith("*/");
    assertThat(EndMarks.inTests(rust32.getTest(), Language.RUST).marks()).isZero();
  }
}
