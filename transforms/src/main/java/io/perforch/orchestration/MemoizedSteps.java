package io.perforch.orchestration;

import io.perforch.candidates.CandidateIds;
import io.perforch.datasets.model.Problem;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.util.HashMap;
import java.util.Map;

/**
 * The steps of one task on one set of its tests, shared by every loop run on it (the orchestrator and
 * each single-model baseline): a step, judgement or measurement two loops both need is made once, and
 * both see the same result. Keyed by candidate id, so one instance serves one problem view only.
 */
public final class MemoizedSteps implements StepMaker {
  private final StepMaker steps;
  private final Map<String, Step> made = new HashMap<>();
  private final Map<String, Candidate> measured = new HashMap<>();
  private final Map<String, Candidate> judged = new HashMap<>();
  private final Map<String, Candidate> compared = new HashMap<>();

  public MemoizedSteps(StepMaker steps) {
    this.steps = steps;
  }

  @Override
  public Step make(Problem problem, StageTask task) throws InterruptedException {
    String id = CandidateIds.of(problem, task);
    Step step = made.get(id);
    if (step == null) {
      step = steps.make(problem, task);
      made.put(id, step);
    }
    return step;
  }

  @Override
  public Candidate measure(Problem problem, Candidate passing) {
    return measured.computeIfAbsent(passing.getCandidateId(), id -> steps.measure(problem, passing));
  }

  @Override
  public Candidate judge(Problem problem, Candidate candidate) {
    return judged.computeIfAbsent(candidate.getCandidateId(), id -> steps.judge(problem, candidate));
  }

  @Override
  public Candidate compare(Problem problem, Candidate refined, Candidate measuredInput) {
    return compared.computeIfAbsent(refined.getCandidateId() + "\0" + measuredInput.getCandidateId(),
        key -> steps.compare(problem, refined, measuredInput));
  }
}
