package io.perforch.profiling;

import io.perforch.models.Stage;
import io.perforch.profiling.model.ProfileRow;
import java.util.Comparator;
import java.util.Locale;

/**
 * What ranks models at a stage. Generate and fix: the share of answers that pass (pass rate; fix rate),
 * ties broken by the faster median run time. Refine: the share of refinements called faster by the
 * speed-up rule, ties broken by the share that are still correct (a refiner that breaks programs is
 * worse than one that leaves them be), then by the median speed-up. A row none of whose requests got an
 * answer has no value: it is shown as n/a and never ranked.
 */
public enum StageMetric {
  GENERATE(Stage.GENERATE, "pass rate"),
  FIX(Stage.FIX, "fix rate"),
  REFINE(Stage.REFINE, "improved");

  private final Stage stage;
  private final String label;

  StageMetric(Stage stage, String label) {
    this.stage = stage;
    this.label = label;
  }

  /** The metric of a stage as profile rows name it ({@link Stage#id()}). */
  public static StageMetric of(String stage) {
    for (StageMetric metric : values()) {
      if (metric.stage.id().equals(stage)) {
        return metric;
      }
    }
    throw new IllegalArgumentException("unknown stage '" + stage + "'");
  }

  public Stage stage() {
    return stage;
  }

  public String label() {
    return label;
  }

  /** The stage's figure for the row, or null when none of its requests got an answer. */
  public Double value(ProfileRow row) {
    return this == REFINE ? row.getRefineImprovedShare() : row.getPassRate();
  }

  /** Whether the row can be ranked: some of its requests got an answer. */
  public boolean available(ProfileRow row) {
    return value(row) != null;
  }

  /** Best first; for {@link #available} rows only. */
  public Comparator<ProfileRow> ranking() {
    Comparator<ProfileRow> primary = Comparator.comparingDouble((ProfileRow row) -> value(row)).reversed();
    Comparator<ProfileRow> tieBreak = this == REFINE
        ? Comparator.comparingDouble((ProfileRow row) -> row.getPassRate() == null ? 0 : row.getPassRate())
            .reversed().thenComparing(
            Comparator.comparingDouble((ProfileRow row) -> row.getRefineMedianSpeedup() == null ? 0 : row.getRefineMedianSpeedup())
                .reversed())
        : Comparator.comparingDouble(row -> row.getMedianWallMillis() == null ? Double.MAX_VALUE : row.getMedianWallMillis());
    return primary.thenComparing(tieBreak).thenComparing(row -> row.getModel());
  }

  /** The value as a percentage, or n/a. */
  public String format(ProfileRow row) {
    Double value = value(row);
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }
}
