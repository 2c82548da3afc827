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
 * Rows that {@code perforch generate} wrote for a failed request ({@code error}, no code) are not judged
 * (an outage is not a wrong answer) but kept, so that they can be reported.
 */
final class SampleFile {
  /** A row whose request failed: where it is, its task and the provider's error. */
  record ProviderError(String where, String taskId, String error) {}

  /** What a samples file holds: code to judge, and the rows that have none because the request failed. */
  record Samples(List<Submission> submissions, List<ProviderError> providerErrors) {}

  private SampleFile() {}

  static Samples read(String path, List<Problem> problems) {
    Map<String, Problem> byTask = problems.stream()
        .collect(Collectors.toMap(Problem::getTaskId, Function.identity(), (a, b) -> a));
    Map<String, Integer> counts = new java.util.HashMap<>();
    List<Submission> submissions = new ArrayList<>();
    List<ProviderError> providerErrors = new ArrayList<>();
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
        String code = row.has("completion") ? row.optionalText("completion")
            : row.has("generation") ? row.optionalText("generation") : null;
        String error = row.optionalString("error");
        if (code == null && error != null) {
          providerErrors.add(new ProviderError(row.file() + ":" + row.line(), taskId, error));
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
    return new Samples(submissions, providerErrors);
  }

  private static CodeForm formOf(JsonRecord row, Problem problem, String code) {
    String form = row.optionalText("form");
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
