package io.perforch.cli;

import io.perforch.execution.CacheDirs;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.sandbox.SandboxUnavailableException;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that execute programs. */
final class ExecutionOptions {
  @Option(names = "--workers", paramLabel = "N", converter = Counts.AtLeastOne.class,
      description = "Programs executed at once (default: the number of cores).")
  Integer workers;

  @Option(names = "--sandbox", paramLabel = "MODE", defaultValue = "bwrap",
      description = "bwrap (default): bubblewrap with no network, a private temp dir and rlimits. "
          + "none: no isolation, only for trusted code on a machine without bubblewrap.")
  String sandbox;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "Measurement mode: a warm-up run, then N measured runs; the median is reported.")
  int repeats;

  @Option(names = "--no-cache", description = "Execute everything again instead of reusing cached results.")
  boolean noCache;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Build and result cache (default: $PERFORCH_CACHE or ~/.cache/perforch). The Go and "
          + "Rust dependency caches are per machine and stay in $PERFORCH_CACHE.")
  Path cacheDir;

  ExecutionSettings settings() {
    ExecutionSettings settings;
    try {
      settings = ExecutionSettings.defaults(Sandboxes.create(sandbox));
    } catch (SandboxUnavailableException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
    settings = settings.withRepeats(repeats).withReuseResults(!noCache)
        .withCacheRoot(cacheDir != null ? cacheDir.toAbsolutePath() : CacheDirs.root());
    return workers != null ? settings.withWorkers(workers) : settings;
  }
}
