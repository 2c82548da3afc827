package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.stats.SpeedupRule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perforch speedup-check}: how the refine stage's speed-up rule behaves on this machine. A/A: every
 * reference program is measured twice, as if "refined" into itself, and the rule must almost never call
 * the second measurement faster. A/B: every slow reference against its problem's canonical solution,
 * which the rule should call faster nearly always.
 */
@Command(
    name = "speedup-check",
    mixinStandardHelpOptions = true,
    description = {"Calibrate the refine stage's speed-up rule on this machine. A/A: each canonical reference is "
        + "measured twice (no cache) and compared with itself: the share called faster is the rule's false "
        + "speed-up rate (target: at most 1%%). A/B: each slow reference against the canonical one: the share "
        + "called faster is the rule's power."},
    footer = {"", "Examples:", "  perforch speedup-check --dataset sample --rounds 3",
      "  perforch speedup-check --dataset sample --languages python,cpp --measure-repeats 7"})
final class SpeedupCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatasetOptions dataset;
  @Mixin SandboxOptions sandbox;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", converter = Counts.AtLeastOne.class,
      description = "A/A comparisons per program (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--measure-repeats", paramLabel = "N", defaultValue = "5", converter = Counts.MeasuredRuns.class,
      description = "Measured runs per program, as 'perforch profile' (default: ${DEFAULT-VALUE}).")
  int measureRepeats;

  @Override
  public Integer call() {
    List<Problem> problems = dataset.load();
    ExecutionSettings settings = sandbox.settings().withRepeats(measureRepeats).withReuseResults(false);
    List<Submission> canonical = new ArrayList<>();
    List<Submission> slow = new ArrayList<>();
    for (Problem problem : problems) {
      canonical.add(Submission.reference(problem, problem.getSolutions().get(0).getLabel()));
      if (problem.getSolutions().stream().anyMatch(s -> s.getLabel().equals("slow"))) {
        slow.add(Submission.reference(problem, "slow"));
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("Measuring %d programs %d+1 times each (%d runs apiece), %d workers%n",
        canonical.size() + slow.size(), rounds, measureRepeats, settings.workers());
    SpeedupRule rule = SpeedupRule.DEFAULT;
    int aaCases = 0;
    int aaFaster = 0;
    int abCases = 0;
    int abFaster = 0;
    List<String> wronglyFaster = new ArrayList<>();
    try (Executor executor = new Executor(settings)) {
      // Every program is built (and run once) before anything counts, as refine inputs are: otherwise
      // the first pass measures programs while others compile beside them, and later passes look faster.
      List<Submission> all = new ArrayList<>(canonical);
      all.addAll(slow);
      executor.executeAll(all, r -> { });
      List<ExecutionResult> baseline = executor.executeAll(canonical, r -> { });
      for (int round = 1; round <= rounds; round++) {
        List<ExecutionResult> again = executor.executeAll(canonical, r -> { });
        for (int i = 0; i < canonical.size(); i++) {
          if (passed(baseline.get(i)) && passed(again.get(i))) {
            aaCases++;
            if (rule.decide(samples(baseline.get(i)), samples(again.get(i))).faster()) {
              aaFaster++;
              wronglyFaster.add(canonical.get(i).problem().getTaskId());
            }
          }
        }
        err.printf("  round %d of %d: %d of %d A/A comparisons called faster so far%n", round, rounds, aaFaster, aaCases);
        err.flush();
      }
      List<ExecutionResult> slowRuns = executor.executeAll(slow, r -> { });
      for (int i = 0; i < slow.size(); i++) {
        String task = slow.get(i).problem().getTaskId();
        ExecutionResult fast = baseline.get(indexOf(canonical, task));
        if (passed(slowRuns.get(i)) && passed(fast)) {
          abCases++;
          abFaster += rule.decide(samples(slowRuns.get(i)), samples(fast)).faster() ? 1 : 0;
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "A/A (a program against itself): %d of %d called faster (%.1f%%; target at most 1%%)%s%n",
        aaFaster, aaCases, percent(aaFaster, aaCases), wronglyFaster.isEmpty() ? "" : ": " + String.join(", ", wronglyFaster));
    out.printf(Locale.ROOT, "A/B (slow reference -> canonical): %d of %d called faster (%.1f%%)%n",
        abFaster, abCases, percent(abFaster, abCases));
    out.printf(Locale.ROOT, "Rule: median at least %.0f%% and %.1f ms lower, one-sided Mann-Whitney p < %.2f, %d runs each%n",
        100 * rule.minEffect(), rule.minAbsoluteNanos() / 1e6, rule.alpha(), measureRepeats);
    return 0;
  }

  private static int indexOf(List<Submission> submissions, String taskId) {
    for (int i = 0; i < submissions.size(); i++) {
      if (submissions.get(i).problem().getTaskId().equals(taskId)) {
        return i;
      }
    }
    throw new IllegalStateException("no canonical submission for " + taskId);
  }

  private static boolean passed(ExecutionResult result) {
    return result.getVerdict() == Verdict.PASSED && !result.getWallNanosSamples().isEmpty();
  }

  private static double[] samples(ExecutionResult result) {
    return result.getWallNanosSamples().stream().mapToDouble(Long::doubleValue).toArray();
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
