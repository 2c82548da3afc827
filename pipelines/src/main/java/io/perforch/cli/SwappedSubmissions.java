package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The negative control of {@code validate --swap}: problem i judged with the canonical solution of
 * problem i+1 of the same language (the last with the first's). A harness that passes such programs
 * cannot tell right code from wrong.
 */
final class SwappedSubmissions {
  private SwappedSubmissions() {}

  static List<Submission> of(List<Problem> problems) {
    Map<String, List<Problem>> byLanguage = problems.stream()
        .filter(p -> !p.getSolutions().isEmpty())
        .collect(Collectors.groupingBy(Problem::getLanguage, LinkedHashMap::new, Collectors.toList()));
    List<Submission> submissions = new ArrayList<>();
    for (List<Problem> ofLanguage : byLanguage.values()) {
      if (ofLanguage.size() < 2) {
        continue;
      }
      for (int i = 0; i < ofLanguage.size(); i++) {
        Problem next = ofLanguage.get((i + 1) % ofLanguage.size());
        submissions.add(new Submission(ofLanguage.get(i), "swapped:" + next.getTaskId(),
            next.getSolutions().get(0).getCode()));
      }
    }
    return submissions;
  }
}
