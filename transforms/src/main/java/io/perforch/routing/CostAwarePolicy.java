package io.perforch.routing;

import io.perforch.models.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Correctness per dollar, among the models correct enough: a model whose correctness (as
 * {@link Scores#correctness}) reaches {@code minCorrectness} ranks by correctness over its cost per
 * answered candidate, a free model above any paid one; models below the minimum come after them, by
 * correctness, so that a task always has a route.
 */
final class CostAwarePolicy implements RoutingPolicy {
  static final String NAME = "cost-aware";

  private final double minCorrectness;

  CostAwarePolicy(double minCorrectness) {
    if (!(minCorrectness >= 0 && minCorrectness <= 1)) {
      throw new IllegalArgumentException("--min-correctness must be between 0 and 1, got " + minCorrectness);
    }
    this.minCorrectness = minCorrectness;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, String> options() {
    return Map.of("min_correctness", String.format(Locale.ROOT, "%s", minCorrectness));
  }

  @Override
  public double[] key(String model, Stage stage, List<String> categories, Cells cells) {
    if (!cells.rankable(model, stage)) {
      return null;
    }
    double correctness = Scores.correctness(model, stage, categories, cells);
    if (correctness < minCorrectness) {
      return new double[] {0, correctness, correctness};
    }
    double cost = Scores.costPerCandidate(model, stage, cells);
    double perDollar = cost == 0 ? Double.POSITIVE_INFINITY : correctness / cost;
    return new double[] {1, perDollar, correctness};
  }
}
