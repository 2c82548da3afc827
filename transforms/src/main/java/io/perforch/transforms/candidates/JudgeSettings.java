package io.perforch.transforms.candidates;

import io.perforch.candidates.CandidateJudge;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.languages.Assembly;
import io.perforch.execution.sandbox.Sandboxes;
import io.perforch.stats.SpeedupRule;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * How workers judge candidates: the execution options of a command and the speed-up rule, in a form that
 * travels with a pipeline to any runner. The one place where options become {@link ExecutionSettings}
 * on a worker, so every job judges the same way.
 *
 * @param sandboxMode bwrap or none
 * @param workers threads of each worker's executor
 * @param cacheRoot PerfOrch's build/result cache on each worker, or null for the default
 * @param reuseResults serve an execution already in the result cache (false: {@code --no-cache})
 * @param repeats generate and fix candidates: 0 for one run, N for a warm-up and N measured runs
 * @param measureRepeats measured runs of each program to refine and each refinement
 * @param assembly how test programs are put together: {@code upstream} or {@code lenient}
 * @param alpha the speed-up rule's significance level
 * @param minEffect the speed-up rule's minimum relative effect
 * @param minAbsoluteNanos the speed-up rule's minimum absolute effect
 */
public record JudgeSettings(String sandboxMode, int workers, String cacheRoot, boolean reuseResults, int repeats,
    int measureRepeats, String assembly, double alpha, double minEffect, double minAbsoluteNanos)
    implements Serializable {

  /** The settings a command resolved, with the measured runs and rule of refinements. */
  public static JudgeSettings of(String sandboxMode, ExecutionSettings execution, int measureRepeats,
      SpeedupRule rule) {
    return new JudgeSettings(sandboxMode, execution.workers(), execution.cacheRoot().toString(),
        execution.reuseResults(), execution.repeats(), measureRepeats, execution.assembly().id(), rule.alpha(),
        rule.minEffect(), rule.minAbsoluteNanos());
  }

  /** The executor settings on this worker; the sandbox is probed here, so call it in {@code @Setup}. */
  public ExecutionSettings execution() {
    ExecutionSettings execution = ExecutionSettings.defaults(Sandboxes.create(sandboxMode))
        .withWorkers(workers).withRepeats(repeats).withReuseResults(reuseResults)
        .withAssembly(Assembly.of(assembly));
    return cacheRoot == null ? execution : execution.withCacheRoot(Path.of(cacheRoot));
  }

  public SpeedupRule speedupRule() {
    return new SpeedupRule(alpha, minEffect, minAbsoluteNanos);
  }

  /** A judge with these settings; each DoFn makes its own in {@code @Setup} and closes it in {@code @Teardown}. */
  public CandidateJudge newJudge() {
    return new CandidateJudge(execution(), measureRepeats, speedupRule());
  }
}
