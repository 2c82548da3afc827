package io.perforch.models.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.StdioSpec;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.execution.CodeForm;
import io.perforch.execution.Submission;
import io.perforch.execution.model.Verdict;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatMessage.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagePromptsTest {
  private static final List<Problem> SAMPLE = new SampleDataset().load();
  private final StagePrompts prompts = new StagePrompts();

  private static Problem minCoins(Language language) {
    return SAMPLE.stream()
        .filter(p -> p.getTaskId().equals(language.humanEvalPrefix() + "/min_coins"))
        .findFirst().orElseThrow();
  }

  private static Problem stdinProblem(String type, String starter) {
    return Problem.newBuilder(minCoins(Language.CPP))
        .setPrompt("# Coins\n\nRead n coin values, then an amount; print the fewest coins.\n")
        .setShape(ProgramShape.FULL_PROGRAM)
        .setStdio(StdioSpec.newBuilder().setProblemType(type).setTestCases(List.of()).setStarterCode(starter).build())
        .build();
  }

  @Test
  void generateShowsThePromptCodeAndAsksForOneFencedBlock() {
    Problem problem = minCoins(Language.PYTHON);

    List<ChatMessage> messages = prompts.generate(problem);

    assertThat(messages).extracting(ChatMessage::role).containsExactly(Role.SYSTEM, Role.USER);
    assertThat(messages.get(0).content()).contains("Python 3").contains("exactly one fenced code block (```python)");
    assertThat(messages.get(1).content())
        .contains("```python\n" + problem.getPrompt().strip() + "\n```")
        .contains("Write the whole function `min_coins`")
        .doesNotContain("{{");
  }

  @Test
  void languagesWithTheirOwnWordingUseIt() {
    assertThat(prompts.generate(minCoins(Language.JAVA)).get(1).content())
        .contains("Write the whole `class Solution` (not public)").contains("`minCoins`");
    assertThat(prompts.generate(minCoins(Language.GO)).get(1).content())
        .contains("compiled in `package main` together with the tests");
    Problem rust = minCoins(Language.RUST);
    assertThat(prompts.generate(rust).get(1).content())
        .contains(rust.getDeclaration().strip()).contains("```rust");
  }

  @Test
  void programProblemsAskForAProgramThatReadsStdinAndFunctionalOnesShowTheStarter() {
    assertThat(prompts.generate(stdinProblem("io", null)).get(1).content())
        .contains("in C++17").contains("Read n coin values")
        .contains("reads the input from standard input").doesNotContain("min_coins");
    assertThat(prompts.generate(stdinProblem("functional", "class Solution {\npublic:\n    int coins(int n) {\n    }\n};"))
            .get(1).content())
        .contains("```cpp\nclass Solution {\npublic:\n    int coins(int n) {").contains("A test harness calls your code");
  }

  @Test
  void fixShowsTheWholeFailingFunctionItsVerdictAndOutput() {
    Problem problem = minCoins(Language.CPP);
    Submission failing = new Submission(problem, "s0", "    return -1;\n}\n");

    String user = prompts.fix(failing, Verdict.FAILED, "main.cpp:5: main: Assertion `min_coins({1}, 1) == 1' failed.")
        .get(1).content();

    assertThat(user).contains("it runs, but gives a wrong answer on a test")
        .contains("Verdict: FAILED.")
        .contains("Assertion `min_coins({1}, 1) == 1' failed.")
        .contains("```cpp\n" + problem.getPrompt() + "    return -1;\n}\n```")
        .contains("corrected, whole function `min_coins`");
  }

  @Test
  void fixFromCodeInTheExecutorsShapeReadsItsForm() {
    Problem problem = minCoins(Language.PYTHON);
    String solution = "def min_coins(coins, amount):\n    return -1\n";

    assertThat(prompts.fix(problem, solution, Verdict.COMPILE_ERROR, "").get(1).content())
        .contains("```python\n" + solution + "```").contains("it does not compile").contains("(no output)");
    assertThat(prompts.fix(problem, "    return -1\n", Verdict.TIMEOUT, "killed").get(1).content())
        .contains(problem.getPrompt() + "    return -1\n```").contains("exceeded the time limit");
  }

  @Test
  void longOutputKeepsItsHeadAndTail() {
    String output = "first error\n" + "x".repeat(10_000) + "\nlast line";
    Submission failing = new Submission(minCoins(Language.GO), "s", "}\n");

    String user = prompts.fix(failing, Verdict.COMPILE_ERROR, output).get(1).content();

    assertThat(user).contains("first error").contains("last line").contains("[... 6022 characters cut ...]");
    assertThat(user.length()).isLessThan(output.length());
  }

  @Test
  void fixNeedsTheProgramsOwnFailure() {
    Submission passing = new Submission(minCoins(Language.GO), "s", "}\n");

    assertThatThrownBy(() -> prompts.fix(passing, Verdict.PASSED, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not PASSED");
    assertThatThrownBy(() -> prompts.fix(passing, Verdict.SANDBOX_ERROR, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not SANDBOX_ERROR");
  }

  @Test
  void refineGivesTheMeasuredCostsAndAsksForTheSameSignature() {
    Problem problem = minCoins(Language.JAVA);
    String solution = "class Solution {\n    public int minCoins(List<Integer> coins, int amount) {\n"
        + "        return -1;\n    }\n}\n";

    String user = prompts.refine(new Submission(problem, "s", solution, CodeForm.SOLUTION), 12.345, 48L << 20)
        .get(1).content();

    assertThat(user).contains("runs in 12.3 ms (median wall time) and peaks at 48.0 MiB")
        .contains("```java\n" + solution + "```")
        .contains("Keep the function `minCoins` with exactly the same signature");
    assertThat(prompts.refine(problem, solution, 0.25, 0).get(1).content())
        .contains("0.250 ms").contains("an unmeasured amount of memory");
    assertThat(prompts.refine(stdinProblem("io", null), "int main(){}", 1500, 1L << 30).get(1).content())
        .contains("1500 ms").contains("1024.0 MiB").contains("same input and output format");
  }

  @Test
  void everyShippedTemplateRendersForEveryLanguageShapeAndStage() {
    for (Language language : Language.values()) {
      Problem completion = minCoins(language);
      Problem program = Problem.newBuilder(stdinProblem("io", null)).setLanguage(language.id()).build();
      Problem functional = Problem.newBuilder(stdinProblem("functional", "starter")).setLanguage(language.id()).build();
      for (Problem problem : List.of(completion, program, functional)) {
        Submission code = new Submission(problem, "s", "code\n");
        List<List<ChatMessage>> conversations = List.of(prompts.generate(problem),
            prompts.fix(code, Verdict.RUNTIME_ERROR, "out"), prompts.refine(code, 1, 1));
        for (List<ChatMessage> messages : conversations) {
          assertThat(messages).allSatisfy(message -> assertThat(message.content()).doesNotContain("{{"));
        }
      }
    }
  }

  @Test
  void lookupGoesFromTheMostSpecificTemplateToTheGeneralOne() {
    assertThat(PromptTemplates.lookupPath("generate", minCoins(Language.GO)))
        .containsExactly("generate.go.txt", "generate.txt");
    assertThat(PromptTemplates.lookupPath("fix", stdinProblem("functional", "s")))
        .containsExactly("fix.functional.cpp.txt", "fix.functional.txt", "fix.program.cpp.txt", "fix.program.txt",
            "fix.cpp.txt", "fix.txt");
    assertThat(PromptTemplates.standard().forProblem("fix", stdinProblem("functional", "s")).name())
        .endsWith("prompts/fix.program.txt");
    assertThatThrownBy(() -> PromptTemplates.fromClasspath("/nowhere").forProblem("generate", minCoins(Language.GO)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nowhere/generate.go.txt");
  }

  @Test
  void headAndTailKeepsBothEndsWithinTheLimit() {
    assertThat(HeadAndTail.truncate("short", 10)).isEqualTo("short");
    assertThat(HeadAndTail.truncate("abcdefghij", 4)).isEqualTo("ab\n[... 6 characters cut ...]\nij");
  }
}
