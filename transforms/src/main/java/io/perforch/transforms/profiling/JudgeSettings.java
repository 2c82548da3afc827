package io.perforch.transforms.profiling;

import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.languages.Assembly;
import io.perforch.execution.sandbox.Sandboxes;
import io.perforch.candidates.CandidateJudge;
import io.perforch.stats.SpeedupRule;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * How the workers of a profiling run execute candidates: the execution options of {@code perforch
 * profile}, in a form that travels with the pipeline to any runner.
 *
 * @param sandboxMode bwrap or none
 * @param workers threads of each worker's executor
 * @param cacheRoot PerfOrch's build/result cache on each worker, or null for the default
 * @param reuseResults serve an execution already in the result cache (false: {@code --no-cache})
 * @param repeats generate and fix candidates: 0 for one run, N for a warm-up and N measured runs
 * @param measureRepeats measured runs of each program to refine and each refinement
 * @param assembly how test programs are put together: {@code upstream} or {@code lenient}
 */
public record JudgeSettings(String sandboxMode, int workers, String cacheRoot, boolean reuseResults, int repeats,
    int measureRepeats, String assembly) implements Serializable {

  /** A judge with these settings and the run's speed-up rule; each DoFn makes its own in {@code @Setup}. */
  CandidateJudge newJudge(SpeedupRule rule) {
    ExecutionSettings execution = ExecutionSettings.defaults(Sandboxes.create(sandboxMode))
        .withWorkers(workers).withRepeats(repeats).withReuseResults(reuseResults)
        .withAssembly(Assembly.of(assembly));
    if (cacheRoot != null) {
      execution = execution.withCacheRoot(Path.of(cacheRoot));
    }
    return new CandidateJudge(execution, measureRepeats, rule);
  }
}
