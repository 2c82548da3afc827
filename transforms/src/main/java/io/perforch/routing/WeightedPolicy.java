package io.perforch.routing;

import io.perforch.models.Stage;
import io.perforch.profiling.model.ProfileRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A weighted score of correctness, run time, peak memory and CPU efficiency:
 * {@code w_c·correctness + w_t·(fastest median time in the cell / the model's) + w_m·(smallest peak
 * memory in the cell / the model's) + w_u·CPU efficiency}, every term in [0, 1] (a missing measurement
 * counts 0). Correctness is {@link Scores#correctness} (refine: the share made faster); the resource
 * terms are averaged over the task's categories.
 */
final class WeightedPolicy implements RoutingPolicy {
  static final String NAME = "weighted";
  static final String DEFAULT_WEIGHTS = "correctness=0.7,time=0.1,memory=0.1,cpu=0.1";

  private final double correctness;
  private final double time;
  private final double memory;
  private final double cpu;

  WeightedPolicy(String weights) {
    Map<String, Double> parsed = parse(weights);
    correctness = parsed.get("correctness");
    time = parsed.get("time");
    memory = parsed.get("memory");
    cpu = parsed.get("cpu");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, String> options() {
    return Map.of("weights", String.format(Locale.ROOT, "correctness=%s,time=%s,memory=%s,cpu=%s",
        correctness, time, memory, cpu));
  }

  @Override
  public double[] key(String model, Stage stage, List<String> categories, Cells cells) {
    if (!cells.rankable(model, stage)) {
      return null;
    }
    double resources = 0;
    List<String> factors = Cells.factors(categories);
    for (String category : factors) {
      ProfileRow row = cells.row(model, stage, category);
      if (row != null) {
        resources += time * fastestShare(row, cells.cell(stage, category)) + memory * lightestShare(row,
            cells.cell(stage, category)) + cpu * Math.min(1, Scores.orZero(row.getCpuEfficiency()));
      }
    }
    return new double[] {correctness * Scores.correctness(model, stage, categories, cells) + resources / factors.size()};
  }

  private static double fastestShare(ProfileRow row, List<ProfileRow> cell) {
    Double mine = row.getMedianWallMillis();
    double best = cell.stream().map(ProfileRow::getMedianWallMillis).filter(v -> v != null && v > 0)
        .mapToDouble(Double::doubleValue).min().orElse(0);
    return mine == null || mine <= 0 || best <= 0 ? 0 : best / mine;
  }

  private static double lightestShare(ProfileRow row, List<ProfileRow> cell) {
    Long mine = row.getPeakRssBytes();
    long best = cell.stream().map(ProfileRow::getPeakRssBytes).filter(v -> v != null && v > 0)
        .mapToLong(Long::longValue).min().orElse(0);
    return mine == null || mine <= 0 || best <= 0 ? 0 : (double) best / mine;
  }

  /** {@code correctness=0.7,time=0.1,...}: every name known, every weight ≥ 0, some weight > 0; unnamed ones 0. */
  static Map<String, Double> parse(String weights) {
    Map<String, Double> parsed = new LinkedHashMap<>(Map.of("correctness", 0.0, "time", 0.0, "memory", 0.0, "cpu", 0.0));
    for (String part : weights.split(",")) {
      String[] pair = part.split("=", 2);
      String name = pair[0].strip();
      if (!parsed.containsKey(name) || pair.length != 2) {
        throw new IllegalArgumentException("--weights: '" + part.strip() + "' is not NAME=WEIGHT with NAME one of "
            + "correctness, time, memory, cpu (e.g. " + DEFAULT_WEIGHTS + ")");
      }
      double weight;
      try {
        weight = Double.parseDouble(pair[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--weights: " + name + " needs a number, got '" + pair[1].strip() + "'");
      }
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("--weights: " + name + " must be a finite weight >= 0, got " + weight);
      }
      parsed.put(name, weight);
    }
    if (parsed.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException("--weights: at least one weight must be above 0");
    }
    return parsed;
  }
}
