package io.perforch.routing;

import io.perforch.models.Stage;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.ProfileRow;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The per-cell figures policies combine over a task's categories. */
final class Scores {
  private Scores() {}

  /**
   * Generate and fix: the product over the task's categories of the pass rate (the study's rule: a
   * model must be good at every category the task has). Refine: the same product of the share of
   * refinements the speed-up rule calls faster.
   */
  static double correctness(String model, Stage stage, List<String> categories, Cells cells) {
    return product(model, stage, categories, cells, stage == Stage.REFINE
        ? row -> orZero(row.getRefineImprovedShare())
        : row -> orZero(row.getPassRate()));
  }

  /** Refine: the sum over the task's categories of the mean relative run-time gain (the study's rule). */
  static double refineGain(String model, List<String> categories, Cells cells) {
    double sum = 0;
    for (String category : Cells.factors(categories)) {
      ProfileRow row = cells.row(model, Stage.REFINE, category);
      sum += row == null ? 0 : orZero(row.getRefineMeanGain());
    }
    return sum;
  }

  /** Dollars per answered candidate at the language level; 0 for a free model. */
  static double costPerCandidate(String model, Stage stage, Cells cells) {
    ProfileRow row = cells.row(model, stage, ProfileKey.ALL);
    return row == null || row.getAnswered() == 0 ? 0 : row.getCostUsd() / row.getAnswered();
  }

  static double product(String model, Stage stage, List<String> categories, Cells cells,
      ToDoubleFunction<ProfileRow> figure) {
    double product = 1;
    for (String category : Cells.factors(categories)) {
      ProfileRow row = cells.row(model, stage, category);
      product *= row == null ? 0 : figure.applyAsDouble(row);
    }
    return product;
  }

  static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
