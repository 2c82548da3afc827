package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;

/**
 * Where a loop's steps come from: asked of the models and judged now, reused from a profiling run (same
 * lineage, same candidate id), or replayed from one only. Provider failures are outcomes on the
 * candidate, never exceptions.
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
}
