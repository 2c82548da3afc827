package io.perforch.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import org.junit.jupiter.api.Test;

class SubmissionTest {
  private static Problem fullProgram() {
    return Problem.newBuilder(Problems.add(Language.PYTHON)).setShape(ProgramShape.FULL_PROGRAM).build();
  }

  @Test
  void threeArgumentConstructorKeepsItsMeaning() {
    assertThat(new Submission(Problems.add(Language.PYTHON), "c", "    return a + b\n").form())
        .isEqualTo(CodeForm.CONTINUATION);
    assertThat(new Submission(fullProgram(), "p", "print(1)\n").form()).isEqualTo(CodeForm.PROGRAM);
  }

  @Test
  void formMustFitTheProblemsShape() {
    assertThatThrownBy(() -> new Submission(fullProgram(), "x", "print(1)\n", CodeForm.SOLUTION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only PROGRAM");
    assertThatThrownBy(() -> new Submission(Problems.add(Language.CPP), "x", "int main(){}", CodeForm.PROGRAM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONTINUATION or SOLUTION");
  }

  @Test
  void readableCodeShowsAContinuationWithThePromptItContinues() {
    Problem add = Problems.add(Language.PYTHON);

    assertThat(new Submission(add, "c", "    return a + b\n").readableCode())
        .isEqualTo("def add(a, b):\n    return a + b\n");
    assertThat(new Submission(add, "s", "def add(a, b):\n    return b + a\n", CodeForm.SOLUTION).readableCode())
        .isEqualTo("def add(a, b):\n    return b + a\n");
  }

  @Test
  void rustContinuationsContinueThePromptAndTheDeclaration() {
    Problem rust = Problem.newBuilder(Problems.add(Language.PYTHON))
        .setLanguage("rust").setPrompt("/* adds */\n").setDeclaration("fn add(a: i32, b: i32) -> i32 {\n").build();

    assertThat(Submission.continuedCode(rust)).isEqualTo("/* adds */\nfn add(a: i32, b: i32) -> i32 {\n");
  }
}
