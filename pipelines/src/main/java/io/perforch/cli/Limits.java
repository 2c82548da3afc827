package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --limit N}: the first N problems of each language, keeping dataset order. */
final class Limits {
  private Limits() {}

  static List<Problem> firstPerLanguage(List<Problem> problems, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or more");
    }
    if (limit == 0) {
      return problems;
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Problem> kept = new ArrayList<>();
    for (Problem problem : problems) {
      if (seen.merge(problem.getLanguage(), 1, Integer::sum) <= limit) {
        kept.add(problem);
      }
    }
    return kept;
  }
}
