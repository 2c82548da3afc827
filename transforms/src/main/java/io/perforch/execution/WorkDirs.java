package io.perforch.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Private scratch folders for single runs, removed afterwards whatever the program left in them. */
final class WorkDirs {
  private WorkDirs() {}

  static Path create() {
    try {
      return Files.createTempDirectory("perforch-run-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a working directory: " + e.getMessage(), e);
    }
  }

  static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // left-over scratch space in the temp folder is harmless
    }
  }
}
