package io.perforch.cli;

import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completions generated elsewhere, in the exchange format of code-generation harnesses: one JSON object
 * per line with {@code task_id}, optionally {@code language}, and the code in {@code completion} or
 * {@code generation}. The n-th sample of a task is labelled {@code sample-n}.
 */
final class SampleFile {
  private SampleFile() {}

  static List<Submission> read(String path, List<Problem> problems) {
    Map<String, Problem> byTask = problems.stream()
        .collect(Collectors.toMap(Problem::getTaskId, Function.identity(), (a, b) -> a));
    Map<String, Integer> counts = new java.util.HashMap<>();
    List<Submission> submissions = new ArrayList<>();
    for (var file : DatasetFiles.match(path)) {
      for (JsonRecord row : DatasetFiles.readJsonLines(file)) {
        String taskId = row.requiredString("task_id");
        Problem problem = byTask.get(taskId);
        if (problem == null) {
          throw row.error("task_id", "no problem '" + taskId + "' in the dataset (for the languages asked)");
        }
        String language = row.optionalString("language");
        if (language != null && !io.perforch.datasets.model.Language.parse(language).id()
            .equals(problem.getLanguage())) {
          throw row.error("language", "'" + language + "' does not match " + taskId);
        }
        String code = row.has("completion") ? row.requiredString("completion")
            : row.has("generation") ? row.requiredString("generation") : null;
        if (code == null) {
          throw row.error("completion", "missing (give the code as completion or generation)");
        }
        int n = counts.merge(taskId, 1, Integer::sum);
        submissions.add(new Submission(problem, "sample-" + n, code));
      }
    }
    return submissions;
  }
}
