package io.perforch.execution.stdio;

import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * EffiBench-X's efficiency scores of one candidate on one problem in one language, each
 * {@code min(1, canonical / candidate)} (clamped at 0 too), against the problem's reference solutions:
 *
 * <ul>
 *   <li>ET, execution time: the summed wall time of the cases ({@code wallNanos}), against
 *       {@value #CANONICAL_RUNTIME};
 *   <li>MP, memory peak: the largest case's peak RSS ({@code peakRssBytes}), against
 *       {@value #CANONICAL_MEMORY} (upstream's {@code compute_model_metrics} takes the memory-optimised
 *       solution's figure here);
 *   <li>MI, memory integral: the summed mean RSS × wall ({@code memoryIntegralByteNanos}), against the
 *       smaller of {@value #CANONICAL_RUNTIME}'s and {@value #CANONICAL_MEMORY}'s.
 * </ul>
 *
 * <p>A candidate that did not pass scores 0 on all three, as upstream counts it. A reference that did not pass is not
 * a yardstick; when a problem lacks one of the two optimised solutions (the loader creates them only from
 * non-empty distributions), the plain {@value #CANONICAL} solution stands in for it. A score with no
 * passing yardstick at all is empty. A candidate figure of 0 (nothing measurable) scores 1, where
 * upstream's Python would divide by zero. Results for another problem or language are ignored.
 */
public final class EfficiencyScores {
  public static final String CANONICAL = "canonical";
  public static final String CANONICAL_RUNTIME = "canonical_runtime";
  public static final String CANONICAL_MEMORY = "canonical_memory";

  /** The three scores, each in [0, 1]; empty when there is no passing reference to compare with. */
  public record Scores(OptionalDouble executionTime, OptionalDouble memoryPeak, OptionalDouble memoryIntegral) {}

  private EfficiencyScores() {}

  /**
   * @param candidate the candidate's result
   * @param references results of the problem's reference solutions in the candidate's language, labelled
   *     {@value #CANONICAL_RUNTIME}, {@value #CANONICAL_MEMORY} and {@value #CANONICAL}; others are ignored
   */
  public static Scores of(ExecutionResult candidate, Collection<ExecutionResult> references) {
    if (candidate.getVerdict() != Verdict.PASSED) {
      return new Scores(OptionalDouble.of(0), OptionalDouble.of(0), OptionalDouble.of(0));
    }
    Optional<ExecutionResult> runtime = reference(candidate, references, CANONICAL_RUNTIME);
    Optional<ExecutionResult> memory = reference(candidate, references, CANONICAL_MEMORY);
    OptionalDouble time = runtime.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(ratio(runtime.get().getWallNanos(), candidate.getWallNanos()));
    OptionalDouble peak = memory.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(ratio(memory.get().getPeakRssBytes(), candidate.getPeakRssBytes()));
    OptionalDouble integral = OptionalDouble.empty();
    if (runtime.isPresent() || memory.isPresent()) {
      double best = Math.min(
          runtime.map(ExecutionResult::getMemoryIntegralByteNanos).orElse(Double.POSITIVE_INFINITY),
          memory.map(ExecutionResult::getMemoryIntegralByteNanos).orElse(Double.POSITIVE_INFINITY));
      integral = OptionalDouble.of(ratio(best, candidate.getMemoryIntegralByteNanos()));
    }
    return new Scores(time, peak, integral);
  }

  /** {@code min(1, max(0, canonical / candidate))}; a candidate value of 0 or less scores 1. */
  public static double ratio(double canonical, double candidate) {
    if (candidate <= 0) {
      return 1;
    }
    return Math.min(1, Math.max(0, canonical / candidate));
  }

  /** The passing reference with this label, else the passing plain canonical solution. */
  private static Optional<ExecutionResult> reference(
      ExecutionResult candidate, Collection<ExecutionResult> references, String label) {
    Optional<ExecutionResult> labelled = passing(candidate, references, label);
    return labelled.isPresent() ? labelled : passing(candidate, references, CANONICAL);
  }

  private static Optional<ExecutionResult> passing(
      ExecutionResult candidate, Collection<ExecutionResult> references, String label) {
    return references.stream()
        .filter(r -> r.getLabel().equals(label))
        .filter(r -> r.getVerdict() == Verdict.PASSED)
        .filter(r -> r.getProblemId().equals(candidate.getProblemId()))
        .filter(r -> r.getLanguage().equals(candidate.getLanguage()))
        .findFirst();
  }
}
