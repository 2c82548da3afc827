package io.perforch.cli;

import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The programs whose verdict changed between runs of the very same code, with how often each verdict
 * came: found by {@code --check-flaky N}, by the second run that confirms a failure before it is cached,
 * or remembered by the cache from an earlier run. A fact about the tests or the program, so printed, never
 * smoothed over.
 */
final class FlakyReport {
  /** The exit code of a {@code --check-flaky} run that found flaky programs. */
  static final int FOUND_FLAKY = 3;

  private FlakyReport() {}

  /** Prints the flaky programs, if any; with {@code checkRuns} a summary line even when there are none. */
  static List<ExecutionResult> print(PrintWriter out, List<ExecutionResult> results, Integer checkRuns) {
    List<ExecutionResult> flaky = results.stream().filter(ExecutionResult::getFlaky).toList();
    if (flaky.isEmpty() && checkRuns == null) {
      return flaky;
    }
    out.println();
    String runs = checkRuns == null ? "" : " over " + checkRuns + " runs each";
    if (flaky.isEmpty()) {
      out.printf("Flaky: none of %d programs changed verdict%s%n", results.size(), runs);
      return flaky;
    }
    out.printf("Flaky: %d of %d programs gave different verdicts%s:%n", flaky.size(), results.size(), runs);
    for (ExecutionResult result : flaky) {
      String counts = counts(result.getVerdictsSeen());
      if (result.getVerdictsSeen().stream().distinct().count() < 2) {
        counts += " (other verdicts in an earlier run, which the cache remembers)";
      }
      out.printf("  %-22s %-10s %s%n", result.getTaskId(), result.getLabel(), counts);
    }
    return flaky;
  }

  /** {@code PASSED 7, FAILED 3}: most frequent first. */
  static String counts(List<Verdict> verdicts) {
    Map<Verdict, Long> counts = verdicts.stream()
        .collect(Collectors.groupingBy(verdict -> verdict, () -> new EnumMap<>(Verdict.class), Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<Verdict, Long>comparingByValue(Comparator.reverseOrder()))
        .map(entry -> entry.getKey() + " " + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
