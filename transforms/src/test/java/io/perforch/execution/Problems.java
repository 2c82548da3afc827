package io.perforch.execution;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import java.util.List;

/** Tiny HumanEval-style problems for engine tests: add two integers, in each language (HumanEval-X layout). */
final class Problems {
  private Problems() {}

  static Problem add(Language language) {
    return switch (language) {
      case PYTHON -> problem(language, "def add(a, b):\n", "\n\ndef check(f):\n    assert f(2, 3) == 5\n"
          + "    assert f(-1, 1) == 0\n\ncheck(add)\n");
      case JAVA -> problem(language, "import java.util.*;\n\nclass Solution {\n    public int add(int a, int b) {\n",
          "public class Main {\n    public static void main(String[] args) {\n"
              + "        Solution s = new Solution();\n"
              + "        if (s.add(2, 3) != 5 || s.add(-1, 1) != 0) {\n"
              + "            throw new AssertionError();\n        }\n    }\n}\n");
      case CPP -> problem(language, "#include <cstdio>\nint add(int a, int b) {\n",
          "#undef NDEBUG\n#include <assert.h>\nint main() {\n    assert(add(2, 3) == 5);\n"
              + "    assert(add(-1, 1) == 0);\n}\n");
      case GO -> Problem.newBuilder(problem(language, "// Add adds.\nfunc Add(a int, b int) int {\n",
          "func TestAdd(t *testing.T) {\n    assert := assert.New(t)\n    assert.Equal(5, Add(2, 3))\n"
              + "    assert.Equal(0, Add(-1, 1))\n}\n")).setImports("").build();
      case RUST -> Problem.newBuilder(problem(language, "/* adds */\n",
          "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn test_add() {\n"
              + "        assert_eq!(add(2, 3), 5);\n        assert_eq!(add(-1, 1), 0);\n    }\n}\n"))
          .setDeclaration("\nfn add(a: i32, b: i32) -> i32 {\n").build();
    };
  }

  private static Problem problem(Language language, String prompt, String test) {
    return Problem.newBuilder()
        .setDataset("engine-test")
        .setTaskId(language.humanEvalPrefix() + "/add")
        .setProblemId("engine-test/add")
        .setLanguage(language.id())
        .setPrompt(prompt)
        .setDeclaration(prompt)
        .setEntryPoint("add")
        .setShape(ProgramShape.COMPLETION)
        .setSolutions(List.of())
        .setTest(test)
        .build();
  }
}
