package io.perforch.execution;

import io.perforch.datasets.io.AvroJson;
import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.io.JsonRecord;
import io.perforch.execution.model.ExecutionResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Results of earlier executions by content hash of everything that decides them (program, tests, limits,
 * sandbox, repeats), so that a rerun of a run costs nothing. Outcomes that say more about the machine
 * than the program (time-outs, sandbox failures, a missing toolchain) are never cached, but for a flaky
 * program's: that record is kept, whatever its first verdict, so that it is never served (see
 * {@link VerdictRuns}, which decides what may be served).
 */
final class ResultCache {
  private final Path root;

  ResultCache(Path root) {
    this.root = root;
  }

  Optional<ExecutionResult> get(String key) {
    Path file = path(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      var node = (com.fasterxml.jackson.databind.node.ObjectNode) DatasetFiles.json().readTree(text);
      ExecutionResult result = AvroJson.fromJson(new JsonRecord(file.toString(), 1, node),
          ExecutionResult.getClassSchema());
      return Optional.of(result);
    } catch (IOException | RuntimeException corrupt) {
      return Optional.empty(); // a damaged entry is recomputed and rewritten
    }
  }

  void put(String key, ExecutionResult result) {
    if (VerdictRuns.MACHINE_DEPENDENT.contains(result.getVerdict()) && !result.getFlaky()) {
      return;
    }
    Path file = path(key);
    Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(temp, AvroJson.toJson(result).toString(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(temp); // caching is an optimisation: failing to store loses nothing
    }
  }

  private Path path(String key) {
    return root.resolve(key.substring(0, 2)).resolve(key + ".json");
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
