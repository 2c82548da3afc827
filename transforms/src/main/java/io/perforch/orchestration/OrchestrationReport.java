package io.perforch.orchestration;

import io.perforch.orchestration.model.Decision;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The orchestrated run's report: per language and overall, the orchestrator against every model alone
 * and the oracle; then which models the orchestrator used per stage. Markdown for people, CSV for tools.
 */
public final class OrchestrationReport {
  /** What the report says about how the run was set up. */
  public record Context(String policy, String split, String validation, String steps, boolean simulatedFleet,
      long learntFrom, long judged) {}

  static final String ALL_LANGUAGES = "all";
  private static final String CSV_HEADER = "language,loop,tasks,solved,correctness,generate_pass_at_1,"
      + "faster_share,median_speedup_faster,median_speedup_all,median_peak_memory_ratio,calls_per_solved,"
      + "tokens_per_solved,cost_per_solved_usd,rollbacks,missing_steps,validated_but_failed";

  private final Map<String, List<LoopSummary>> byLanguage = new LinkedHashMap<>();
  private final List<TraceStep> traces;
  private final List<TaskResult> results;

  public OrchestrationReport(List<TaskResult> results, List<TraceStep> traces) {
    this.results = List.copyOf(results);
    this.traces = List.copyOf(traces);
    TreeSet<String> languages = results.stream().map(TaskResult::getLanguage).collect(Collectors.toCollection(TreeSet::new));
    for (String language : languages) {
      byLanguage.put(language, summaries(language, results.stream().filter(r -> r.getLanguage().equals(language)).toList()));
    }
    byLanguage.put(ALL_LANGUAGES, summaries(ALL_LANGUAGES, results));
  }

  /** The summaries of one language (or all), the orchestrator first, the oracle second, then models by correctness. */
  public List<LoopSummary> summaries(String language) {
    return byLanguage.getOrDefault(language, List.of());
  }

  public List<String> languages() {
    return List.copyOf(byLanguage.keySet());
  }

  private static List<LoopSummary> summaries(String language, List<TaskResult> results) {
    Map<String, List<TaskResult>> byLoop = new TreeMap<>();
    results.forEach(result -> byLoop.computeIfAbsent(result.getLoop(), l -> new ArrayList<>()).add(result));
    List<LoopSummary> summaries = new ArrayList<>();
    byLoop.forEach((loop, loopResults) -> summaries.add(LoopSummary.of(loop, language, loopResults)));
    summaries.sort(Comparator.comparingInt((LoopSummary s) -> order(s.loop()))
        .thenComparing(Comparator.comparingDouble(LoopSummary::correctness).reversed())
        .thenComparing(LoopSummary::loop));
    return summaries;
  }

  private static int order(String loop) {
    return loop.equals(TaskRoute.ORCHESTRATOR) ? 0 : loop.equals(TaskRoute.ORACLE) ? 1 : 2;
  }

  /** The best single model's correctness in a language (or all). */
  public double bestSingleCorrectness(String language) {
    return summaries(language).stream().filter(s -> TaskRoute.isSingle(s.loop()))
        .mapToDouble(LoopSummary::correctness).max().orElse(0);
  }

  public String toCsv() {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
    byLanguage.forEach((language, summaries) -> summaries.forEach(s -> csv.append(String.join(",", language, s.loop(),
        Integer.toString(s.tasks()), Integer.toString(s.solved()), number(s.correctness()),
        number(s.generatePassRate()), number(s.fasterShare()), number(s.medianSpeedupFaster()),
        number(s.medianSpeedupAll()), number(s.medianMemoryRatio()), number(s.callsPerSolved()),
        number(s.tokensPerSolved()), number(s.costPerSolved()), Integer.toString(s.rollbacks()),
        Integer.toString(s.missingSteps()), Integer.toString(s.validatedButFailed()))).append('\n')));
    return csv.toString();
  }

