package io.perforch.cli;

import io.perforch.datasets.io.AvroJson;
import io.perforch.execution.model.ExecutionResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/** Writes execution results to a folder (local or gs://) as results.jsonl and results.avro. */
final class ResultFiles {
  private ResultFiles() {}

  /** Returns the files written. */
  static List<String> write(String outDir, List<ExecutionResult> results) {
    ResourceId dir = FileSystems.matchNewResource(outDir.endsWith("/") ? outDir : outDir + "/", true);
    ResourceId jsonl = dir.resolve("results.jsonl", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    ResourceId avro = dir.resolve("results.avro", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try {
      if (!outDir.contains("://")) {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(outDir));
      }
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(jsonl, "application/jsonl"))) {
        for (ExecutionResult result : results) {
          out.write((AvroJson.toJson(result).toString() + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(avro, "application/avro"));
          DataFileWriter<ExecutionResult> writer =
              new DataFileWriter<>(new SpecificDatumWriter<>(ExecutionResult.class))) {
        writer.setCodec(CodecFactory.deflateCodec(6));
        writer.create(ExecutionResult.getClassSchema(), out);
        for (ExecutionResult result : results) {
          writer.append(result);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results to " + outDir + ": " + e.getMessage(), e);
    }
    return List.of(jsonl.toString(), avro.toString());
  }
}
