package io.perforch.cli;

import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.CodeForm;
import io.perforch.execution.Submission;
import io.perforch.models.extraction.CodeExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completions generated elsewhere, in the exchange format of code-generation harnesses: one JSON object
 * per line with {@code task_id}, optionally {@code language}, and the code in {@code completion} or
 * {@code generation}. The n-th sample of a task is labelled {@code sample-n}. The code's form
 * ({@code continuation} of the prompt, whole {@code solution}, {@code program}) is read from an optional
 * {@code form} field, else from the code itself: a completion that defines the entry point is a solution.
 * Rows that {@code perforch generate} wrote for a failed request ({@code error}, no code) are skipped:
 * an outage is not a wrong answer.
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
        String code = row.has("completion") ? row.optionalString("completion")
            : row.has("generation") ? row.optionalString("generation") : null;
        if (code == null && row.optionalString("error") != null) {
          continue;
        }
        if (code == null) {
          throw row.error("completion", "missing (give the code as completion or generation)");
        }
        int n = counts.merge(taskId, 1, Integer::sum);
        try {
          submissions.add(new Submission(problem, "sample-" + n, code, formOf(row, problem, code)));
        } catch (IllegalArgumentException e) {
          throw row.error("form", e.getMessage());
        }
      }
    }
    return submissions;
  }

  private static CodeForm formOf(JsonRecord row, Problem problem, String code) {
    String form = row.optionalString("form");
    if (form == null) {
      return CodeExtractor.formOf(problem, code);
    }
    try {
      return CodeForm.valueOf(form.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("form", "'" + form + "' is not continuation, solution or program");
    }
  }
}
