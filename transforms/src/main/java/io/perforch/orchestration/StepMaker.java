package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;

/**
 * Where a loop's steps come from: asked of the models and judged now, reused from a profiling run (same
 * lineage, same candidate id), or replayed from one only. Provider failures are outcomes on the
 * candidate, never exceptions. The judging methods take the problem whose tests they run: a loop that
 * validates with example tests hands in that view, and the final program is scored with the full one.
 */
public interface StepMaker {
  /** A step's judged candidate; {@code candidate} is null when the step is {@link StepOrigin#NOT_AVAILABLE}. */
  record Step(Candidate candidate, StepOrigin origin) {}

  /**
   * The judged candidate of one generate, fix or refine step. A refine task's parent is the measured
   * input, and its candidate carries the speed-up rule's decision against it.
   */
  Step make(Problem problem, StageTask task) throws InterruptedException;

  /** A passing program, its result replaced by a measurement (a warm-up and repeated runs). */
  Candidate measure(Problem problem, Candidate passing);

  /** A candidate already made for this task, its result replaced by a run of {@code problem}'s tests. */
  Candidate judge(Problem problem, Candidate candidate);

  /**
   * A refinement measured on {@code problem}'s tests and compared with its measured input by the
   * speed-up rule, as {@link #make} does for a refine step.
   */
  Candidate compare(Problem problem, Candidate refined, Candidate measuredInput);
}
