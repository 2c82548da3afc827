package io.perforch.orchestration;

import io.perforch.execution.model.Verdict;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.Refinement;
import java.util.Locale;

/**
 * Whether a refinement may replace the program it refined: it must pass, the speed-up rule must call it
 * faster, and (with a memory guard) it must not buy its speed with much more peak memory.
 */
final class RefinementCheck {
  /** The outcome: qualifies or not, and why in words. */
  record Result(boolean qualifies, String reason) {}

  private final double maxMemoryRatio;

  RefinementCheck(double maxMemoryRatio) {
    this.maxMemoryRatio = maxMemoryRatio;
  }

  Result check(Candidate refined, Candidate measuredInput) {
    if (refined.getOutcome() != CandidateOutcome.JUDGED || refined.getResult() == null) {
      return new Result(false, "no program to judge (" + refined.getOutcome() + ")");
    }
    Verdict verdict = refined.getResult().getVerdict();
    if (verdict != Verdict.PASSED) {
      return new Result(false, "fails its tests (" + verdict + ")");
    }
    Refinement refinement = refined.getRefinement();
    if (refinement == null) {
      return new Result(false, "passes, but was not measured against its input");
    }
    String timing = String.format(Locale.ROOT, "speed-up %.2f×, p = %.3g", refinement.getSpeedup(),
        refinement.getPValue());
    if (!refinement.getFaster()) {
      return new Result(false, "passes, but is not faster by the speed-up rule (" + timing + ")");
    }
    long before = measuredInput.getResult().getPeakRssBytes();
    long after = refined.getResult().getPeakRssBytes();
    if (maxMemoryRatio > 0 && before > 0 && after > maxMemoryRatio * before) {
      return new Result(false, String.format(Locale.ROOT,
          "faster (%s) but uses %.1f× its input's peak memory (--max-memory-ratio %s)", timing,
          (double) after / before, maxMemoryRatio));
    }
    return new Result(true, "passes and is faster (" + timing + ")");
  }
}
