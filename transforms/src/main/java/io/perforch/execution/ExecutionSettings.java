package io.perforch.execution;

import io.perforch.execution.languages.Assembly;
import io.perforch.execution.sandbox.Sandbox;
import io.perforch.execution.sandbox.SandboxLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How programs are executed.
 *
 * @param sandbox where compilers and programs run
 * @param runLimits limits of one test run
 * @param compileLimits limits of one compile
 * @param workers programs executed at once
 * @param repeats 0 for one plain run; N for measurement mode: a warm-up run, then N measured runs whose
 *     median is reported
 * @param cacheRoot where compiled programs and results are cached
 * @param reuseResults serve a repeated identical execution from the result cache
 * @param assembly how test programs are put together ({@link Assembly#UPSTREAM} unless asked otherwise)
 * @param checkRuns 0 to judge a program once (a failure twice before it is cached, see {@link
 *     VerdictRuns}); N &ge; 2 to judge every program N times, never from the cache, and report the programs
 *     whose verdict changed ({@code --check-flaky N})
 */
public record ExecutionSettings(
    Sandbox sandbox,
    SandboxLimits runLimits,
    SandboxLimits compileLimits,
    int workers,
    int repeats,
    Path cacheRoot,
    boolean reuseResults,
    Assembly assembly,
    int checkRuns) {

  public ExecutionSettings {
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(runLimits, "runLimits");
    Objects.requireNonNull(compileLimits, "compileLimits");
    Objects.requireNonNull(cacheRoot, "cacheRoot");
    Objects.requireNonNull(assembly, "assembly");
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    if (repeats < 0) {
      throw new IllegalArgumentException("repeats must be 0 or more, was " + repeats);
    }
    if (checkRuns != 0 && checkRuns < 2) {
      throw new IllegalArgumentException("a flakiness check needs at least 2 runs, was " + checkRuns);
    }
  }

  /** One worker per core, a plain run, the default limits and cache. */
  public static ExecutionSettings defaults(Sandbox sandbox) {
    return new ExecutionSettings(sandbox, SandboxLimits.defaults(), defaultCompileLimits(),
        Runtime.getRuntime().availableProcessors(), 0, CacheDirs.root(), true, Assembly.DEFAULT, 0);
  }

  /** Compilers are bigger and slower than the programs they compile; Go's and rustc's are threaded. */
  public static SandboxLimits defaultCompileLimits() {
    return SandboxLimits.builder()
        .cpuTime(Duration.ofSeconds(120))
        .wallTimeout(Duration.ofSeconds(120))
        .addressSpaceBytes(8L << 30)
        .maxProcesses(512)
        .build();
  }

  public ExecutionSettings withWorkers(int value) {
    return new ExecutionSettings(sandbox, runLimits, compileLimits, value, repeats, cacheRoot, reuseResults, assembly, checkRuns);
  }

  public ExecutionSettings withRepeats(int value) {
    return new ExecutionSettings(sandbox, runLimits, compileLimits, workers, value, cacheRoot, reuseResults, assembly, checkRuns);
  }

  public ExecutionSettings withCacheRoot(Path value) {
    return new ExecutionSettings(sandbox, runLimits, compileLimits, workers, repeats, value, reuseResults, assembly, checkRuns);
  }

  public ExecutionSettings withReuseResults(boolean value) {
    return new ExecutionSettings(sandbox, runLimits, compileLimits, workers, repeats, cacheRoot, value, assembly, checkRuns);
  }

  public ExecutionSettings withAssembly(Assembly value) {
    return new ExecutionSettings(sandbox, runLimits, compileLimits, workers, repeats, cacheRoot, reuseResults, value, checkRuns);
  }

  public ExecutionSettings withRunLimits(SandboxLimits value) {
    return new ExecutionSettings(sandbox, value, compileLimits, workers, repeats, cacheRoot, reuseResults, assembly, checkRuns);
  }

  public ExecutionSettings withCheckRuns(int value) {
    return new ExecutionSettings(sandbox, runLimits, compileLimits, workers, repeats, cacheRoot, reuseResults, assembly,
        value);
  }
}
