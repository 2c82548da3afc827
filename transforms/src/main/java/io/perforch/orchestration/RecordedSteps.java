package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.candidates.CandidateIds;
import io.perforch.candidates.CandidateJudge;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.util.Map;

/**
 * Steps a profiling run already made, found by lineage (the candidate id a step would get), so that no
 * model is asked twice for the same thing. A step the profile lacks goes to the fallback (live routing)
 * or, without one, is {@link StepOrigin#NOT_AVAILABLE} (offline replay). A recorded candidate judged
 * with another assembly than this run's is not reused: its verdict would not be this run's.
 */
public final class RecordedSteps implements StepMaker {
  private final Map<String, Candidate> recorded;
  private final String assembly;
  private final StepMaker fallback;
  private final CandidateJudge judge;

  /**
   * @param recorded the profiling run's candidates by id
   * @param assembly this run's assembly id: recorded verdicts of another are not reused
   * @param fallback makes the steps the profile lacks; null for replay only
   * @param judge measures passing programs before refinement (the profile keeps no measurement)
   */
  public RecordedSteps(Map<String, Candidate> recorded, String assembly, StepMaker fallback, CandidateJudge judge) {
    this.recorded = recorded;
    this.assembly = assembly;
    this.fallback = fallback;
    this.judge = judge;
  }

  @Override
  public Step make(Problem problem, StageTask task) throws InterruptedException {
    Candidate earlier = recorded.get(CandidateIds.of(problem, task));
    if (earlier != null && judgedAsNow(problem, earlier)) {
      return new Step(earlier, StepOrigin.PROFILE);
    }
    return fallback != null ? fallback.make(problem, task) : new Step(null, StepOrigin.NOT_AVAILABLE);
  }

  @Override
  public Candidate measure(Problem problem, Candidate passing) {
    return judge.measure(problem, passing);
  }

  private boolean judgedAsNow(Problem problem, Candidate earlier) {
    return earlier.getResult() == null || problem.getStdio() != null
        || earlier.getResult().getAssembly().equals(assembly);
  }
}
