package io.perforch.datasets.generic;

import io.perforch.datasets.io.AvroJson;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.datasets.io.UniqueTaskIds;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Loads PerfOrch's own JSONL: one {@link Problem} per line with the field names of {@code problem.avsc}
 * (see {@link AvroJson}). The format {@code datasets export} writes, and the easiest way to add a
 * dataset of your own.
 */
public final class GenericJsonlLoader {
  public List<Problem> load(String pathOrGlob) {
    List<Problem> problems = new ArrayList<>();
    UniqueTaskIds taskIds = new UniqueTaskIds();
    for (ResourceId file : DatasetFiles.match(pathOrGlob)) {
      for (JsonRecord row : DatasetFiles.readJsonLines(file)) {
        Problem problem = AvroJson.<Problem>fromJson(row, Problem.getClassSchema());
        try {
          problem.setLanguage(Language.parse(problem.getLanguage()).id());
        } catch (IllegalArgumentException e) {
          throw row.error("language", e.getMessage());
        }
        taskIds.claim(problem.getTaskId(), row, "taskId");
        problems.add(problem);
      }
    }
    return problems;
  }
}
