package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing input file is named at once, even beside a symlink loop. The timeout only keeps a
 * regression from hanging the build: the lookup used to walk such loops without end.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MissingInputTest {
  @TempDir Path dir;

  @BeforeEach
  void symlinkLoop() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("a/up"), dir);
    Files.createSymbolicLink(dir.resolve("a/again"), dir);
  }

  @Test
  void aMissingFleetFile() {
    Path missing = dir.resolve("fleet.yaml");

    CliRun run = CliRun.of("models", "list", "--fleet", missing.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(missing + ": no such file");
  }

  @Test
  void aBinaryFleetFileIsNamedWithItsLine() throws Exception {
    Path binary = dir.resolve("fleet.yaml");
    Files.write(binary, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, (byte) 0xc3, 0x28});

    CliRun run = CliRun.of("models", "list", "--fleet", binary.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(binary + ":1: a binary file, not YAML text").doesNotContain("Exception");
  }

  @Test
  void aMissingDatasetFile() {
    Path missing = dir.resolve("problems.jsonl");

    CliRun shown = CliRun.of("datasets", "show", missing.toString());
    CliRun validated = CliRun.of("validate", "--dataset", missing.toString(),
        "--cache-dir", dir.resolve("cache").toString());

    assertThat(shown.exitCode()).isEqualTo(1);
    assertThat(shown.err()).contains(missing + ": no such file");
    assertThat(validated.exitCode()).isEqualTo(1);
    assertThat(validated.err()).contains(missing + ": no such file");
  }

  @Test
  void aMissingSamplesFile() {
    Path missing = dir.resolve("samples.jsonl");

    CliRun run = CliRun.of("evaluate", "--dataset", "sample", "--samples", missing.toString(),
        "--cache-dir", dir.resolve("cache").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(missing + ": no such file");
  }
}
