package io.perforch.execution;

import io.perforch.datasets.model.Problem;
import java.util.Objects;

/**
 * One program to judge against one problem's tests.
 *
 * @param problem the problem whose tests decide
 * @param label which program this is: a reference label ({@code canonical}, {@code slow}) or a candidate id
 * @param code for {@code COMPLETION} problems the code that continues the prompt (a function body, as
 *     HumanEval-X's canonical solutions and model completions are); for {@code FULL_PROGRAM} problems a
 *     whole program
 */
public record Submission(Problem problem, String label, String code) {
  public Submission {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(code, "code");
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
}
