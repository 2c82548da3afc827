package io.perforch.models.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.StdioSpec;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.execution.CodeForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Realistic replies in all five languages; what is extracted and in which form. */
class CodeExtractorTest {
  private static final List<Problem> SAMPLE = new SampleDataset().load();
  private final CodeExtractor extractor = new CodeExtractor();

  private static Problem minCoins(Language language) {
    return SAMPLE.stream()
        .filter(p -> p.getTaskId().equals(language.humanEvalPrefix() + "/min_coins"))
        .findFirst().orElseThrow();
  }

  @Test
  void pythonReplyWithReasoningProseAndWindowsLineBreaks() {
    String reply = "<think>\nMaybe:\n```python\ndef min_coins(coins, amount):\n    return 0\n```\nNo.\n</think>\n"
        + "Here is a dynamic-programming solution.\n\n```py\ndef min_coins(coins, amount):\n"
        + "    best = [0] + [amount + 1] * amount\n    return best[amount]\n```\n\nIt runs in O(n * amount) time.\n";

    Extraction extraction = extractor.extract(minCoins(Language.PYTHON), reply.replace("\n", "\r\n"));

    assertThat(extraction.form()).isEqualTo(CodeForm.SOLUTION);
    assertThat(extraction.code()).isEqualTo(
        "def min_coins(coins, amount):\n    best = [0] + [amount + 1] * amount\n    return best[amount]\n");
    assertThat(extraction.detail()).isEqualTo("fenced block 1 of 1, tagged py");
  }

  @Test
  void pythonBodyWrittenFromTheMarginIsIndentedUnderTheSignature() {
    Extraction extraction = extractor.extract(minCoins(Language.PYTHON),
        "```python\nif amount == 0:\n    return 0\nreturn -1\n```");

    assertThat(extraction.form()).isEqualTo(CodeForm.CONTINUATION);
    assertThat(extraction.code()).isEqualTo("    if amount == 0:\n        return 0\n    return -1\n");
  }

  @Test
  void javaAnswerIsChosenOverTheMainThatShowsItsUse() {
    String reply = "```java\nimport java.util.*;\n\nclass Solution {\n"
        + "    public int minCoins(List<Integer> coins, int amount) {\n        return -1;\n    }\n}\n```\n\n"
        + "You can try it like this:\n\n```java\npublic class Main {\n    public static void main(String[] args) {\n"
        + "        System.out.println(new Solution().minCoins(List.of(1, 2), 3));\n    }\n}\n```\n";

    Extraction extraction = extractor.extract(minCoins(Language.JAVA), reply);

    assertThat(extraction.form()).isEqualTo(CodeForm.SOLUTION);
    assertThat(extraction.code()).startsWith("import java.util.*;").doesNotContain("class Main");
    assertThat(extraction.detail()).startsWith("fenced block 1 of 2");
  }

  @Test
  void javaBodyMissingItsClosingBracesGetsThem() {
    Extraction extraction = extractor.extract(minCoins(Language.JAVA),
        "```java\n        if (amount == 0) { return 0; }\n        return -1;\n```");

    assertThat(extraction.form()).isEqualTo(CodeForm.CONTINUATION);
    assertThat(extraction.code()).endsWith("        return -1;\n}\n}\n");
  }

  @Test
  void cppInTildeFencesTaggedCppWithAShellBlockBeforeIt() {
    String reply = "Build:\n~~~bash\ng++ -O2 main.cpp\n~~~\n\n~~~c++\n#include <vector>\nusing namespace std;\n"
        + "int min_coins(vector<int> coins, int amount){\n    return amount == 0 ? 0 : -1;\n}\n~~~\n";

    Extraction extraction = extractor.extract(minCoins(Language.CPP), reply);

    assertThat(extraction.form()).isEqualTo(CodeForm.SOLUTION);
    assertThat(extraction.code()).startsWith("#include <vector>").endsWith("}\n");
    assertThat(extraction.detail()).isEqualTo("fenced block 2 of 2, tagged c++");
  }

  @Test
  void answerInTheProblemsLanguageWinsOverOneInAnother() {
    String reply = "In Python:\n```python\ndef min_coins(coins, amount):\n    return -1\n```\nIn C++:\n```cpp\n"
        + "int min_coins(vector<int> coins, int amount) {\n    return -1;\n}\n```\nAnd a usage example:\n```\n"
        + "min_coins({1, 2}, 3);\n```\n";

    Extraction extraction = extractor.extract(minCoins(Language.CPP), reply);

    assertThat(extraction.code()).startsWith("int min_coins(vector<int> coins, int amount) {");
  }

  @Test
  void goUnfencedCompletionThatContinuesThePrompt() {
    Extraction extraction = extractor.extract(minCoins(Language.GO), "    if amount == 0 {\n        return 0\n    }\n"
        + "    return -1\n");

    assertThat(extraction.form()).isEqualTo(CodeForm.CONTINUATION);
    assertThat(extraction.code()).endsWith("    return -1\n}\n");
    assertThat(extraction.detail()).isEqualTo("unfenced reply");
  }

  @Test
  void unfencedSolutionLosesTheSentencesAroundIt() {
    String reply = "Sure! Here's the implementation:\n\nfrom typing import List\n\n"
        + "def min_coins(coins: List[int], amount: int) -> int:\n    return -1\n\nThis runs in O(1) time.\n";

    Extraction extraction = extractor.extract(minCoins(Language.PYTHON), reply);

    assertThat(extraction.form()).isEqualTo(CodeForm.SOLUTION);
    assertThat(extraction.code())
        .isEqualTo("from typing import List\n\ndef min_coins(coins: List[int], amount: int) -> int:\n    return -1\n");
  }

