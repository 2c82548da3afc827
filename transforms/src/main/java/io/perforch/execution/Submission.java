package io.perforch.execution;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import java.util.Objects;

/**
 * One program to judge against one problem's tests.
 *
 * @param problem the problem whose tests decide
 * @param label which program this is: a reference label ({@code canonical}, {@code slow}) or a candidate id
 * @param code for {@code COMPLETION} problems either the code that continues the prompt (a function body,
 *     as HumanEval-X's canonical solutions and model completions are) or a whole solution, as {@code form}
 *     says; for {@code FULL_PROGRAM} problems a whole program
 * @param form {@link CodeForm#CONTINUATION} or {@link CodeForm#SOLUTION} for {@code COMPLETION} problems,
 *     {@link CodeForm#PROGRAM} for {@code FULL_PROGRAM} ones
 */
public record Submission(Problem problem, String label, String code, CodeForm form) {
  public Submission {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(form, "form");
    boolean fullProgram = problem.getShape() == ProgramShape.FULL_PROGRAM;
    if (fullProgram != (form == CodeForm.PROGRAM)) {
      throw new IllegalArgumentException(problem.getTaskId() + " (" + problem.getShape() + ") cannot take "
          + form + " code: " + (fullProgram ? "only PROGRAM" : "CONTINUATION or SOLUTION"));
    }
  }

  /** Code in the problem's usual form: a continuation, or for a {@code FULL_PROGRAM} problem a program. */
  public Submission(Problem problem, String label, String code) {
    this(problem, label, code, defaultForm(problem));
  }

  /** The problem's reference solution with this label, e.g. canonical. */
  public static Submission reference(Problem problem, String label) {
    return problem.getSolutions().stream()
        .filter(solution -> solution.getLabel().equals(label))
        .findFirst()
        .map(solution -> new Submission(problem, label, solution.getCode()))
        .orElseThrow(() -> new IllegalArgumentException(
            problem.getTaskId() + " has no reference solution labelled '" + label + "'"));
  }

  /** The form references and completions have for this problem. */
  public static CodeForm defaultForm(Problem problem) {
    return problem.getShape() == ProgramShape.FULL_PROGRAM ? CodeForm.PROGRAM : CodeForm.CONTINUATION;
  }

  /**
   * The code a {@link CodeForm#CONTINUATION} continues, as the runners assemble it: the prompt, and for
   * Rust, whose HumanEval-X prompt is only a comment, also the declaration with the signature.
   */
  public static String continuedCode(Problem problem) {
    return Language.of(problem) == Language.RUST ? problem.getPrompt() + problem.getDeclaration() : problem.getPrompt();
  }

  /** The program as a reader (or a model asked to fix it) sees it: a continuation with what it continues. */
  public String readableCode() {
    return form == CodeForm.CONTINUATION ? continuedCode(problem) + code : code;
  }
}
