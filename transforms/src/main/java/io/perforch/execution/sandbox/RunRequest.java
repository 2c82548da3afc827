package io.perforch.execution.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One program to run.
 *
 * @param argv program and arguments; argv[0] is looked up on the sandbox PATH. Arguments that are
 *     the host path of {@code workDir} (or start with it) are rewritten by sandboxes that mount the
 *     workdir elsewhere, so callers may use either relative or host-absolute paths
 * @param workDir the current directory and the only writable host directory; private to this run
 * @param readOnlyBinds host paths (toolchains, dependency caches) made visible read-only, at the
 *     same path inside the sandbox; host permissions still apply, and under a root JVM the program
 *     runs as a throwaway uid, so they must be world-readable
 * @param environment variables added to the minimal environment (PATH, HOME=workdir,
 *     LANG=C.UTF-8); nothing is inherited from the JVM
 * @param stdin what the program reads
 * @param limits resource limits
 * @param sampleMemory sample the tree's RSS every 5 ms (peak and mean; a run shorter than that has its
 *     peak as mean); without it only the kernel's peak RSS of the largest single process is
 *     reported and the mean is 0
 */
public record RunRequest(
    List<String> argv,
    Path workDir,
    List<Path> readOnlyBinds,
    Map<String, String> environment,
    StdinSource stdin,
    SandboxLimits limits,
    boolean sampleMemory) {

  public RunRequest {
    argv = List.copyOf(argv);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must not be empty");
    }
    Objects.requireNonNull(workDir, "workDir");
    workDir = workDir.toAbsolutePath().normalize();
    readOnlyBinds = List.copyOf(readOnlyBinds);
    for (Path bind : readOnlyBinds) {
      if (!bind.isAbsolute()) {
        throw new IllegalArgumentException("read-only bind must be absolute: " + bind);
      }
    }
    environment = Map.copyOf(environment);
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(limits, "limits");
  }

  /** A builder for a run in {@code workDir}, which the caller created and will delete. */
  public static Builder builder(Path workDir) {
    return new Builder(workDir);
  }

  /** A builder that creates a fresh private (0700) temp directory; the caller deletes it. */
  public static Builder builderWithTempWorkDir() {
    try {
      return new Builder(Files.createTempDirectory("perforch-work-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a private working directory", e);
    }
  }

  /** Fluent construction; only the command is required. */
  public static final class Builder {
    private final Path workDir;
    private final List<String> argv = new ArrayList<>();
    private final List<Path> readOnlyBinds = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private StdinSource stdin = StdinSource.empty();
    private SandboxLimits limits = SandboxLimits.defaults();
    private boolean sampleMemory = true;

    private Builder(Path workDir) {
      this.workDir = Objects.requireNonNull(workDir, "workDir");
    }

    public Builder command(String... args) {
      return command(List.of(args));
    }

    public Builder command(List<String> args) {
      argv.clear();
      argv.addAll(args);
      return this;
    }

    public Builder readOnlyBind(Path hostPath) {
      readOnlyBinds.add(hostPath);
      return this;
    }

    public Builder env(String name, String value) {
      environment.put(name, value);
      return this;
    }

    public Builder stdin(StdinSource source) {
      stdin = source;
      return this;
    }

    public Builder stdin(String text) {
      return stdin(StdinSource.of(text));
    }

    public Builder limits(SandboxLimits value) {
      limits = value;
      return this;
    }

    public Builder sampleMemory(boolean value) {
      sampleMemory = value;
      return this;
    }

    public RunRequest build() {
      return new RunRequest(
          argv, workDir, readOnlyBinds, environment, stdin, limits, sampleMemory);
    }
  }
}
