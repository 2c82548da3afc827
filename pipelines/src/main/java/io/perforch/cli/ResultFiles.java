package io.perforch.cli;

import io.perforch.datasets.io.AvroJson;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.profiling.io.RunFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.beam.sdk.io.fs.ResourceId;

/** Writes execution results to a folder (local or gs://) as results.jsonl and results.avro. */
final class ResultFiles {
  private ResultFiles() {}

  /** Returns the files written. */
  static List<String> write(String outDir, List<ExecutionResult> results) {
    ResourceId jsonl = RunFiles.resolve(outDir, "results.jsonl");
    ResourceId avro = RunFiles.resolve(outDir, "results.avro");
    try {
      StringBuilder lines = new StringBuilder();
      for (ExecutionResult result : results) {
        lines.append(AvroJson.toJson(result)).append('\n');
      }
      RunFiles.writeText(jsonl, lines.toString());
      RunFiles.writeAvro(avro, ExecutionResult.class, results);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results to " + outDir + ": " + e.getMessage(), e);
    }
    return List.of(jsonl.toString(), avro.toString());
  }
}
