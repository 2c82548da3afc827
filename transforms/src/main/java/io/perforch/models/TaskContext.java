package io.perforch.models;

import io.perforch.datasets.model.Problem;
import java.util.Objects;

/**
 * What a request is about, for the parts of PerfOrch that need more than the prompt's text: the
 * simulated fleet answers from the problem's references, and logs name the task. Never sent to a
 * provider and not part of a request's identity (the messages already say all of it).
 *
 * @param problem the problem being solved
 * @param stage generate, fix or refine
 * @param inputCode the program given to fix or refine, in the executor's shape; null for generate
 */
public record TaskContext(Problem problem, Stage stage, String inputCode) {
  public TaskContext {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(stage, "stage");
  }
}
