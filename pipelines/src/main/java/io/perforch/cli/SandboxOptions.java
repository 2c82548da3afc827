package io.perforch.cli;

import io.perforch.execution.CacheDirs;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.sandbox.SandboxUnavailableException;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how widely programs run: options of every command that executes programs. */
final class SandboxOptions {
  @Option(names = "--workers", paramLabel = "N", converter = Counts.AtLeastOne.class,
      description = "Programs executed at once (default: the number of cores).")
  Integer workers;

  @Option(names = "--sandbox", paramLabel = "MODE", defaultValue = "bwrap",
      description = "bwrap (default): bubblewrap with no network, a private temp dir and rlimits. "
          + "none: no isolation, only for trusted code on a machine without bubblewrap.")
  String mode;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Build and result cache (default: $PERFORCH_CACHE or ~/.cache/perforch). The Go and "
          + "Rust dependency caches are per machine and stay in $PERFORCH_CACHE.")
  Path cacheDir;

  /** The settings these options give; fails here, before any work, when the sandbox is unavailable. */
  ExecutionSettings settings() {
    ExecutionSettings settings;
    try {
      settings = ExecutionSettings.defaults(Sandboxes.create(mode));
    } catch (SandboxUnavailableException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
    settings = settings.withCacheRoot(cacheDir != null ? cacheDir.toAbsolutePath() : CacheDirs.root());
    return workers != null ? settings.withWorkers(workers) : settings;
  }
}
