package io.perforch.execution.languages;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.Program;
import org.junit.jupiter.api.Test;

/**
 * How each runner assembles a test program from a whole solution: the prompt's header without the entry
 * point, no definition twice, nothing the tests or the file name forbid. Compiled for real in
 * ExtractedRepliesJudgedTest; here the source itself is checked.
 */
class SolutionProgramsTest {
  private static Problem problem(Language language, String prompt, String declaration, String entry) {
    return Problem.newBuilder(LanguageTestSupport.problem(language, prompt, declaration, "<tests>", null))
        .setEntryPoint(entry).build();
  }

  @Test
  void pythonHeaderStopsAtTheEntryPointsDecoratorsAndMainGuardsAndFutureImportsAreHandled() {
    String prompt = "import math\n\ndef poly(xs):\n    return 1\n\n@cache\ndef find_zero(xs):\n    \"\"\"doc\"\"\"\n";
    String solution = "from __future__ import annotations\nimport math\n\ndef find_zero(xs):\n    return 0.0\n\n"
        + "if __name__ == '__main__':\n    print(find_zero(input()))\n\nHELPER = 1\n";

    String source = new PythonRunner().solutionTestProgram(
        problem(Language.PYTHON, prompt, "", "find_zero"), solution, "<tests>", Assembly.UPSTREAM).source();

    assertThat(source).startsWith("from __future__ import annotations\n" + HumanEvalXHarness.pythonHeader()
            + "import math\n\ndef poly(xs):\n")
        .containsSubsequence("def poly(xs):", "def find_zero(xs):\n    return 0.0", "HELPER = 1", "<tests>")
        .doesNotContain("@cache").doesNotContain("__main__").doesNotContain("\"\"\"doc");
    assertThat(source.indexOf("from __future__")).isEqualTo(source.lastIndexOf("from __future__"));
  }

  @Test
  void javaReplyClassReplacesThePromptsKeepingTheHelpersItLacks() {
    String prompt = "import java.util.*;\n\nclass Solution {\n    public double poly(List<Double> xs) {\n"
        + "        return 1;\n    }\n\n    /** doc */\n    public double findZero(List<Double> xs) {\n";
    String solution = "package answers;\nimport java.util.stream.*;\n\npublic class Solution {\n"
        + "    public double findZero(List<Double> xs) {\n        return poly(xs) - 1;\n    }\n}\n\n"
        + "public class Main {\n    public static void main(String[] a) {}\n}\n";
    String tests = "public class Main {\n    public static void main(String[] args) {}\n}\n";

    String source = new JavaRunner().solutionTestProgram(
        problem(Language.JAVA, prompt, "", "findZero"), solution, tests, Assembly.UPSTREAM).source();

    assertThat(source).startsWith("import java.util.*;\nimport java.util.stream.*;\n")
        .doesNotContain("package answers").doesNotContain("public class Solution")
        .containsSubsequence("class Solution {", "public double poly(", "return poly(xs) - 1;", tests);
    assertThat(source.split("class Main", -1)).hasSize(2);
    assertThat(source.split("double findZero", -1)).hasSize(2);
  }

  @Test
  void javaReplyOfBareMethodsIsWrappedInASolutionClass() {
    String prompt = "import java.util.*;\n\nclass Solution {\n    public int twice(int x) {\n";
    String solution = "import java.util.function.*;\n\npublic int twice(int x) {\n    return 2 * x;\n}\n\n"
        + "class Main {\n    public static void main(String[] a) {}\n}\n";
    String tests = "public class Main {\n    public static void main(String[] args) {}\n}\n";

    String source = new JavaRunner().solutionTestProgram(
        problem(Language.JAVA, prompt, "", "twice"), solution, tests, Assembly.UPSTREAM).source();

    assertThat(source).containsSubsequence("import java.util.*;", "import java.util.function.*;",
        "class Solution {", "public int twice(int x) {", "return 2 * x;", "}", tests);
    assertThat(source.split("class Main", -1)).hasSize(2);
  }

