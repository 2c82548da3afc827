package io.perforch.execution.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Shared helpers: hostile scripts, short limits, and the "nothing survives" check. */
final class SandboxTestSupport {

  /** Debian's interpreter: a pyenv shim under /root would not be visible inside the sandbox. */
  static final String PYTHON = "/usr/bin/python3";

  private static Sandbox bwrap;

  private SandboxTestSupport() {}

  static synchronized Sandbox bwrap() {
    if (bwrap == null) {
      bwrap = Sandboxes.create("bwrap");
    }
    return bwrap;
  }

  /** Short limits keep the suite fast; each test overrides what it exercises. */
  static SandboxLimits quickLimits() {
    return SandboxLimits.builder()
        .wallTimeout(Duration.ofSeconds(5))
        .cpuTime(Duration.ofSeconds(5))
        .addressSpaceBytes(1024L * 1024 * 1024)
        .maxProcesses(64)
        .maxFileSizeBytes(16L * 1024 * 1024)
        .maxOutputBytes(1024 * 1024)
        .keptOutputBytes(1024 * 1024)
        .build();
  }

  /** A unique string to find the test's processes by their command line. */
  static String marker() {
    return "pfmark" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** Writes {@code <marker>.py} so every Python process of the test carries the marker. */
  static Path pythonScript(Path workDir, String marker, String source) throws IOException {
    Path script = workDir.resolve(marker + ".py");
    Files.writeString(script, source, StandardCharsets.UTF_8);
    return script;
  }

  static RunRequest.Builder python(Path workDir, Path script) {
    return RunRequest.builder(workDir)
        .command(PYTHON, script.toString())
        .limits(quickLimits());
  }

  /** Fails if any process on the machine still has the marker in its command line. */
  static void assertNothingSurvives(String marker) {
    List<String> survivors = processesWithMarker(marker);
    assertThat(survivors).as("processes left running with marker %s", marker).isEmpty();
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList())
        .as("processes left under the test JVM")
        .isEmpty();
  }

  static List<String> processesWithMarker(String marker) {
    List<String> found = new ArrayList<>();
    long self = ProcessHandle.current().pid();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.toList()) {
        String name = proc.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit) || Long.parseLong(name) == self) {
          continue;
        }
        try {
          String cmdline =
              new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                  .replace('\0', ' ');
          if (cmdline.contains(marker)) {
            found.add(name + ": " + cmdline);
          }
        } catch (IOException e) {
          // The process exited while we looked: not a survivor.
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
    return found;
  }
}
