package io.perforch.orchestration;

import io.perforch.candidates.CandidateVerdicts;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.Verdict;
import io.perforch.models.Stage;
import io.perforch.orchestration.model.Decision;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.StageTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One task's loop: generate → validate → (fix → validate)* → refine → validate and measure → accept or
 * roll back. Each generate model of the route is tried in order; when its program fails, each fix model
 * repairs that program in order; the first passing program stops the search. That program is measured,
 * and each refine model's refinement must pass and be faster by the speed-up rule (and, with a guard,
 * not much heavier) to replace it; otherwise the last good program is kept, which is a rollback. Every
 * step, decision and reason goes into the trace; the budget is checked before every model step.
 */
public final class TaskLoop {
  private final StepMaker maker;
  private final LoopSettings settings;
  private final RefinementCheck refinementCheck;

  public TaskLoop(StepMaker maker, LoopSettings settings) {
    this.maker = maker;
    this.settings = settings;
    this.refinementCheck = new RefinementCheck(settings.maxMemoryRatio());
  }

  public LoopOutcome run(Problem problem, TaskRoute route) throws InterruptedException {
    return new Run(problem, route).run();
  }

  /** The state of one loop on one task. */
  private final class Run {
    private final Problem problem;
    private final TaskRoute route;
    private final LoopTrace trace;
    private final Budget budget = new Budget(settings);
    private final List<Candidate> judged = new ArrayList<>();
    private boolean generatePassed;
    private int rollbacks;
    private String stopReason;

    Run(Problem problem, TaskRoute route) {
      this.problem = problem;
      this.route = route;
      this.trace = new LoopTrace(problem, route.loop());
    }

    LoopOutcome run() throws InterruptedException {
      Candidate passing = generateAndFix();
      TaskResult.Builder result = TaskResult.newBuilder()
          .setLoop(route.loop())
          .setDataset(problem.getDataset())
          .setTaskId(problem.getTaskId())
          .setProblemId(problem.getProblemId())
          .setLanguage(problem.getLanguage())
          .setCategories(ProfileKey.categoriesOf(problem))
          .setSolved(false);
      Candidate finalProgram = passing;
      if (passing != null) {
        finalProgram = refine(passing, result);
        result.setSolved(true).setFirstPassCandidateId(passing.getCandidateId());
      } else if (stopReason == null) {
        stopReason = "no program passed: every generate and fix model of the route was tried";
      }
      if (finalProgram != null) {
        result.setFinalCandidateId(finalProgram.getCandidateId())
            .setFinalStage(finalProgram.getStage())
            .setFinalModel(finalProgram.getModel())
            .setFinalVerdict(finalProgram.getResult().getVerdict().name())
            .setFinalCode(finalProgram.getCode());
      }
      trace.note(Decision.FINAL, stopReason, finalProgram == null ? null : finalProgram.getCandidateId());
      result.setValidation(settings.validation() == Validation.FULL ? Validation.FULL.id()
              : ExampleTests.kindOf(problem).id())
          .setValidated(passing != null)
          .setGeneratePassed(generatePassed)
          .setCalls(budget.calls())
          .setAskedCalls(budget.askedCalls())
          .setMissingSteps(budget.missingSteps())
          .setInputTokens(budget.inputTokens())
          .setOutputTokens(budget.outputTokens())
          .setCostUsd(budget.costUsd())
          .setRollbacks(rollbacks)
          .setStopReason(stopReason);
      return new LoopOutcome(result.build(), trace.steps(), judged);
    }

    /** The first passing program of the route's generate models, each followed by its fixes; null if none. */
    private Candidate generateAndFix() throws InterruptedException {
      List<String> generators = route.generate();
      for (int g = 0; g < generators.size(); g++) {
        if (budgetStops()) {
          return null;
        }
        Candidate program = step(Stage.GENERATE, generators.get(g), g + 1, null);
        if (passed(program)) {
          generatePassed = g == 0;
          return program;
        }
        if (!fixable(program)) {
          continue;
        }
        List<String> fixers = route.fix();
        for (int f = 0; f < fixers.size(); f++) {
          if (budgetStops()) {
            return null;
          }
          Candidate fixed = step(Stage.FIX, fixers.get(f), f + 1, program);
          if (passed(fixed)) {
            return fixed;
          }
        }
      }
      return null;
    }

