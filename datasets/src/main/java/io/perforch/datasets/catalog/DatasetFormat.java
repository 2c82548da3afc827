package io.perforch.datasets.catalog;

import io.perforch.datasets.io.JsonRecord;
import java.util.Locale;

/** The file layouts PerfOrch reads. */
public enum DatasetFormat {
  /** HumanEval-X JSONL(.gz): task_id, prompt, declaration, canonical_solution, test, ... */
  HUMANEVAL_X("humaneval-x"),
  /** EffiBench-X per-problem JSON files or JSONL rows with upstream's field names. */
  EFFIBENCH_X("effibench-x"),
  /** PerfOrch's own JSONL: one Problem per line, field names as in problem.avsc. */
  GENERIC("generic");

  private final String id;

  DatasetFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static DatasetFormat parse(String name) {
    for (DatasetFormat format : values()) {
      if (format.id.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "' (expected humaneval-x, effibench-x or generic)");
  }

  /** Recognises a layout from the field names of its first record. */
  public static DatasetFormat detect(JsonRecord first) {
    if (first.has("task_id") && first.has("canonical_solution")) {
      return HUMANEVAL_X;
    }
    if (first.has("generated_tests") || (first.has("solutions") && first.has("source"))) {
      return EFFIBENCH_X;
    }
    if (first.has("taskId") && first.has("language")) {
      return GENERIC;
    }
    throw first.error(
        null,
        "cannot tell the dataset format: expected HumanEval-X fields (task_id, canonical_solution), "
            + "EffiBench-X fields (generated_tests, solutions) or PerfOrch fields (taskId, language); "
            + "pass --format to say which");
  }
}
