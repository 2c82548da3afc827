package io.perforch.execution;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.Assembly;
import io.perforch.execution.languages.EndMarks;
import io.perforch.execution.languages.LanguageRunner;

/** The HumanEval-style test program of a submission, exactly as the judge builds and runs it. */
public final class TestPrograms {
  private TestPrograms() {}

  /**
   * The tests get their {@link EndMarks end-of-tests marks}, then the runner assembles the prompt (or,
   * for a whole solution, the prompt's header), the code and the marked tests the {@code assembly} way.
   */
  public static Program of(Submission submission, LanguageRunner runner, Assembly assembly) {
    Problem problem = submission.problem();
    EndMarks.Marked tests = EndMarks.inTests(problem.getTest(), runner.language());
    Program program = submission.form() == CodeForm.SOLUTION
        ? runner.solutionTestProgram(problem, submission.code(), tests.code(), assembly)
        : runner.testProgram(problem, submission.code(), tests.code(), assembly);
    return new Program(program.language(), program.fileName(), program.source(), tests.marks());
  }
}
