package io.perforch.profiling;

import io.perforch.profiling.model.ProfileRow;
import java.util.Comparator;
import java.util.Locale;

/**
 * What ranks models at a stage. Generate and fix: the share of answers that pass (pass rate; fix rate),
 * ties broken by the faster median run time. Refine: the share of refinements called faster by the
 * speed-up rule, ties broken by the share that are still correct (a refiner that breaks programs is
 * worse than one that leaves them be), then by the median speed-up.
 */
public enum StageMetric {
  GENERATE("generate", "pass rate"),
  FIX("fix", "fix rate"),
  REFINE("refine", "improved");

  private final String stage;
  private final String label;

  StageMetric(String stage, String label) {
    this.stage = stage;
    this.label = label;
  }

  public static StageMetric of(String stage) {
    for (StageMetric metric : values()) {
      if (metric.stage.equals(stage)) {
        return metric;
      }
    }
    throw new IllegalArgumentException("unknown stage '" + stage + "'");
  }

  public String stage() {
    return stage;
  }

  public String label() {
    return label;
  }

  public double value(ProfileRow row) {
    if (this == REFINE) {
      return row.getRefineImprovedShare() == null ? 0 : row.getRefineImprovedShare();
    }
    return row.getPassRate();
  }

  /** Best first. */
  public Comparator<ProfileRow> ranking() {
    Comparator<ProfileRow> primary = Comparator.comparingDouble(this::value).reversed();
    Comparator<ProfileRow> tieBreak = this == REFINE
        ? Comparator.comparingDouble(ProfileRow::getPassRate).reversed().thenComparing(
            Comparator.comparingDouble((ProfileRow row) -> row.getRefineMedianSpeedup() == null ? 0 : row.getRefineMedianSpeedup())
                .reversed())
        : Comparator.comparingDouble(row -> row.getMedianWallMillis() == null ? Double.MAX_VALUE : row.getMedianWallMillis());
    return primary.thenComparing(tieBreak).thenComparing(row -> row.getModel());
  }

  public String format(ProfileRow row) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * value(row));
  }
}
