package io.perforch.candidates;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.Program;
import io.perforch.profiling.model.StageTask;

/**
 * A candidate's id is a hash of its lineage (dataset, task, stage, model, sample and the candidate it
 * works on, and what the parent was validated with when not its full tests), known before the model is
 * asked: a rerun finds what an earlier run already made by id.
 */
public final class CandidateIds {
  private CandidateIds() {}

  public static String of(Problem problem, StageTask task) {
    String parent = task.getParent() == null ? "" : task.getParent().getCandidateId();
    String lineage = String.join("\0", problem.getDataset(), problem.getTaskId(), task.getStage(),
        task.getModel(), Integer.toString(task.getSample()), parent);
    if (task.getValidation() != null) {
      lineage += "\0validated-with:" + task.getValidation();
    }
    return Program.sha256(lineage).substring(0, 24);
  }
}
