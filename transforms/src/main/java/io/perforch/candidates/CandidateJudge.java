package io.perforch.candidates;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.Refinement;
import io.perforch.stats.SpeedupRule;
import java.util.List;

/**
 * Runs candidates against their problem's tests. Generate and fix candidates are judged with the
 * settings' repeats (0: one run); programs to refine are measured (a warm-up, then {@code measureRepeats}
 * runs) before they are refined, and refinements are measured the same way and compared with their
 * input by the {@link SpeedupRule}.
 */
public final class CandidateJudge implements AutoCloseable {
  private final Executor judging;
  private final Executor measuring;
  private final SpeedupRule rule;

  /**
   * @param settings the sandbox, limits, caches, and the repeats of generate and fix candidates
   * @param measureRepeats measured runs of programs to refine and of their refinements
   */
  public CandidateJudge(ExecutionSettings settings, int measureRepeats, SpeedupRule rule) {
    if (measureRepeats < 3) {
      throw new IllegalArgumentException("a speed-up needs at least 3 measured runs a program, got " + measureRepeats);
    }
    this.judging = new Executor(settings);
    this.measuring = new Executor(settings.withRepeats(measureRepeats));
    this.rule = rule;
  }

  /** The candidate with its verdict; candidates without code pass through unchanged. */
  public Candidate judge(Problem problem, Candidate candidate) {
    if (candidate.getOutcome() != CandidateOutcome.JUDGED) {
      return candidate;
    }
    ExecutionResult result = judging.execute(CandidateAuthor.submissionOf(problem, candidate));
    return Candidate.newBuilder(candidate).setResult(result).build();
  }

  /** A correct program, its result replaced by a measurement: the input of a refinement. */
  public Candidate measure(Problem problem, Candidate candidate) {
    ExecutionResult measured = measuring.execute(CandidateAuthor.submissionOf(problem, candidate));
    return Candidate.newBuilder(candidate).setResult(measured).build();
  }

  /**
   * A refinement measured against its (measured) input. It counts as faster only when it still passes
   * and the rule says so; a refinement that fails carries no speed-up (nor one it was given before,
   * when it is judged again on other tests).
   */
  public Candidate judgeRefinement(Problem problem, Candidate refined, Candidate measuredInput) {
    if (refined.getOutcome() != CandidateOutcome.JUDGED) {
      return refined;
    }
    ExecutionResult result = measuring.execute(CandidateAuthor.submissionOf(problem, refined));
    Candidate.Builder judged = Candidate.newBuilder(refined).setResult(result).setRefinement(null);
    List<Long> before = measuredInput.getResult().getWallNanosSamples();
    List<Long> after = result.getWallNanosSamples();
    if (result.getVerdict() == Verdict.PASSED && !before.isEmpty() && !after.isEmpty()) {
      SpeedupRule.Decision decision = rule.decide(toDoubles(before), toDoubles(after));
      judged.setRefinement(Refinement.newBuilder()
          .setInputWallNanos(before)
          .setRefinedWallNanos(after)
          .setInputMedianNanos(decision.inputMedian())
          .setRefinedMedianNanos(decision.refinedMedian())
          .setSpeedup(decision.speedup())
          .setPValue(decision.pValue())
          .setFaster(decision.faster())
          .build());
    }
    return judged.build();
  }

  private static double[] toDoubles(List<Long> values) {
    return values.stream().mapToDouble(Long::doubleValue).toArray();
  }

  @Override
  public void close() {
    judging.close();
    measuring.close();
  }
}
