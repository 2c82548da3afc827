package io.perforch.datasets.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.DatasetFormatException;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PerfOrch's built-in sample dataset: problems written for this project, each in all five languages, in
 * the HumanEval-X layout with one file per field ({@code <slug>/<language>/prompt.py}, ...) so that the
 * code stays readable and diffable. Efficiency-sensitive problems also ship a correct but slow reference
 * ({@code slow_solution}) so that speed-ups can be shown. The embedded default for demos and tests.
 */
public final class SampleDataset {
  public static final String DATASET = "sample";
  public static final String EFFICIENCY_TAG = "efficiency-sensitive";
  private static final String INDEX = "index.json";

  private static final String[] FIELDS = {
    "prompt", "declaration", "canonical_solution", "slow_solution", "test", "example_test", "import",
    "test_setup"
  };

  private final HumanEvalXLoader rows = new HumanEvalXLoader(DATASET);

  /** All problems in all languages, in index order. */
  public List<Problem> load() {
    List<Problem> problems = new ArrayList<>();
    JsonNode index = readIndex();
    for (JsonNode entry : index) {
      for (Language language : Language.values()) {
        problems.add(load(entry, language));
      }
    }
    return problems;
  }

  private Problem load(JsonNode entry, Language language) {
    String slug = entry.path("slug").asText();
    String dir = slug + "/" + language.id() + "/";
    ObjectNode row = DatasetFiles.json().createObjectNode();
    row.put("task_id", language.humanEvalPrefix() + "/" + slug);
    row.put("problem_id", DATASET + "/" + slug);
    row.put("title", entry.path("title").asText(slug));
    row.put("category", entry.path("category").asText(null));
    row.put("entry_point", entry.path("entry_points").path(language.id()).asText(null));
    var tags = row.putArray("tags");
    entry.path("tags").forEach(tags::add);
    if (entry.path("efficiency_sensitive").asBoolean(false)) {
      tags.add(EFFICIENCY_TAG);
    }
    for (String field : FIELDS) {
      String text = readOptional(dir + field + "." + language.fileExtension());
      if (text != null) {
        row.put(field, text);
      }
    }
    return rows.toProblem(new JsonRecord(resourceName(dir), 0, row));
  }

  private static JsonNode readIndex() {
    String text = readOptional(INDEX);
    if (text == null) {
      throw new DatasetFormatException(resourceName(INDEX), 0, null, "missing from the classpath");
    }
    try {
      JsonNode index = DatasetFiles.json().readTree(text);
      if (!index.isArray()) {
        throw new DatasetFormatException(resourceName(INDEX), 0, null, "expected a JSON list");
      }
      return index;
    } catch (IOException e) {
      throw new DatasetFormatException(resourceName(INDEX), 0, null, e.getMessage(), e);
    }
  }

  private static String readOptional(String relativePath) {
    try (InputStream in = SampleDataset.class.getResourceAsStream(relativePath)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resourceName(relativePath), e);
    }
  }

  private static String resourceName(String relativePath) {
    return "classpath:io/perforch/datasets/sample/" + relativePath;
  }
}
