package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --limit N}: the first N problems of each language, in dataset order. */
final class ProblemSelection {
  private ProblemSelection() {}

  static List<Problem> firstPerLanguage(List<Problem> problems, Integer limit) {
    if (limit == null) {
      return problems;
    }
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    Map<String, Integer> perLanguage = new LinkedHashMap<>();
    List<Problem> kept = new ArrayList<>();
    for (Problem problem : problems) {
      if (perLanguage.merge(problem.getLanguage(), 1, Integer::sum) <= limit) {
        kept.add(problem);
      }
    }
    return kept;
  }
}
