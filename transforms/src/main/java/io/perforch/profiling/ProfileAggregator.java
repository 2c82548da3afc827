package io.perforch.profiling;

import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.models.Stage;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.profiling.model.ProfileRow;
import io.perforch.profiling.model.Refinement;
import io.perforch.stats.PassAtK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Summarises the candidates of one {@link ProfileKey} into a profile row. Rates are over candidates
 * that got an answer (provider errors are counted apart, never as failures), and absent when none did:
 * a model that could not be reached is not a model that answered wrongly. Run times and memory are over
 * passing candidates, since a failing program's time says nothing about its speed.
 */
public final class ProfileAggregator {
  private ProfileAggregator() {}

  /** The k values pass@k is reported for, where the number of samples allows (and k = n, always). */
  static final int[] KS = {1, 5, 10, 100};

  public static ProfileRow summarise(ProfileKey key, Iterable<Candidate> candidates) {
    int n = 0;
    int providerErrors = 0;
    int noCode = 0;
    int answered = 0;
    int passed = 0;
    long inputTokens = 0;
    long outputTokens = 0;
    double cost = 0;
    List<Double> latencies = new ArrayList<>();
    List<Double> wallMillis = new ArrayList<>();
    List<Double> meanRss = new ArrayList<>();
    List<Double> cpuEfficiency = new ArrayList<>();
    long peakRss = -1;
    List<Double> speedups = new ArrayList<>();
    int refinements = 0;
    int faster = 0;
    double gains = 0;
    Map<String, int[]> perTask = new LinkedHashMap<>(); // task -> {samples, passed}
    TreeSet<String> assemblies = new TreeSet<>();

    for (Candidate candidate : candidates) {
      n++;
      inputTokens += candidate.getInputTokens();
      outputTokens += candidate.getOutputTokens();
      cost += candidate.getCostUsd();
      if (candidate.getOutcome() == CandidateOutcome.PROVIDER_ERROR) {
        providerErrors++;
        continue;
      }
      latencies.add((double) candidate.getLatencyMillis());
      int[] task = perTask.computeIfAbsent(taskOf(candidate), t -> new int[2]);
      task[0]++;
      answered++;
      if (candidate.getOutcome() == CandidateOutcome.NO_CODE) {
        noCode++;
        continue;
      }
      ExecutionResult result = candidate.getResult();
      if (result != null && !result.getAssembly().isEmpty()) {
        assemblies.add(result.getAssembly());
      }
      if (result == null || result.getVerdict() != Verdict.PASSED) {
        continue;
      }
      passed++;
      task[1]++;
      wallMillis.add(result.getWallNanos() / 1e6);
      meanRss.add((double) result.getMeanRssBytes());
      cpuEfficiency.add(result.getCpuEfficiency());
      peakRss = Math.max(peakRss, result.getPeakRssBytes());
      Refinement refinement = candidate.getRefinement();
      if (refinement != null) {
        refinements++;
        faster += refinement.getFaster() ? 1 : 0;
        gains += refinement.getFaster() ? 1 - refinement.getRefinedMedianNanos() / refinement.getInputMedianNanos() : 0;
        speedups.add(refinement.getSpeedup());
      }
    }

    boolean refine = Stage.REFINE.id().equals(key.stage());
    return ProfileRow.newBuilder()
        .setModel(key.model())
        .setLanguage(key.language())
        .setStage(key.stage())
        .setCategory(key.category())
        .setN(n)
        .setAssembly(String.join(",", assemblies))
        .setAnswered(answered)
        .setTasks(perTask.size())
        .setPassed(passed)
        .setPassRate(answered == 0 ? null : (double) passed / answered)
        .setPassAtK(passAtK(perTask))
        .setMedianWallMillis(quantile(wallMillis, 0.5))
        .setP90WallMillis(quantile(wallMillis, 0.9))
        .setMeanRssBytes(mean(meanRss))
        .setPeakRssBytes(peakRss < 0 ? null : peakRss)
        .setCpuEfficiency(mean(cpuEfficiency))
        .setRefineImprovedShare(refine && answered > 0 ? (double) faster / answered : null)
        .setRefineMeanGain(refine && answered > 0 ? gains / answered : null)
        .setRefineMedianSpeedup(refinements == 0 ? null : quantile(speedups, 0.5))
        .setInputTokens(inputTokens)
        .setOutputTokens(outputTokens)
        .setCostUsd(cost)
        .setMedianLatencyMillis(quantile(latencies, 0.5))
        .setProviderErrors(providerErrors)
        .setNoCode(noCode)
        .build();
  }

  /** Generate samples share a problem; fix and refine samples share their input program. */
  private static String taskOf(Candidate candidate) {
    return candidate.getParentId() == null ? candidate.getTaskId() : candidate.getParentId();
  }

  /** Mean pass@k over tasks, for each k in {@link #KS} and k = n that every task has samples for. */
  private static Map<String, Double> passAtK(Map<String, int[]> perTask) {
    Map<String, Double> result = new TreeMap<>();
    if (perTask.isEmpty()) {
      return result;
    }
    int minSamples = perTask.values().stream().mapToInt(t -> t[0]).min().orElse(0);
    java.util.TreeSet<Integer> ks = new java.util.TreeSet<>();
    for (int k : KS) {
      ks.add(k);
    }
    ks.add(minSamples);
    for (int k : ks) {
      if (k >= 1 && k <= minSamples) {
        double sum = 0;
        for (int[] task : perTask.values()) {
          sum += PassAtK.estimate(task[0], task[1], k);
        }
        result.put(Integer.toString(k), sum / perTask.size());
      }
    }
    return result;
  }

  /** Linear-interpolated quantile (type 7, as R and NumPy default); null for no values. */
  public static Double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    double position = q * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
  }

  private static Double mean(List<Double> values) {
    return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