  @Test
  void cppHelpersTheSolutionRedefinesAreDroppedFromTheHeaderAndItsMainFromTheSolution() {
    String prompt = "/* doc */\n#include<vector>\nusing namespace std;\ndouble poly(vector<double> xs){\n"
        + "    return 1;\n}\nint keep(){ return 7; }\ndouble find_zero(vector<double> xs){\n";
    String solution = "#include <bits/stdc++.h>\nusing namespace std;\ndouble poly(vector<double> xs) {\n"
        + "    return 2;\n}\ndouble find_zero(vector<double> xs) {\n    return poly(xs) + keep();\n}\n"
        + "int main() {\n    printf(\"demo\");\n}\n";
    String tests = "#undef NDEBUG\n#include<assert.h>\nint main(){\n    assert(find_zero({}) == 9);\n}\n";

    String source = new CppRunner().solutionTestProgram(
        problem(Language.CPP, prompt, "", "find_zero"), solution, tests, Assembly.UPSTREAM).source();

    // upstream's include lines the prompt lacks (it has <vector>), then the header
    assertThat(source).startsWith("#include<stdlib.h>\n#include<algorithm>\n#include<math.h>\n#include<stdio.h>\n"
            + "#include<string>\n#include<climits>\n#include<cstring>\n#include<iostream>\n\n/* doc */")
        .contains("int keep(){ return 7; }")
        .doesNotContain("return 1;").doesNotContain("demo");
    assertThat(source.split("double poly", -1)).hasSize(2);
    assertThat(source.split("int main", -1)).hasSize(2);
  }

  @Test
  void goSolutionLosesItsPackageClauseAndItsImportsAreMergedWithThePrompts() {
    String prompt = "import (\n    \"math\"\n)\n\n// Poly doc\nfunc Poly(x float64) float64 {\n"
        + "    return math.Abs(x)\n}\n// FindZero doc\nfunc FindZero(xs []int) float64 {\n";
    String solution = "package main\n\nimport (\n    \"fmt\"\n    \"sort\"\n)\n\n"
        + "func FindZero(xs []int) float64 {\n    sort.Ints(xs)\n    return Poly(float64(xs[0]))\n}\n\n"
        + "func main() {\n    fmt.Println(FindZero([]int{1}))\n}\n";
    Problem problem = Problem.newBuilder(problem(Language.GO, prompt, "", "FindZero"))
        .setTestSetup(GoTestFile.DEFAULT_SETUP).build();

    Program program = new GoRunner().solutionTestProgram(
        problem, solution, "func TestFindZero(t *testing.T) {}\n", Assembly.UPSTREAM);

    assertThat(program.fileName()).isEqualTo("main_test.go");
    assertThat(program.source()).startsWith(GoTestFile.DEFAULT_SETUP)
        .contains("    \"math\"\n").contains("    \"sort\"\n").contains("    \"fmt\"\n")
        .containsSubsequence("func Poly(", "func FindZero(", "sort.Ints(xs)", "func TestFindZero");
    assertThat(program.source().split("package main", -1)).hasSize(2);
  }

  @Test
  void rustHeaderImportsBecomeAGlobImportThatTheSolutionsOwnImportsShadow() {
    String declaration = "\nuse std::{cmp::{max, self}, collections::{HashSet, HashMap}};\nuse rand::Rng;\n\n"
        + "fn longest(words: Vec<String>) -> usize{\n";
    String solution = "#![allow(unused)]\nuse std::collections::HashMap;\n\nfn longest(words: Vec<String>) -> usize {\n"
        + "    words.iter().map(|w| w.len()).max().unwrap_or(0)\n}\n\n#[cfg(test)]\nmod tests {\n}\n";
    String tests = "#[cfg(test)]\nmod tests {\n    use super::*;\n    #[test]\n    fn t() {}\n}\n";

    Program program = new RustRunner().solutionTestProgram(
        problem(Language.RUST, "/* doc */\n", declaration, "longest"), solution, tests, Assembly.UPSTREAM);

    assertThat(RustRunner.isTestProgram(program)).isTrue();
    assertThat(program.source()).startsWith("mod prompt_imports {\n"
            + "    pub use std::{cmp::{max, self}, collections::{HashSet, HashMap}};\n    pub use rand::Rng;\n}\n"
            + "use prompt_imports::*;\n")
        .containsSubsequence("/* doc */", "use std::collections::HashMap;", "fn longest(", tests)
        .doesNotContain("#![allow(unused)]");
    assertThat(program.source().split("mod tests", -1)).hasSize(2);
  }
}
