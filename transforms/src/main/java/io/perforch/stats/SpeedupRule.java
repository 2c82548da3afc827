package io.perforch.stats;

import java.util.Arrays;

/**
 * Decides whether a refined program is faster than its input, robustly to machine noise. Both programs
 * are measured several times; the refinement counts as faster only when both hold:
 * <ul>
 *   <li><b>effect</b>: its median time is at most {@code 1 - minEffect} of the input's (default 10%
 *       faster) and at least {@code minAbsoluteNanos} lower (default 2 ms), so a real but negligible
 *       gain is not called a speed-up, nor is a "gain" inside the jitter of starting a sandboxed
 *       process (programs of a few milliseconds vary by ±2 ms from run to run);</li>
 *   <li><b>significance</b>: a one-sided Mann-Whitney U test rejects "no faster" at level {@code alpha}
 *       (default 0.01): with 5 runs each, at most 1 of the 25 (input run, refined run) pairs may have
 *       the input run faster. The test sees only ranks, so one stray run cannot decide.</li>
 * </ul>
 * The defaults are set by an A/A simulation (the same program measured twice, 5 runs each, 8% log-normal
 * noise plus occasional 40% outliers): at alpha 0.05 it called 2.2% of such pairs faster, at 0.01
 * under 1%, which is the budget for false speed-ups. On real programs ({@code perforch speedup-check}),
 * the relative rule alone still called 1.4% of A/A pairs faster, all of them programs of 1 to 5 ms;
 * the absolute floor is for those.
 * The speed-up reported is the ratio of medians, input over refined (above 1 is faster).
 */
public record SpeedupRule(double alpha, double minEffect, double minAbsoluteNanos) {
  public static final SpeedupRule DEFAULT = new SpeedupRule(0.01, 0.10, 2_000_000);

  /** The rule without an absolute floor. */
  public SpeedupRule(double alpha, double minEffect) {
    this(alpha, minEffect, 0);
  }

  public SpeedupRule {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
    if (!(minEffect >= 0 && minEffect < 1)) {
      throw new IllegalArgumentException("minEffect must be in [0, 1), got " + minEffect);
    }
    if (!(minAbsoluteNanos >= 0)) {
      throw new IllegalArgumentException("minAbsoluteNanos must be 0 or more, got " + minAbsoluteNanos);
    }
  }

  /** The verdict on one refinement, with the figures that led to it. */
  public record Decision(double inputMedian, double refinedMedian, double speedup, double pValue, boolean faster) {}

  /** @param input run times of the input program; @param refined of the refined one (same unit) */
  public Decision decide(double[] input, double[] refined) {
    double before = median(input);
    double after = median(refined);
    double speedup = after > 0 ? before / after : Double.POSITIVE_INFINITY;
    double p = MannWhitney.pLess(refined, input);
    boolean faster = after <= (1 - minEffect) * before && before - after >= minAbsoluteNanos && p < alpha;
    return new Decision(before, after, speedup, p, faster);
  }

  public static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