  @Test
  void goSolutionTaggedGolangWithItsPackageClause() {
    Extraction extraction = extractor.extract(minCoins(Language.GO),
        "```golang\npackage main\n\nfunc MinCoins(coins []int, amount int) int {\n    return -1\n}\n```");

    assertThat(extraction.form()).isEqualTo(CodeForm.SOLUTION);
    assertThat(extraction.code()).startsWith("package main\n");
  }

  @Test
  void rustReplyThatRepeatsThePromptIsAWholeSolution() {
    Problem problem = minCoins(Language.RUST);
    String reply = "```rs\n" + problem.getPrompt() + problem.getDeclaration() + "    -1\n}\n```";

    Extraction extraction = extractor.extract(problem, reply);

    assertThat(extraction.form()).isEqualTo(CodeForm.SOLUTION);
    assertThat(extraction.code()).contains("fn min_coins(").endsWith("    -1\n}\n");
  }

  @Test
  void rustBlockCutOffByTheTokenCapRunsToTheEnd() {
    Extraction extraction = extractor.extract(minCoins(Language.RUST),
        "Sure:\n\n```rust\nfn min_coins(coins: Vec<i32>, amount: i32) -> i32 {\n    let mut best = vec![0; 3];");

    assertThat(extraction.form()).isEqualTo(CodeForm.SOLUTION);
    assertThat(extraction.code()).endsWith("let mut best = vec![0; 3];\n");
  }

  @Test
  void fenceIndentedInAListItemLosesItsIndentation() {
    String reply = "1. Write the function:\n\n   ```python\n   def min_coins(coins, amount):\n       return -1\n   ```\n";

    assertThat(extractor.extract(minCoins(Language.PYTHON), reply).code())
        .isEqualTo("def min_coins(coins, amount):\n    return -1\n");
  }

  @Test
  void repliesWithoutCodeSayWhy() {
    Problem problem = minCoins(Language.PYTHON);

    assertThat(extractor.extract(problem, "").detail()).isEqualTo("no code in reply: the reply is empty");
    assertThat(extractor.extract(problem, "I'm sorry, but I cannot help with that request.").detail())
        .isEqualTo("no code in reply: no code fence, and the text reads as prose");
    assertThat(extractor.extract(problem, "Run this:\n```bash\npip install numpy\n```\n").detail())
        .startsWith("no code in reply: its 1 fenced block(s) hold no python code");
    assertThat(extractor.extract(problem, "<think>\nLet me consider the coins one by one").detail())
        .isEqualTo("no code in reply: the reply ended while still reasoning (<think>)");

    Extraction none = extractor.extract(problem, "No idea.");
    assertThat(none.hasCode()).isFalse();
    assertThat(none.form()).isNull();
    assertThatThrownBy(() -> none.submission(problem, "s1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no code in reply");
  }

  @Test
  void closingThinkTagWithoutItsOpeningStillHidesTheReasoning() {
    String reply = "so min_coins(coins, amount) should use DP\n</think>\n```python\ndef min_coins(coins, amount):\n"
        + "    return -1\n```";

    assertThat(extractor.extract(minCoins(Language.PYTHON), reply).code()).startsWith("def min_coins(");
  }

  @Test
  void fullProgramProblemsTakeTheProgramThatReadsInput() {
    Problem problem = Problem.newBuilder(minCoins(Language.PYTHON))
        .setShape(ProgramShape.FULL_PROGRAM)
        .setStdio(StdioSpec.newBuilder().setProblemType("io").setTestCases(List.of()).build())
        .build();
    String reply = "A helper:\n```python\ndef parse(line):\n    return list(map(int, line.split()))\n```\n"
        + "The program:\n```python\nimport sys\n\ndata = sys.stdin.read().split()\nprint(len(data))\n```\n"
        + "Example output:\n```text\n3\n```\n";

    Extraction extraction = extractor.extract(problem, reply);

    assertThat(extraction.form()).isEqualTo(CodeForm.PROGRAM);
    assertThat(extraction.code()).startsWith("import sys\n");
    assertThat(extraction.submission(problem, "p").form()).isEqualTo(CodeForm.PROGRAM);
  }

  @Test
  void functionalProblemsTakeTheBlockThatDefinesTheStartersMethod() {
    Problem problem = Problem.newBuilder(minCoins(Language.PYTHON))
        .setShape(ProgramShape.FULL_PROGRAM)
        .setStdio(StdioSpec.newBuilder().setProblemType("functional").setTestCases(List.of())
            .setStarterCode("class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n")
            .build())
        .build();
    String reply = "```python\nclass Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
        + "        return []\n```\n\n```python\nprint(Solution().twoSum([2, 7], 9))\n```\n";

    assertThat(extractor.extract(problem, reply).code()).contains("def twoSum(self, nums, target):");
  }

  @Test
  void formOfCodeAlreadyInTheExecutorsShape() {
    assertThat(CodeExtractor.formOf(minCoins(Language.CPP), "    return -1;\n}\n")).isEqualTo(CodeForm.CONTINUATION);
    assertThat(CodeExtractor.formOf(minCoins(Language.CPP), "int min_coins(vector<int> c, int a) {\n    return -1;\n}\n"))
        .isEqualTo(CodeForm.SOLUTION);
  }
}
