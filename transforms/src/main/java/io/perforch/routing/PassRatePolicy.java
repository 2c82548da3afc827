package io.perforch.routing;

import io.perforch.models.Stage;
import java.util.List;
import java.util.Map;

/**
 * The study's rule. Generate and fix: the product over the task's categories of the model's pass rate.
 * Refine: the sum over its categories of the mean relative run-time gain of the refinements the
 * speed-up rule calls faster (the study sums gains above a noise threshold; the mean does not favour a
 * model with more attempts), ties broken by the fix score, then the generate score.
 */
final class PassRatePolicy implements RoutingPolicy {
  static final String NAME = "pass-rate";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, String> options() {
    return Map.of();
  }

  @Override
  public double[] key(String model, Stage stage, List<String> categories, Cells cells) {
    if (!cells.rankable(model, stage)) {
      return null;
    }
    if (stage != Stage.REFINE) {
      return new double[] {Scores.correctness(model, stage, categories, cells)};
    }
    return new double[] {Scores.refineGain(model, categories, cells),
        Scores.correctness(model, Stage.FIX, categories, cells),
        Scores.correctness(model, Stage.GENERATE, categories, cells)};
  }
}
