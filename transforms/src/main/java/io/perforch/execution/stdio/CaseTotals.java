package io.perforch.execution.stdio;

import io.perforch.execution.sandbox.RunResult;

/**
 * The figures of one pass over a problem's test cases, as EffiBench-X sums them: wall and CPU time summed
 * over the cases, peak memory the largest case's, memory integral the sum over cases of mean RSS × wall.
 */
public final class CaseTotals {
  private int cases;
  private long wallNanos;
  private long cpuUserNanos;
  private long cpuSysNanos;
  private long peakRssBytes;
  private double memoryIntegralByteNanos;

  public void add(RunResult run) {
    cases++;
    wallNanos += run.wallTimeNanos();
    cpuUserNanos += run.cpuUserNanos();
    cpuSysNanos += run.cpuSysNanos();
    peakRssBytes = Math.max(peakRssBytes, run.peakRssBytes());
    memoryIntegralByteNanos += (double) run.meanRssBytes() * run.wallTimeNanos();
  }

  public int cases() {
    return cases;
  }

  public long wallNanos() {
    return wallNanos;
  }

  public long cpuUserNanos() {
    return cpuUserNanos;
  }

  public long cpuSysNanos() {
    return cpuSysNanos;
  }

  /** (user+sys)/wall over all cases. */
  public double cpuEfficiency() {
    return wallNanos > 0 ? (double) (cpuUserNanos + cpuSysNanos) / wallNanos : 0;
  }

  public long peakRssBytes() {
    return peakRssBytes;
  }

  /** Time-weighted mean RSS over all cases: the integral divided by the summed wall time. */
  public long meanRssBytes() {
    return wallNanos > 0 ? Math.round(memoryIntegralByteNanos / wallNanos) : 0;
  }

  public double memoryIntegralByteNanos() {
    return memoryIntegralByteNanos;
  }
}
