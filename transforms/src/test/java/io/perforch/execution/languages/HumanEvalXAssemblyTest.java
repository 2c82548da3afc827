package io.perforch.execution.languages;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.datasets.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Upstream assembly, written down: for the first real HumanEval-X problem of each language, the exact
 * program THUDM/CodeGeeX's evaluate_humaneval_x.py builds from its prompt, canonical solution and test
 * (utils.py's IMPORT_HELPER for the fixed lines). End marks are placed in the tests separately, so the
 * tests here pass the problem's own test code.
 */
class HumanEvalXAssemblyTest {
  private static Problem first(String language) {
    return new HumanEvalXLoader().load(SharedData.humanEvalX(language).toString()).get(0);
  }

  private static String canonical(Problem problem) {
    return problem.getSolutions().stream().filter(s -> s.getLabel().equals("canonical"))
        .map(ReferenceSolution::getCode).findFirst().orElseThrow();
  }

  @Test
  void pythonProgramsStartWithUpstreamsSixteenImportLines() {
    Problem problem = first("python");
    String header = "import math\nimport re\nimport sys\nimport copy\nimport datetime\nimport itertools\n"
        + "import collections\nimport heapq\nimport statistics\nimport functools\nimport hashlib\n"
        + "import numpy\nimport numpy as np\nimport string\nfrom typing import *\nfrom collections import *\n";

    String source = new PythonRunner()
        .testProgram(problem, canonical(problem), problem.getTest(), Assembly.UPSTREAM).source();

    assertThat(source).isEqualTo(header + problem.getPrompt() + canonical(problem) + "\n" + problem.getTest() + "\n");
  }

  @Test
  void pythonCompletionsAreCutAtTheirFirstUnindentedLineAsUpstreamDoes() {
    Problem problem = first("python");
    String completion = "    return helper()\n\ndef helper():\n    return True\n";

    String upstream = new PythonRunner().testProgram(problem, completion, "<tests>", Assembly.UPSTREAM).source();
    String lenient = new PythonRunner().testProgram(problem, completion, "<tests>", Assembly.LENIENT).source();

    assertThat(upstream).endsWith(problem.getPrompt() + "    return helper()\n\n<tests>\n");
    assertThat(lenient).endsWith(problem.getPrompt() + completion + "\n<tests>\n");
  }

  @Test
  void cppProgramsGetTheIncludeLinesThePromptLacksThenABlankLine() {
    Problem problem = first("cpp");
    assertThat(problem.getPrompt()).contains("#include<stdio.h>\n#include<vector>\n#include<math.h>\n");
    String header = "#include<stdlib.h>\n#include<algorithm>\n#include<string>\n#include<climits>\n"
        + "#include<cstring>\n#include<iostream>\n\n";

    String source = new CppRunner()
        .testProgram(problem, canonical(problem), problem.getTest(), Assembly.UPSTREAM).source();

    assertThat(source).isEqualTo(header + problem.getPrompt() + canonical(problem) + "\n" + problem.getTest());
    assertThat(source).doesNotContain("unordered_set").doesNotContain("<map>");
  }

  @Test
  void javaProgramsAreThePromptTheCompletionAndTheTestsAlone() {
    Problem problem = first("java");

    String source = new JavaRunner()
        .testProgram(problem, canonical(problem), problem.getTest(), Assembly.UPSTREAM).source();

    assertThat(source).isEqualTo(problem.getPrompt() + canonical(problem) + "\n" + problem.getTest());
  }

  @Test
  void goProgramsGetTestSetupAndOnlyTheHelperPackagesTheCompletionNames() {
    Problem problem = first("go");
    assertThat(problem.getImports()).isEqualTo("import (\n    \"math\"\n)\n");

    String source = new GoRunner()
        .testProgram(problem, canonical(problem), problem.getTest(), Assembly.UPSTREAM).source();

    // upstream's join writes the first package unindented; the prompt loses its own import block
    assertThat(source).isEqualTo(problem.getTestSetup() + "\n" + "import (\n\"math\"\n)" + "\n"
        + problem.getPrompt().replace(problem.getImports(), "") + canonical(problem) + "\n" + problem.getTest());
  }

  @Test
  void goHelperPackagesAreChosenByTextAsUpstreamChoosesThem() {
    String setup = GoTestFile.DEFAULT_SETUP;

    assertThat(HumanEvalXHarness.goImports(setup, "    return 1\n}\n")).isEmpty();
    assertThat(HumanEvalXHarness.goImports(setup, "    // fmt.Println is not called\n    return rand.Int()\n}\n"))
        .isEqualTo("import (\n\"fmt\"\n    \"math/rand\"\n)");
    assertThat(HumanEvalXHarness.goImports(setup + "import \"strings\"\n", "strings.ToUpper(s)")).isEmpty();
  }

  @Test
  void rustProgramsStartWithAnEmptyMainThenTheDeclarationThenThePrompt() {
    Problem problem = first("rust");

    String source = new RustRunner()
        .testProgram(problem, canonical(problem), problem.getTest(), Assembly.UPSTREAM).source();

    assertThat(source).isEqualTo("\nfn main(){ \n } \n" + problem.getDeclaration() + problem.getPrompt()
        + canonical(problem) + problem.getTest());
  }

  @Test
  void theCppPrecompiledPreludeIsUsedOnlyWhenTheProgramIncludesAllOfIt() {
    Problem problem = first("cpp");
    String upstream = new CppRunner().testProgram(problem, canonical(problem), problem.getTest(), Assembly.UPSTREAM)
        .source();
    String lenient = new CppRunner().testProgram(problem, canonical(problem), problem.getTest(), Assembly.LENIENT)
        .source();

    assertThat(CppPrelude.coveredBy(upstream)).contains(CppPrelude.UPSTREAM);
    assertThat(CppPrelude.coveredBy(lenient)).contains(CppPrelude.LENIENT);
    assertThat(CppPrelude.coveredBy("#include <bits/stdc++.h>\nusing namespace std;\nint main() {}\n")).isEmpty();
    // an include after the first other line does not count: forcing it earlier could change the program
    assertThat(CppPrelude.coveredBy("#define N 5\n" + upstream)).isEmpty();
  }

  @Test
  void lenientModeKeepsPerfOrchsForgivingCppPrelude() {
    Problem problem = first("cpp");

    String source = new CppRunner().testProgram(problem, "<completion>", "<tests>", Assembly.LENIENT).source();

    assertThat(source).isEqualTo(CppPrelude.LENIENT + problem.getPrompt() + "<completion>\n<tests>\n");
    assertThat(source).contains("#include <unordered_set>").contains("using namespace std;");
  }

  @Test
  void assemblyModesAreNamedAndUnknownOnesListTheChoices() {
    assertThat(Assembly.of("upstream")).isEqualTo(Assembly.UPSTREAM);
    assertThat(Assembly.of(" Lenient ")).isEqualTo(Assembly.LENIENT);
    assertThat(Assembly.DEFAULT).isEqualTo(Assembly.UPSTREAM);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assembly.of("strict"))
        .hasMessage("unknown assembly 'strict': choose one of upstream, lenient");
  }
}
