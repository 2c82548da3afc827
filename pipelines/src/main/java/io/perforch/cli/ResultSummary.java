package io.perforch.cli;

import io.perforch.datasets.model.Language;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Per-language pass counts and the failures, with their verdicts, as validate and evaluate print them. */
final class ResultSummary {
  private ResultSummary() {}

  static void print(PrintWriter out, List<ExecutionResult> results) {
    out.printf("%-8s %9s %8s %8s %10s%n", "language", "passed", "total", "rate", "cached");
    for (Language language : Language.values()) {
      List<ExecutionResult> mine = results.stream()
          .filter(r -> r.getLanguage().equals(language.id())).collect(Collectors.toList());
      if (mine.isEmpty()) {
        continue;
      }
      long passed = mine.stream().filter(r -> r.getVerdict() == Verdict.PASSED).count();
      long cached = mine.stream().filter(ExecutionResult::getFromCache).count();
      out.printf("%-8s %9d %8d %7.1f%% %10d%n", language.id(), passed, mine.size(), 100.0 * passed / mine.size(),
          cached);
    }
    List<ExecutionResult> failures = results.stream()
        .filter(r -> r.getVerdict() != Verdict.PASSED).collect(Collectors.toList());
    if (failures.isEmpty()) {
      return;
    }
    out.println();
    out.println("Not passed:");
    for (ExecutionResult failure : failures) {
      out.printf("  %-22s %-10s %-16s %s%n", failure.getTaskId(), failure.getLabel(), failure.getVerdict(),
          oneLine(failure.getMessage()));
    }
  }

  /** For swapped solutions a pass is the bad outcome: print how many were caught, and the ones not. */
  static void printNegativeControl(PrintWriter out, List<ExecutionResult> results) {
    out.printf("%-8s %9s %8s %8s%n", "language", "rejected", "total", "rate");
    for (Language language : Language.values()) {
      List<ExecutionResult> mine = results.stream()
          .filter(r -> r.getLanguage().equals(language.id())).collect(Collectors.toList());
      if (mine.isEmpty()) {
        continue;
      }
      long rejected = mine.stream().filter(r -> r.getVerdict() != Verdict.PASSED).count();
      out.printf("%-8s %9d %8d %7.1f%%%n", language.id(), rejected, mine.size(), 100.0 * rejected / mine.size());
    }
    List<ExecutionResult> accepted = results.stream()
        .filter(r -> r.getVerdict() == Verdict.PASSED).collect(Collectors.toList());
    if (!accepted.isEmpty()) {
      out.println();
      out.println("Passed with another problem's solution (tests too weak to tell):");
      accepted.forEach(r -> out.printf("  %-22s %s%n", r.getTaskId(), r.getLabel()));
    }
  }

  /** Measurement mode: each passing program's median wall time and the spread of its repeats. */
  static void printTimings(PrintWriter out, List<ExecutionResult> results) {
    List<ExecutionResult> measured = results.stream()
        .filter(r -> r.getVerdict() == Verdict.PASSED && r.getWallNanosSamples().size() > 1)
        .collect(Collectors.toList());
    if (measured.isEmpty()) {
      return;
    }
    out.println();
    out.printf("%-28s %-10s %12s %22s %9s%n", "task", "label", "median ms", "min .. max ms", "peak MiB");
    for (ExecutionResult r : measured) {
      long min = r.getWallNanosSamples().stream().mapToLong(Long::longValue).min().orElse(0);
      long max = r.getWallNanosSamples().stream().mapToLong(Long::longValue).max().orElse(0);
      out.printf("%-28s %-10s %12.1f %10.1f .. %8.1f %9.1f%n", r.getTaskId(), r.getLabel(), r.getWallNanos() / 1e6,
          min / 1e6, max / 1e6, r.getPeakRssBytes() / (1024.0 * 1024.0));
    }
  }

  private static String oneLine(String message) {
    String line = message.replace('\n', ' ').strip();
    return line.length() <= 140 ? line : line.substring(0, 137) + "...";
  }
}
