package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./perforch} launcher on a machine without the sandbox toolchains, imitated by a PATH of
 * links to every program but bwrap and go. The installer is replaced (PERFORCH_INSTALLER) by one that
 * records its call and "installs" by linking the two back, as apt-get would put them on PATH.
 */
class LauncherToolchainsIT {
  private static final Path ROOT = Path.of(System.getProperty("perforch.root", "..")).toAbsolutePath().normalize();
  private static final Set<String> HIDDEN = Set.of("bwrap", "go");

  private Path dir;
  private Path bareBin;
  private Path installer;
  private Path calls;

  @BeforeEach
  void machineWithoutToolchains() throws IOException {
    dir = Files.createTempDirectory("perforch-launcher-");
    bareBin = Files.createDirectories(dir.resolve("bin"));
    StringBuilder relink = new StringBuilder();
    Set<String> seen = new java.util.HashSet<>();
    for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
      Path folder = Path.of(entry);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (var programs = Files.list(folder)) {
        for (Path program : programs.filter(Files::isExecutable).toList()) {
          String name = program.getFileName().toString();
          Path link = bareBin.resolve(name);
          if (!seen.add(name)) {
            continue; // the first on PATH wins, as for a shell
          }
          if (HIDDEN.contains(name)) {
            relink.append("ln -s '").append(program).append("' '").append(link).append("'\n");
          } else {
            Files.createSymbolicLink(link, program);
          }
        }
      }
    }
    assertThat(relink.toString()).as("this machine's PATH has bwrap and go").contains("/bwrap'", "/go'");
    calls = dir.resolve("installer-calls");
    installer = dir.resolve("install-toolchains.sh");
    Files.writeString(installer, "#!/bin/sh\necho called >> '" + calls + "'\n" + relink);
    Files.setPosixFilePermissions(installer, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Removes the links themselves (JUnit's @TempDir warns about each link to outside it). */
  @AfterEach
  void removeTheMachine() throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void aCommandThatRunsProgramsInstallsTheMissingToolchainsFirst() throws Exception {
    Result result = run(bareBin, "validate", "--dataset", "sample", "--languages", "python", "--limit", "1",
        "--cache-dir", dir.resolve("cache").toString());

    assertThat(result.exitCode).as(result.err).isZero();
    assertThat(Files.readAllLines(calls)).containsExactly("called");
    assertThat(result.err.lines().filter(line -> line.startsWith("perforch: ")))
        .containsExactly("perforch: bwrap not found: installing the sandbox toolchains with " + installer);
    assertThat(result.out).containsPattern("python\\s+1\\s+1\\s+100.0%");

    Result again = run(bareBin, "validate", "--dataset", "sample", "--languages", "python", "--limit", "1",
        "--cache-dir", dir.resolve("cache").toString());
    assertThat(again.exitCode).as(again.err).isZero();
    assertThat(Files.readAllLines(calls)).as("installed once, then found").containsExactly("called");
    assertThat(again.err).doesNotContain("installing");
  }

  @Test
  void commandsThatRunNoProgramsNeverInstall() throws Exception {
    assertThat(run(bareBin, "datasets", "list").exitCode).isZero();
    assertThat(run(bareBin, "validate", "--help").exitCode).isZero();
    assertThat(run(bareBin, "--version").exitCode).isZero();

    assertThat(calls).doesNotExist();
  }

  @Test
  void nothingRunsAndNothingIsPrintedWhenEveryToolchainIsThere() throws Exception {
    Path fullBin = Files.createDirectories(dir.resolve("full-bin"));
    for (String hidden : HIDDEN) {
      Files.createSymbolicLink(fullBin.resolve(hidden), whereIs(hidden));
    }

    Result result = run(Path.of(fullBin + File.pathSeparator + bareBin), "validate", "--dataset", "missing.jsonl");

    assertThat(result.exitCode).isEqualTo(1);
    assertThat(calls).doesNotExist();
    assertThat(result.err).isEqualTo("perforch: error: missing.jsonl: no such file\n");
  }

  private static Path whereIs(String program) {
    for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(entry, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(program + " is not on PATH");
  }

  private record Result(int exitCode, String out, String err) {}

  private Result run(Path path, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("perforch").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Map<String, String> environment = builder.environment();
    environment.put("PATH", path.toString());
    environment.put("PERFORCH_INSTALLER", installer.toString());
    environment.put("PERFORCH_CACHE", dir.resolve("perforch-cache").toString());
    Process process = builder.start();
    process.getOutputStream().close();
    int exitCode = process.waitFor();
    return new Result(exitCode, Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }
}
