package io.perforch.orchestration;

import io.perforch.orchestration.model.TaskResult;
import io.perforch.profiling.ProfileAggregator;
import java.util.ArrayList;
import java.util.List;

/**
 * One loop's results over a set of tasks (a language, or all): correctness, how much faster the solved
 * tasks' final programs are than their first passing ones, and what the solved tasks cost.
 *
 * @param fasterShare of solved tasks, the share whose final program is a refinement accepted as faster
 * @param medianSpeedupFaster median speed-up over those tasks (null if none)
 * @param medianSpeedupAll median speed-up over every solved task that was measured (1 when not refined)
 * @param medianMemoryRatio median of final over first passing program's peak memory
 * @param validatedButFailed tasks whose final program passed the loop's validation (example tests)
 *     but fails the full tests: 0 when the loop validates with the full tests
 */
public record LoopSummary(String loop, String language, int tasks, int solved, int generatePassed,
    double fasterShare, Double medianSpeedupFaster, Double medianSpeedupAll, Double medianMemoryRatio,
    double callsPerSolved, double tokensPerSolved, double costPerSolved, int rollbacks, int missingSteps,
    int validatedButFailed) {

  public double correctness() {
    return tasks == 0 ? 0 : (double) solved / tasks;
  }

  public double generatePassRate() {
    return tasks == 0 ? 0 : (double) generatePassed / tasks;
  }

  public static LoopSummary of(String loop, String language, List<TaskResult> results) {
    int solved = 0;
    int generatePassed = 0;
    int refined = 0;
    int rollbacks = 0;
    int missing = 0;
    int validatedButFailed = 0;
    long calls = 0;
    long tokens = 0;
    double cost = 0;
    List<Double> fasterSpeedups = new ArrayList<>();
    List<Double> allSpeedups = new ArrayList<>();
    List<Double> memoryRatios = new ArrayList<>();
    for (TaskResult result : results) {
      calls += result.getCalls();
      tokens += result.getInputTokens() + result.getOutputTokens();
      cost += result.getCostUsd();
      rollbacks += result.getRollbacks();
      missing += result.getMissingSteps();
      generatePassed += result.getGeneratePassed() ? 1 : 0;
      if (!result.getSolved()) {
        validatedButFailed += result.getValidated() ? 1 : 0;
        continue;
      }
      solved++;
      if (result.getSpeedup() != null) {
        allSpeedups.add(result.getSpeedup());
      }
      if (result.getRefined()) {
        refined++;
        fasterSpeedups.add(result.getSpeedup());
      }
      Long first = result.getFirstPeakRssBytes();
      Long last = result.getFinalPeakRssBytes();
      if (first != null && last != null && first > 0) {
        memoryRatios.add((double) last / first);
      }
    }
    return new LoopSummary(loop, language, results.size(), solved, generatePassed,
        solved == 0 ? 0 : (double) refined / solved, median(fasterSpeedups), median(allSpeedups),
        median(memoryRatios), perSolved(calls, solved), perSolved(tokens, solved), perSolved(cost, solved),
        rollbacks, missing, validatedButFailed);
  }

  private static double perSolved(double total, int solved) {
    return solved == 0 ? Double.NaN : total / solved;
  }

  private static Double median(List<Double> values) {
    return ProfileAggregator.quantile(values, 0.5);
  }
}
