package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.Verdict;
import io.perforch.models.Stage;
import io.perforch.orchestration.model.Decision;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.Refinement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loop that validated with example tests, scored the way the benchmark scores: its final program on
 * the full tests, its first generate step too (pass@1 is a full-test figure), and its speed-up measured
 * on the full tests (the first passing program against the final one, by the speed-up rule), so no
 * figure of the report rests on the examples. What the loop saw stays in its trace; the scoring is
 * appended to it as {@link Decision#SCORED} entries.
 */
final class FullTestScoring {
  private final StepMaker steps;
  private final Problem problem;

  /**
   * @param steps judges and measures on the full tests, shared by every loop of the task
   * @param problem the problem with its full tests
   */
  FullTestScoring(StepMaker steps, Problem problem) {
    this.steps = steps;
    this.problem = problem;
  }

  LoopOutcome score(LoopOutcome outcome) {
    TaskResult loopResult = outcome.result();
    Map<String, Candidate> byId = outcome.candidates().stream()
        .collect(Collectors.toMap(Candidate::getCandidateId, Function.identity(), (a, b) -> a));
    LoopTrace trace = new LoopTrace(problem, loopResult.getLoop(), outcome.trace().size());
    TaskResult.Builder scored = TaskResult.newBuilder(loopResult)
        .setSolved(false)
        .setGeneratePassed(firstGeneratePasses(outcome.trace(), byId))
        .setRefined(false)
        .setSpeedup(null).setInputMedianNanos(null).setFinalMedianNanos(null)
        .setFirstPeakRssBytes(null).setFinalPeakRssBytes(null);
    Candidate last = loopResult.getValidated() ? byId.get(loopResult.getFinalCandidateId()) : null;
    if (last == null) {
      return new LoopOutcome(scored.build(), outcome.trace(), outcome.candidates());
    }
    Candidate onFullTests = steps.judge(problem, last);
    Verdict verdict = onFullTests.getResult().getVerdict();
    scored.setSolved(verdict == Verdict.PASSED).setFinalVerdict(verdict.name());
    trace.judged(onFullTests, last.getStage(), Decision.SCORED, verdict == Verdict.PASSED
        ? "the final program passes the full tests"
        : "the final program passed its validation but fails the full tests (" + verdict + ")");
    if (verdict == Verdict.PASSED && loopResult.getSpeedup() != null) {
      timeOnFullTests(byId.get(loopResult.getFirstPassCandidateId()), last, scored, trace);
    }
    List<TraceStep> entries = new ArrayList<>(outcome.trace());
    entries.addAll(trace.steps());
    return new LoopOutcome(scored.build(), entries, outcome.candidates());
  }

  /** The candidates that passed their validation, judged on the full tests: the oracle's pick among them. */
  Candidate firstPassing(List<Candidate> validated) {
    for (Candidate candidate : validated) {
      if (steps.judge(problem, candidate).getResult().getVerdict() == Verdict.PASSED) {
        return candidate;
      }
    }
    return null;
  }

  /** The loop measured its program (it had a refine stage): measure again, on the full tests. */
  private void timeOnFullTests(Candidate first, Candidate last, TaskResult.Builder scored, LoopTrace trace) {
    Candidate measuredFirst = steps.measure(problem, first);
    if (measuredFirst.getResult().getVerdict() != Verdict.PASSED) {
      trace.judged(measuredFirst, Stage.REFINE.id(), Decision.SCORED,
          "the first passing program failed when timed on the full tests: no speed-up is reported");
      return;
    }
    long firstPeak = measuredFirst.getResult().getPeakRssBytes();
    double firstMedian = measuredFirst.getResult().getWallNanos();
    scored.setInputMedianNanos(firstMedian).setFirstPeakRssBytes(firstPeak);
    if (first.getCandidateId().equals(last.getCandidateId())) {
      scored.setSpeedup(1.0).setFinalMedianNanos(firstMedian).setFinalPeakRssBytes(firstPeak);
      return;
    }
    Candidate compared = steps.compare(problem, last, measuredFirst);
    Refinement refinement = compared.getRefinement();
    if (refinement == null) {
      trace.judged(compared, Stage.REFINE.id(), Decision.SCORED,
          "the refinement failed when timed on the full tests: no speed-up is reported");
      return;
    }
    scored.setRefined(refinement.getFaster())
        .setSpeedup(refinement.getSpeedup())
        .setFinalMedianNanos(refinement.getRefinedMedianNanos())
        .setFinalPeakRssBytes(compared.getResult().getPeakRssBytes());
    trace.judged(compared, Stage.REFINE.id(), Decision.SCORED, String.format(Locale.ROOT,
        "on the full tests the refinement is %.2f× its first passing program (p = %.3g): %s", refinement.getSpeedup(),
        refinement.getPValue(), refinement.getFaster() ? "faster" : "not faster by the speed-up rule"));
  }

  private boolean firstGeneratePasses(List<TraceStep> trace, Map<String, Candidate> byId) {
    for (TraceStep step : trace) {
      if (step.getStage().equals(Stage.GENERATE.id()) && step.getRank() == 1) {
        Candidate generated = step.getCandidateId() == null ? null : byId.get(step.getCandidateId());
        return generated != null && steps.judge(problem, generated).getResult().getVerdict() == Verdict.PASSED;
      }
    }
    return false;
  }
}
