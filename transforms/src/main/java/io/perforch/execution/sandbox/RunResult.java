package io.perforch.execution.sandbox;

import java.util.Objects;

/**
 * What a sandboxed run did and used. Times are for the whole process tree.
 *
 * @param status how the run ended
 * @param exitCode exit code of the main program, or -1 if it did not exit normally
 * @param signal signal that killed the main program, or 0
 * @param stdout captured stdout, cut at {@link SandboxLimits#keptOutputBytes()} with a marker
 * @param stderr captured stderr, cut the same way
 * @param wallTimeNanos from start until the main program ended
 * @param cpuUserNanos user CPU of every process in the tree
 * @param cpuSysNanos system CPU of every process in the tree
 * @param cpuEfficiency (user+sys)/wall: above 1 means parallelism, far below 1 means waiting
 * @param peakRssBytes highest summed RSS of the tree seen (at least the kernel's per-process peak)
 * @param meanRssBytes time-weighted mean of the summed RSS; the peak for a run too short for two samples;
 *     0 when memory was not sampled
 * @param peakTasks most processes+threads alive at once (the unit RLIMIT_NPROC counts)
 * @param message one short diagnostic line; empty for a clean exit
 */
public record RunResult(
    RunStatus status,
    int exitCode,
    int signal,
    String stdout,
    String stderr,
    long wallTimeNanos,
    long cpuUserNanos,
    long cpuSysNanos,
    double cpuEfficiency,
    long peakRssBytes,
    long meanRssBytes,
    long peakTasks,
    String message) {

  public RunResult {
    Objects.requireNonNull(status, "status");
    stdout = Objects.requireNonNullElse(stdout, "");
    stderr = Objects.requireNonNullElse(stderr, "");
    message = Objects.requireNonNullElse(message, "");
  }

  /** A result for a run that never got as far as the program. */
  public static RunResult sandboxError(String message) {
    return new RunResult(RunStatus.SANDBOX_ERROR, -1, 0, "", "", 0, 0, 0, 0, 0, 0, 0, message);
  }

  public long cpuTotalNanos() {
    return cpuUserNanos + cpuSysNanos;
  }

  /** Exited by itself with status 0. */
  public boolean succeeded() {
    return status == RunStatus.EXITED && exitCode == 0;
  }
}
