package io.perforch.cli;

import io.perforch.orchestration.LoopSummary;
import io.perforch.orchestration.OrchestrationReport;
import io.perforch.orchestration.Validation;
import java.util.List;
import java.util.Locale;

/** The orchestrator against the best model alone and the oracle, per language: what a run prints at the end. */
final class HeadlineTable {
  private HeadlineTable() {}

  static String of(OrchestrationReport report, Validation validation) {
    TextTable table = new TextTable("language", "orchestrator>", "best model alone>", "oracle>", "faster>",
        "median speed-up>");
    for (String language : report.languages()) {
      List<LoopSummary> summaries = report.summaries(language);
      LoopSummary routed = find(summaries, "orchestrator");
      LoopSummary oracle = find(summaries, "oracle");
      LoopSummary best = summaries.stream().filter(s -> s.loop().startsWith("single:")).findFirst().orElse(null);
      table.row(language,
          routed == null ? "" : share(routed),
          best == null ? "" : share(best) + " " + best.loop().substring("single:".length()),
          oracle == null ? "" : share(oracle),
          routed == null ? "" : String.format(Locale.ROOT, "%.1f%%", routed.fasterShare() * 100),
          routed == null || routed.medianSpeedupFaster() == null ? "—"
              : String.format(Locale.ROOT, "%.2f×", routed.medianSpeedupFaster()));
    }
    return "Correctness on the full tests of the judged tasks, each stage validated with "
        + (validation == Validation.FULL ? "the full tests" : "the example tests only")
        + " (faster: share of solved tasks whose program the orchestrator made faster):\n" + table.render();
  }

  private static LoopSummary find(List<LoopSummary> summaries, String loop) {
    return summaries.stream().filter(s -> s.loop().equals(loop)).findFirst().orElse(null);
  }

  private static String share(LoopSummary summary) {
    return String.format(Locale.ROOT, "%.1f%% (%d/%d)", summary.correctness() * 100, summary.solved(), summary.tasks());
  }
}
