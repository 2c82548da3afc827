package io.perforch.execution.stdio;

import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.RunStatus;
import io.perforch.execution.sandbox.SandboxLimits;
import java.time.Duration;

/**
 * EffiBench-X's limits, the same for every problem: 10 s and 1024 MB per test case (upstream's
 * {@code run_tests} defaults; a problem's own {@code time_limit_nanos} and {@code memory_limit_bytes} are
 * not used).
 *
 * <p>Time: wall clock and CPU (summed over the process tree) are both capped at 10 s per case.
 *
 * <p>Memory: the sandbox has one knob, {@link SandboxLimits#addressSpaceBytes()}, which is both every
 * process's RLIMIT_AS and the supervisor's budget for the tree's summed RSS. It cannot be 1024 MB: the
 * JVM (see JavaRunner's flags: a 1 GiB heap, code cache, class space, metaspace, thread stacks and
 * malloc arenas) reserves about 3 GiB of address space before running a line, so it would not even start.
 * The address space is therefore at least {@link #MIN_ADDRESS_SPACE_BYTES}, and the 1024 MB is enforced
 * on what upstream's Docker cgroup limit measures, resident memory: a case whose peak RSS (the tree's
 * summed RSS sampled every 5 ms, never below the kernel's own peak of its largest process) exceeds
 * {@link #MEMORY_LIMIT_BYTES} is judged {@code MEMORY_LIMIT} afterwards, however it ended, because
 * upstream's container would have been killed at that point. A case that grows past the address-space
 * budget is stopped by the sandbox itself.
 */
public final class StdioLimits {
  /** Upstream's {@code time_limit=10} (seconds). */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(10);
  /** Upstream's {@code memory_limit=1024} (MB, as Docker reads it: MiB). */
  public static final long MEMORY_LIMIT_BYTES = 1024L << 20;
  /** Enough address space for the JVM with JavaRunner's flags (measured: it fails to start under 3 GiB). */
  public static final long MIN_ADDRESS_SPACE_BYTES = 4096L << 20;
  /** Upstream's {@code eval_timeout}: one call of a problem's evaluator. */
  public static final Duration EVALUATOR_CALL_TIMEOUT = Duration.ofSeconds(10);

  private static final long MIB = 1L << 20;

  private StdioLimits() {}

  /**
   * The limits of one test case, derived from the settings' run limits: 10 s wall and CPU, address space
   * at least {@link #MIN_ADDRESS_SPACE_BYTES}, and room for the output: at least twice the largest
   * expected output plus 1 MiB, all of it kept, so that what is judged is never a truncated stdout.
   */
  public static SandboxLimits perCase(SandboxLimits runLimits, long largestExpectedOutputBytes) {
    long output = Math.max(runLimits.maxOutputBytes(), 2 * largestExpectedOutputBytes + MIB);
    output = Math.min(output, Integer.MAX_VALUE - 1024L);
    return runLimits.toBuilder()
        .wallTimeout(TIME_LIMIT)
        .cpuTime(TIME_LIMIT)
        .addressSpaceBytes(Math.max(runLimits.addressSpaceBytes(), MIN_ADDRESS_SPACE_BYTES))
        .maxOutputBytes(output)
        .keptOutputBytes((int) output)
        .build();
  }

  /**
   * The limits of the one evaluator run that judges all cases: {@link #EVALUATOR_CALL_TIMEOUT} per call
   * is enforced by the evaluation script itself; this is the backstop for the whole batch.
   */
  public static SandboxLimits evaluator(SandboxLimits runLimits, int pairs) {
    Duration budget = EVALUATOR_CALL_TIMEOUT.multipliedBy(pairs + 2L);
    return runLimits.toBuilder().wallTimeout(budget).cpuTime(budget).build();
  }

  /** Used more resident memory than upstream's container may (whatever the sandbox itself allowed). */
  public static boolean overMemory(RunResult run) {
    return run.status() != RunStatus.SANDBOX_ERROR && run.peakRssBytes() > MEMORY_LIMIT_BYTES;
  }
}
