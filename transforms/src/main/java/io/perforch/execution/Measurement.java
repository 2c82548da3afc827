package io.perforch.execution;

import io.perforch.execution.sandbox.RunResult;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Figures of repeated runs of one program. Machines are noisy, so PerfOrch reports medians and keeps
 * every sample for significance tests; the run whose wall time is the median supplies CPU and memory, so
 * that the figures of one result always come from one real run.
 */
public final class Measurement {
  private Measurement() {}

  /** The run with the median wall time (the lower middle one for an even count). */
  public static RunResult medianRun(List<RunResult> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    RunResult[] sorted = runs.toArray(new RunResult[0]);
    Arrays.sort(sorted, Comparator.comparingLong(RunResult::wallTimeNanos));
    return sorted[(sorted.length - 1) / 2];
  }

  public static long median(long[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
