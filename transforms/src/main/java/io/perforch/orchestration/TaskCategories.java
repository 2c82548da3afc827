package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import java.util.List;

/** A task's categories, as routing combines them: the problem's category, or else all its tags. */
public final class TaskCategories {
  private TaskCategories() {}

  public static List<String> of(Problem problem) {
    if (problem.getCategory() != null && !problem.getCategory().isBlank()) {
      return List.of(problem.getCategory());
    }
    return List.copyOf(problem.getTags());
  }
}
