package io.perforch.datasets.humanevalx;

import io.perforch.datasets.categories.ProblemCategories;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.datasets.io.UniqueTaskIds;
import io.perforch.datasets.model.EntryPoints;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.ReferenceSolution;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Loads the public HumanEval-X release (one JSONL or JSONL.gz per language) with its field names
 * unchanged: task_id, prompt, declaration, canonical_solution, test, example_test, and for Go also import
 * and test_setup. The language comes from the task id ({@code CPP/12}), so files may be named freely.
 *
 * <p>The built-in sample dataset uses the same fields and adds a few optional ones that HumanEval-X lacks:
 * {@code slow_solution}, {@code entry_point}, {@code category}, {@code tags}, {@code title}.
 *
 * <p>HumanEval-X has no category labels: problems without one get PerfOrch's own category for their
 * problem id ({@link ProblemCategories#builtIn}), the same in every language.
 */
public final class HumanEvalXLoader {
  public static final String DATASET = "humaneval-x";

  /** HumanEval-X languages that PerfOrch does not run. */
  private static final java.util.Set<String> KNOWN_OTHER_LANGUAGES = java.util.Set.of("JavaScript");

  private final String datasetName;

  public HumanEvalXLoader() {
    this(DATASET);
  }

  /** A loader that labels problems with another dataset name (datasets in the same layout). */
  public HumanEvalXLoader(String datasetName) {
    this.datasetName = datasetName;
  }

  /** Loads every file matching the path or glob; problems get the dataset's built-in categories, if any. */
  public List<Problem> load(String pathOrGlob) {
    List<Problem> problems = new ArrayList<>();
    UniqueTaskIds taskIds = new UniqueTaskIds();
    for (ResourceId file : DatasetFiles.match(pathOrGlob)) {
      for (JsonRecord record : DatasetFiles.readJsonLines(file)) {
        if (isRunnable(record)) {
          Problem problem = toProblem(record);
          taskIds.claim(problem.getTaskId(), record, "task_id");
          problems.add(problem);
        }
      }
    }
    ProblemCategories.builtIn(datasetName).ifPresent(categories -> categories.applyTo(problems));
    return problems;
  }

  /**
   * HumanEval-X also ships JavaScript, which PerfOrch does not run: such rows are skipped, not errors, so
   * a glob over the whole release works.
   */
  private static boolean isRunnable(JsonRecord row) {
    String taskId = row.optionalString("task_id");
    int slash = taskId == null ? -1 : taskId.indexOf('/');
    return slash <= 0 || !KNOWN_OTHER_LANGUAGES.contains(taskId.substring(0, slash));
  }

  public Problem toProblem(JsonRecord row) {
    String taskId = row.requiredString("task_id");
    Language language = languageOf(row, taskId);
    String number = taskId.substring(taskId.indexOf('/') + 1);
    String prompt = row.requiredString("prompt");
    String declaration = row.has("declaration") ? row.requiredString("declaration") : "";

    List<ReferenceSolution> solutions = new ArrayList<>();
    solutions.add(new ReferenceSolution("canonical", row.requiredString("canonical_solution")));
    if (row.has("slow_solution")) {
      solutions.add(new ReferenceSolution("slow", row.requiredString("slow_solution")));
    }
    String entryPoint = row.optionalString("entry_point");
    if (entryPoint == null) {
      entryPoint = EntryPoints.find(language, declaration.isBlank() ? prompt : declaration);
    }
    return Problem.newBuilder()
        .setDataset(datasetName)
        .setTaskId(taskId)
        .setProblemId(row.has("problem_id") ? row.requiredString("problem_id") : "HumanEval/" + number)
        .setLanguage(language.id())
        .setTitle(row.optionalString("title"))
        .setPrompt(prompt)
        .setDeclaration(declaration)
        .setEntryPoint(entryPoint)
        .setShape(ProgramShape.COMPLETION)
        .setSolutions(solutions)
        .setTest(row.requiredString("test"))
        .setExampleTest(row.optionalString("example_test"))
        .setImports(row.optionalString("import"))
        .setTestSetup(row.optionalString("test_setup"))
        .setCategory(row.optionalString("category"))
        .setTags(row.stringList("tags"))
        .setTimeLimitMillis(row.optionalLong("time_limit_ms"))
        .setMemoryLimitBytes(row.optionalLong("memory_limit_bytes"))
        .build();
  }

  private static Language languageOf(JsonRecord row, String taskId) {
    int slash = taskId.indexOf('/');
    if (slash <= 0 || slash == taskId.length() - 1) {
      throw row.error("task_id", "expected <Language>/<number> such as Python/0 but found \"" + taskId + "\"");
    }
    String prefix = taskId.substring(0, slash);
    Language language = Language.parseOrNull(prefix);
    if (language == null) {
      throw row.error(
          "task_id",
          "language '" + prefix + "' is not one PerfOrch runs (" + Language.idList() + ")");
    }
    return language;
  }
}
