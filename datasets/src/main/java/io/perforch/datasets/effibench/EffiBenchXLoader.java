package io.perforch.datasets.effibench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.datasets.io.UniqueTaskIds;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.datasets.model.StdioSpec;
import io.perforch.datasets.model.TestCase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Loads EffiBench-X in either of upstream's layouts: one JSON object per problem file
 * ({@code {source}_{id}_{title_slug}.json}, as {@code hf_dataset.py download} writes) or dataset rows, one
 * per JSONL line, with the same field names. Each upstream problem becomes one {@link Problem} per
 * language PerfOrch runs and the problem can be evaluated in (a reference solution, or a test runner for
 * functional problems). Upstream's javascript and ruby solutions are not carried over.
 */
public final class EffiBenchXLoader {
  public static final String DATASET = "effibench-x";

  /** Upstream language keys, in the order PerfOrch lists them. */
  private static final Map<Language, String> UPSTREAM_KEYS =
      Map.of(
          Language.PYTHON, "python3",
          Language.JAVA, "java",
          Language.CPP, "cpp",
          Language.GO, "golang",
          Language.RUST, "rust");

  /** Loads every matching file; files ending in .json hold one problem, others one per line. */
  public List<Problem> load(String pathOrGlob) {
    List<Problem> problems = new ArrayList<>();
    UniqueTaskIds taskIds = new UniqueTaskIds();
    for (ResourceId file : DatasetFiles.match(pathOrGlob)) {
      String name = file.getFilename() == null ? file.toString() : file.getFilename();
      List<JsonRecord> rows = name.endsWith(".json")
          ? List.of(DatasetFiles.readJsonObject(file)) : DatasetFiles.readJsonLines(file);
      for (JsonRecord row : rows) {
        for (Problem problem : toProblems(row)) {
          taskIds.claim(problem.getTaskId(), row, "id");
          problems.add(problem);
        }
      }
    }
    return problems;
  }

  public List<Problem> toProblems(JsonRecord row) {
    String source = row.requiredString("source");
    String id = row.requiredString("id");
    String type = row.requiredString("type");
    if (!type.equals("io") && !type.equals("functional")) {
      throw row.error("type", "expected \"io\" or \"functional\" but found \"" + type + "\"");
    }
    String problemKey = source + "_" + id;
    List<TestCase> tests = testCases(row);
    ObjectNode solutions = row.optionalObject("solutions");
    ObjectNode runners = row.optionalObject("test_runners");
    ObjectNode starters = row.optionalObject("starter_code");
    Long timeLimitNanos = row.optionalLong("time_limit_nanos");

    List<Problem> problems = new ArrayList<>();
    for (Language language : Language.values()) {
      String key = UPSTREAM_KEYS.get(language);
      List<ReferenceSolution> references = referenceSolutions(row, solutions, key);
      String runner = text(runners, key);
      if (type.equals("functional") && runner == null) {
        continue; // no harness to call the solution with in this language
      }
      if (references.isEmpty() && runner == null) {
        continue;
      }
      String starter = text(starters, key);
      if (starter == null && language == Language.PYTHON) {
        starter = text(starters, "python");
      }
      StdioSpec stdio =
          StdioSpec.newBuilder()
              .setProblemType(type)
              .setTestCases(tests)
              .setEvaluator(row.optionalString("evaluator"))
              .setTestRunner(runner)
              .setStarterCode(starter)
              .setTestCaseGenerator(row.optionalString("test_case_generator"))
              .build();
      problems.add(
          Problem.newBuilder()
              .setDataset(DATASET)
              .setTaskId(language.humanEvalPrefix() + "/" + problemKey)
              .setProblemId(DATASET + "/" + problemKey)
              .setLanguage(language.id())
              .setTitle(row.optionalString("title"))
              .setPrompt(promptOf(row))
              .setDeclaration(starter == null ? "" : starter)
              .setEntryPoint(null)
              .setShape(ProgramShape.FULL_PROGRAM)
              .setSolutions(references)
              .setTest("")
              .setExampleTest(null)
              .setStdio(stdio)
              .setCategory(null)
              .setTags(row.stringList("tags"))
              .setDifficulty(emptyToNull(row.optionalString("difficulty")))
              .setSourceUrl(row.optionalString("url"))
              .setTimeLimitMillis(timeLimitNanos == null ? null : timeLimitNanos / 1_000_000)
              .setMemoryLimitBytes(row.optionalLong("memory_limit_bytes"))
              .build());
    }
    return problems;
  }