    /** The program the loop ends with: an accepted refinement of {@code passing}, or {@code passing} itself. */
    private Candidate refine(Candidate passing, TaskResult.Builder result) throws InterruptedException {
      if (route.refine().isEmpty()) {
        stopReason = "passed; no refine model in the route";
        return passing;
      }
      Candidate measured = maker.measure(problem, passing);
      result.setFirstPeakRssBytes(measured.getResult().getPeakRssBytes())
          .setFinalPeakRssBytes(measured.getResult().getPeakRssBytes());
      if (measured.getResult().getVerdict() != Verdict.PASSED) {
        trace.measured(measured, Decision.NOT_REFINED, "the passing program " + passing.getCandidateId()
            + " failed when measured (" + measured.getResult().getVerdict() + "): a flaky program is not refined");
        stopReason = "passed; not refined: flaky when measured";
        return passing;
      }
      double inputMedian = measured.getResult().getWallNanos();
      result.setInputMedianNanos(inputMedian).setFinalMedianNanos(inputMedian).setSpeedup(1.0);
      trace.measured(measured, Decision.MEASURED, "the passing program, timed before refinement");
      Candidate best = null;
      List<String> refiners = route.refine();
      for (int r = 0; r < refiners.size() && (best == null || settings.refineMode() == RefineMode.BEST_OF_N); r++) {
        if (budgetStops()) {
          break;
        }
        Candidate qualifying = refineStep(refiners.get(r), r + 1, measured);
        if (qualifying != null
            && (best == null || qualifying.getRefinement().getSpeedup() > best.getRefinement().getSpeedup())) {
          best = qualifying;
        }
      }
      if (best == null) {
        if (stopReason == null) {
          stopReason = "passed; every refinement rolled back: the first passing program is kept";
        }
        return passing;
      }
      result.setRefined(true)
          .setSpeedup(best.getRefinement().getSpeedup())
          .setFinalMedianNanos(best.getRefinement().getRefinedMedianNanos())
          .setFinalPeakRssBytes(best.getResult().getPeakRssBytes());
      if (stopReason == null) {
        stopReason = "passed and refined by " + best.getModel();
      }
      return best;
    }

    /** One refine step, traced with its decision: the refinement if it may replace its input, else null. */
    private Candidate refineStep(String model, int rank, Candidate measured) throws InterruptedException {
      StepMaker.Step step = maker.make(problem, task(Stage.REFINE, model, measured));
      budget.spend(step);
      Candidate refined = step.candidate();
      if (refined == null || refined.getOutcome() != CandidateOutcome.JUDGED) {
        trace.step(Stage.REFINE, model, rank, step, measured.getCandidateId(), Decision.STEP_FAILED,
            failedStep(step) + "; keeping " + measured.getCandidateId());
        return null;
      }
      judged.add(refined);
      RefinementCheck.Result check = refinementCheck.check(refined, measured);
      if (!check.qualifies()) {
        rollbacks++;
        trace.step(Stage.REFINE, model, rank, step, measured.getCandidateId(), Decision.ROLLED_BACK,
            check.reason() + ": rolled back to " + measured.getCandidateId());
        return null;
      }
      boolean bestOfN = settings.refineMode() == RefineMode.BEST_OF_N;
      trace.step(Stage.REFINE, model, rank, step, measured.getCandidateId(),
          bestOfN ? Decision.FASTER : Decision.ACCEPTED,
          check.reason() + (bestOfN ? ": qualifies; the fastest of the route's refinements is kept" : ": accepted"));
      return refined;
    }

    /** One generate or fix step, traced with its verdict: the candidate, or null when there is none. */
    private Candidate step(Stage stage, String model, int rank, Candidate parent) throws InterruptedException {
      StepMaker.Step step = maker.make(problem, task(stage, model, parent));
      budget.spend(step);
      String parentId = parent == null ? null : parent.getCandidateId();
      Candidate candidate = step.candidate();
      if (candidate == null || candidate.getOutcome() != CandidateOutcome.JUDGED) {
        trace.step(stage, model, rank, step, parentId, Decision.STEP_FAILED, failedStep(step));
        return null;
      }
      judged.add(candidate);
      Verdict verdict = candidate.getResult().getVerdict();
      if (verdict == Verdict.PASSED) {
        trace.step(stage, model, rank, step, parentId, Decision.PASSED, "passes its " + validatedWith());
      } else {
        trace.step(stage, model, rank, step, parentId, Decision.FAILED, verdict + ": "
            + candidate.getResult().getMessage() + (fixable(candidate) ? "" : " (not the program's fault: not fixed)"));
      }
      return candidate;
    }

    private String validatedWith() {
      return settings.validation() == Validation.FULL ? "tests"
          : "example tests (" + ExampleTests.kindOf(problem).id() + ")";
    }

    /** Whether the budget allows no further model step; if so, the loop stops and says why. */
    private boolean budgetStops() {
      Optional<String> exhausted = budget.exhausted();
      exhausted.ifPresent(reason -> {
        trace.note(Decision.BUDGET_EXHAUSTED, reason, null);
        stopReason = reason;
      });
      return exhausted.isPresent();
    }

    /** A fix shown an example test's failure is not the profile's fix of the same program: its own lineage. */
    private StageTask task(Stage stage, String model, Candidate parent) {
      boolean examplesFeedback = stage == Stage.FIX && settings.validation() == Validation.EXAMPLES;
      return StageTask.newBuilder().setStage(stage.id()).setModel(model).setSample(0).setParent(parent)
          .setValidation(examplesFeedback ? settings.validation().id() : null).build();
    }
  }

  private static String failedStep(StepMaker.Step step) {
    if (step.origin() == StepOrigin.NOT_AVAILABLE) {
      return "not in the profile being replayed: a step that could not be made, not a wrong answer";
    }
    Candidate candidate = step.candidate();
    return candidate.getOutcome() == CandidateOutcome.PROVIDER_ERROR
        ? "provider error (" + candidate.getProviderError() + "): a step that failed, not a wrong answer"
        : "the answer held no code";
  }

  private static boolean passed(Candidate candidate) {
    return candidate != null && CandidateVerdicts.passed(candidate);
  }

  private static boolean fixable(Candidate candidate) {
    return candidate != null && CandidateVerdicts.fixable(candidate);
  }
}
