package io.perforch.cli;

import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One line of progress on stderr for long runs, rewritten in place on a terminal and printed every 10%
 * otherwise (logs of CI runs stay short).
 */
final class ProgressLine {
  private final PrintWriter err;
  private final int total;
  private final boolean terminal = System.console() != null;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger passed = new AtomicInteger();
  private final long start = System.nanoTime();

  ProgressLine(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  synchronized void accept(ExecutionResult result) {
    int finished = done.incrementAndGet();
    if (result.getVerdict() == Verdict.PASSED) {
      passed.incrementAndGet();
    }
    boolean milestone = total < 10 || finished % Math.max(1, total / 10) == 0 || finished == total;
    if (!terminal && !milestone) {
      return;
    }
    String line = String.format("[%d/%d] %d passed, %.0f s", finished, total, passed.get(),
        (System.nanoTime() - start) / 1e9);
    err.print(terminal ? "\r" + line + (finished == total ? "\n" : "") : line + "\n");
    err.flush();
  }
}