  public String toMarkdown(Context context) {
    StringBuilder md = new StringBuilder("# Orchestrated run\n\n");
    md.append("- Routing policy: ").append(context.policy()).append('\n')
        .append("- Split: ").append(context.split()).append(" (").append(context.learntFrom())
        .append(" problems learnt from, ").append(context.judged()).append(" tasks judged)\n")
        .append("- Validation: ").append(context.validation()).append(validationKinds()).append('\n')
        .append("- Steps: ").append(context.steps()).append("\n\n");
    md.append("Correctness is the share of tasks whose final program passes the full tests. *Faster* is the share "
        + "of solved tasks whose final program is a refinement the speed-up rule calls faster than the first "
        + "passing program; speed-ups are medians of the first passing program's time over the final one's. "
        + "Single models run the same generate → fix → refine loop alone; the oracle solves a task when any "
        + "candidate of the run passed" + (examplesValidated()
            ? " its validation and the full tests. *Failed full tests* counts tasks whose final program passed the "
                + "example tests it was validated with and fails the full ones.\n\n"
            : ".\n\n"));
    for (String language : byLanguage.keySet()) {
      md.append("## ").append(language.equals(ALL_LANGUAGES) ? "All languages" : language).append("\n\n");
      md.append("| loop | solved | correctness | generate pass@1 | faster | median speed-up (faster) | "
          + "median speed-up (all) | peak memory | calls / solved | cost / solved | rollbacks |"
          + (examplesValidated() ? " failed full tests |" : "") + "\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|").append(examplesValidated() ? "---:|" : "")
          .append('\n');
      for (LoopSummary s : summaries(language)) {
        boolean oracle = s.loop().equals(TaskRoute.ORACLE);
        md.append("| ").append(s.loop().equals(TaskRoute.ORCHESTRATOR) ? "**orchestrator**" : s.loop())
            .append(" | ").append(s.solved()).append('/').append(s.tasks())
            .append(" | ").append(percent(s.correctness()))
            .append(" | ").append(TaskRoute.isSingle(s.loop()) ? percent(s.generatePassRate()) : "")
            .append(" | ").append(oracle ? "" : percent(s.fasterShare()))
            .append(" | ").append(oracle ? "" : times(s.medianSpeedupFaster()))
            .append(" | ").append(oracle ? "" : times(s.medianSpeedupAll()))
            .append(" | ").append(oracle ? "" : times(s.medianMemoryRatio()))
            .append(" | ").append(oracle ? "" : number(s.callsPerSolved()))
            .append(" | ").append(oracle ? "" : dollars(s.costPerSolved()))
            .append(" | ").append(oracle ? "" : Integer.toString(s.rollbacks()))
            .append(examplesValidated() ? " | " + (oracle ? "" : Integer.toString(s.validatedButFailed())) : "")
            .append(" |\n");
      }
      md.append('\n');
    }
    md.append(modelChoices());
    md.append(studyComparison(context.simulatedFleet()));
    return md.toString();
  }

  /** Whether the loops validated with example tests rather than the full ones. */
  boolean examplesValidated() {
    return results.stream().anyMatch(r -> !r.getValidation().equals(Validation.FULL.id()));
  }

  /** With example tests: how many tasks had which kind of examples, from the orchestrator's results. */
  private String validationKinds() {
    if (!examplesValidated()) {
      return "";
    }
    Map<String, Long> kinds = results.stream().filter(r -> r.getLoop().equals(TaskRoute.ORCHESTRATOR))
        .collect(Collectors.groupingBy(TaskResult::getValidation, TreeMap::new, Collectors.counting()));
    return " (tasks by their examples: " + kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")) + ")";
  }

  /** Per language and stage, how often the orchestrator asked each model, and how often it kept its program. */
  private String modelChoices() {
    Map<String, int[]> counts = new TreeMap<>(); // language \0 stage \0 model -> {asked, kept}
    Map<String, TaskResult> routed = new LinkedHashMap<>();
    results.stream().filter(r -> r.getLoop().equals(TaskRoute.ORCHESTRATOR)).forEach(r -> routed.put(r.getTaskId(), r));
    for (TraceStep step : traces) {
      if (!step.getLoop().equals(TaskRoute.ORCHESTRATOR) || step.getModel() == null) {
        continue;
      }
      int[] count = counts.computeIfAbsent(step.getLanguage() + "\0" + step.getStage() + "\0" + step.getModel(),
          k -> new int[2]);
      count[0]++;
      TaskResult result = routed.get(step.getTaskId());
      String id = step.getCandidateId();
      if (result != null && id != null && (id.equals(result.getFirstPassCandidateId())
          || (step.getDecision() == Decision.ACCEPTED || step.getDecision() == Decision.FASTER)
              && id.equals(result.getFinalCandidateId()))) {
        count[1]++;
      }
    }
    StringBuilder md = new StringBuilder("## Models the orchestrator used\n\nAsked (kept) per language and stage: "
        + "kept means the model's program passed (generate, fix) or was accepted as faster (refine).\n\n"
        + "| language | stage | models |\n|---|---|---|\n");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    counts.forEach((key, count) -> {
      String[] parts = key.split("\0");
      rows.computeIfAbsent(parts[0] + " | " + parts[1], k -> new ArrayList<>())
          .add(parts[2] + " " + count[0] + " (" + count[1] + ")");
    });
    rows.forEach((row, models) -> md.append("| ").append(row).append(" | ").append(String.join(", ", models)).append(" |\n"));
    return md.append('\n').toString();
  }

  private static String studyComparison(boolean simulated) {
    String why = simulated
        ? "Our figures come from PerfOrch's simulated fleet (deterministic stand-ins whose skills are set in its "
            + "fleet file, not language models), so they show that routing, validation and rollback work, not how "
            + "real models compare."
        : "Our figures come from a different fleet, benchmark subset, split and measurement rule, so they are not "
            + "directly comparable either.";
    return "## Beside the study's figures\n\nThe reference study reports 96.22% (HumanEval-X) and 91.37% "
        + "(EffiBench-X) correct, 58.76% of programs faster after refinement, and median speed-ups of "
        + "17.67–27.66%, with 17 real models, validation on the grading tests and in-sample routing. " + why + "\n";
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String times(Double ratio) {
    return ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
  }

  static String dollars(double usd) {
    return Double.isNaN(usd) ? "—" : String.format(Locale.ROOT, "$%.4f", usd);
  }

  private static String number(Double value) {
    return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", value);
  }
}
