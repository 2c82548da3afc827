package io.perforch.cli;

import io.perforch.execution.ExecutionSettings;
import picocli.CommandLine.Option;

/** {@code --check-flaky N}, shared by validate and evaluate. */
final class FlakyCheckOption {
  @Option(names = "--check-flaky", paramLabel = "N", converter = Counts.FlakyCheckRuns.class,
      description = "Run every program N times (N >= 2, never from the cache) and list those whose verdict "
          + "changed, with how often each verdict came; exit code 3 when there are any.")
  Integer runs;

  boolean requested() {
    return runs != null;
  }

  ExecutionSettings applyTo(ExecutionSettings settings) {
    return runs == null ? settings : settings.withCheckRuns(runs);
  }
}