  private static String promptOf(JsonRecord row) {
    String markdown = row.optionalString("description_md");
    return markdown != null && !markdown.isBlank() ? markdown : row.requiredString("description");
  }

  /** generated_tests is a JSON-encoded string upstream; an already decoded list is accepted too. */
  private static List<TestCase> testCases(JsonRecord row) {
    JsonNode raw = row.node().get("generated_tests");
    if (raw == null || raw.isNull()) {
      throw row.error("generated_tests", "missing (required: the evaluation runs these cases)");
    }
    JsonNode list = raw;
    if (raw.isTextual()) {
      try {
        list = DatasetFiles.json().readTree(raw.asText());
      } catch (java.io.IOException e) {
        throw row.error("generated_tests", "not a JSON-encoded list: " + e.getMessage(), e);
      }
    }
    if (!list.isArray()) {
      throw row.error("generated_tests", "expected a list of {input, output} cases");
    }
    List<TestCase> cases = new ArrayList<>();
    int index = 0;
    for (JsonNode item : list) {
      JsonNode input = item.get("input");
      JsonNode output = item.get("output");
      if (input == null || !input.isTextual() || output == null || !output.isTextual()) {
        throw row.error(
            "generated_tests", "case " + index + " needs string fields \"input\" and \"output\"");
      }
      cases.add(new TestCase(input.asText(), output.asText()));
      index++;
    }
    return cases;
  }

  /**
   * The three canonical sets upstream builds per language: the solution's code, and the first code in
   * its runtime and memory distributions (JSON-encoded lists of [value, percentile, code]).
   */
  private static List<ReferenceSolution> referenceSolutions(
      JsonRecord row, ObjectNode solutions, String key) {
    List<ReferenceSolution> references = new ArrayList<>();
    JsonNode entry = solutions == null ? null : solutions.get(key);
    if (entry == null || entry.isNull()) {
      return references;
    }
    String field = "solutions." + key;
    if (!entry.isObject()) {
      throw row.error(field, "expected an object with a \"code\" field");
    }
    JsonNode code = entry.get("code");
    if (code != null && code.isTextual()) {
      references.add(new ReferenceSolution("canonical", code.asText()));
    }
    addFromDistribution(row, entry, field, "runtimeDistribution", "canonical_runtime", references);
    addFromDistribution(row, entry, field, "memoryDistribution", "canonical_memory", references);
    return references;
  }

  private static void addFromDistribution(
      JsonRecord row,
      JsonNode entry,
      String field,
      String distributionField,
      String label,
      List<ReferenceSolution> references) {
    JsonNode raw = entry.get(distributionField);
    if (raw == null || raw.isNull()) {
      return;
    }
    JsonNode list = raw;
    if (raw.isTextual()) {
      if (raw.asText().isBlank()) {
        return;
      }
      try {
        list = DatasetFiles.json().readTree(raw.asText());
      } catch (java.io.IOException e) {
        throw row.error(field + "." + distributionField, "not a JSON-encoded list: " + e.getMessage(), e);
      }
    }
    if (!list.isArray()) {
      throw row.error(field + "." + distributionField, "expected a list of [value, percentile, code]");
    }
    for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
      JsonNode triple = it.next();
      if (triple.isArray() && triple.size() >= 3 && triple.get(2).isTextual()) {
        references.add(new ReferenceSolution(label, triple.get(2).asText()));
        return;
      }
    }
  }

  private static String text(ObjectNode map, String key) {
    if (map == null) {
      return null;
    }
    JsonNode value = map.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
