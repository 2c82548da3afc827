package io.perforch.orchestration;

import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.model.Candidate;
import java.util.List;

/**
 * How one loop ended on one task: its result, its trace, and every candidate it judged (the oracle
 * counts a task solved when any of them passed).
 */
public record LoopOutcome(TaskResult result, List<TraceStep> trace, List<Candidate> candidates) {
  public LoopOutcome {
    trace = List.copyOf(trace);
    candidates = List.copyOf(candidates);
  }
}
