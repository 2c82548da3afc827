package io.perforch.orchestration;

import io.perforch.candidates.CandidateAuthor;
import io.perforch.candidates.CandidateJudge;
import io.perforch.datasets.model.Problem;
import io.perforch.models.ModelClient;
import io.perforch.models.Stage;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.util.function.Function;

/**
 * Steps made now, exactly as the profiling job makes them: the stage's prompt to the model (through the
 * response store, if the client has one), the code extracted, judged, and refinements measured against
 * their input by the speed-up rule. The same request as the profile's gets the same candidate id.
 */
public final class AskedSteps extends JudgingSteps {
  private final CandidateAuthor author = new CandidateAuthor();
  private final Function<String, ModelClient> clients;

  /** @param clients the client of each fleet model, by id */
  public AskedSteps(CandidateJudge judge, Function<String, ModelClient> clients) {
    super(judge);
    this.clients = clients;
  }

  @Override
  public Step make(Problem problem, StageTask task) throws InterruptedException {
    Candidate candidate = author.write(problem, task, clients.apply(task.getModel())).candidate();
    Candidate judged = Stage.parse(task.getStage()) == Stage.REFINE
        ? judge.judgeRefinement(problem, candidate, task.getParent())
        : judge.judge(problem, candidate);
    return new Step(judged, StepOrigin.ASKED);
  }
}
