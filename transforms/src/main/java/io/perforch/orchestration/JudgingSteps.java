package io.perforch.orchestration;

import io.perforch.candidates.CandidateJudge;
import io.perforch.datasets.model.Problem;
import io.perforch.profiling.model.Candidate;

/** A step maker whose programs are judged and measured by a {@link CandidateJudge} in this run. */
abstract class JudgingSteps implements StepMaker {
  protected final CandidateJudge judge;

  JudgingSteps(CandidateJudge judge) {
    this.judge = judge;
  }

  @Override
  public Candidate measure(Problem problem, Candidate passing) {
    return judge.measure(problem, passing);
  }

  @Override
  public Candidate judge(Problem problem, Candidate candidate) {
    return judge.judge(problem, candidate);
  }

  @Override
  public Candidate compare(Problem problem, Candidate refined, Candidate measuredInput) {
    return judge.judgeRefinement(problem, refined, measuredInput);
  }
}
