package io.perforch.orchestration;

import io.perforch.candidates.CandidateIds;
import io.perforch.candidates.CandidateJudge;
import io.perforch.datasets.model.Problem;
import io.perforch.models.Stage;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.util.Map;

/**
 * Steps a profiling run already made, found by lineage (the candidate id a step would get), so that no
 * model is asked twice for the same thing. A step the profile lacks goes to the fallback (live routing)
 * or, without one, is {@link StepOrigin#NOT_AVAILABLE} (offline replay). A recorded candidate judged
 * with another assembly than this run's is not reused: its verdict would not be this run's. A loop that
 * validates with example tests reuses the recorded code but judges it again on the examples (the
 * profile judged it on the full tests); its fixes are another lineage (see {@link CandidateIds}), since
 * their prompts show the examples' failures.
 */
public final class RecordedSteps extends JudgingSteps {
  private final Map<String, Candidate> recorded;
  private final String assembly;
  private final StepMaker fallback;
  private final Validation validation;

  /**
   * @param recorded the profiling run's candidates by id
   * @param assembly this run's assembly id: recorded verdicts of another are not reused
   * @param fallback makes the steps the profile lacks; null for replay only
   * @param judge measures passing programs before refinement (the profile keeps no measurement), and
   *     judges recorded code again when the loop does not validate with the full tests
   * @param validation the tests the loop validates with
   */
  public RecordedSteps(Map<String, Candidate> recorded, String assembly, StepMaker fallback, CandidateJudge judge,
      Validation validation) {
    super(judge);
    this.recorded = recorded;
    this.assembly = assembly;
    this.fallback = fallback;
    this.validation = validation;
  }

  @Override
  public Step make(Problem problem, StageTask task) throws InterruptedException {
    Candidate earlier = recorded.get(CandidateIds.of(problem, task));
    if (earlier != null && judgedAsNow(problem, earlier)) {
      return new Step(validation == Validation.FULL ? earlier : judgedAgain(problem, task, earlier), StepOrigin.PROFILE);
    }
    return fallback != null ? fallback.make(problem, task) : new Step(null, StepOrigin.NOT_AVAILABLE);
  }

  private Candidate judgedAgain(Problem problem, StageTask task, Candidate earlier) {
    return Stage.parse(task.getStage()) == Stage.REFINE
        ? judge.judgeRefinement(problem, earlier, task.getParent())
        : judge.judge(problem, earlier);
  }

  private boolean judgedAsNow(Problem problem, Candidate earlier) {
    return earlier.getResult() == null || problem.getStdio() != null
        || earlier.getResult().getAssembly().equals(assembly);
  }
}
