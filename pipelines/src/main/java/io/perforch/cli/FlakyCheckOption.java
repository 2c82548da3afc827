package io.perforch.cli;

import io.perforch.execution.ExecutionSettings;
import picocli.CommandLine.Option;

/** {@code --check-flaky N}, shared by validate and evaluate. */
final class FlakyCheckOption {
  @Option(names = "--check-flaky", paramLabel = "N",
      description = "Run every program N times (N >= 2, never from the cache) and list those whose verdict "
          + "changed, with how often each verdict came; exit code 3 when there are any.")
  Integer runs;

  boolean requested() {
    return runs != null;
  }

  ExecutionSettings applyTo(ExecutionSettings settings) {
    if (runs == null) {
      return settings;
    }
    if (runs < 2) {
      throw new IllegalArgumentException("--check-flaky needs at least 2 runs, got " + runs);
    }
    return settings.withCheckRuns(runs);
  }
}
