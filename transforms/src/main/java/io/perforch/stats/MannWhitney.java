package io.perforch.stats;

import java.util.Arrays;

/**
 * The Mann-Whitney U test, one-sided: how likely samples {@code x} would rank this low against {@code y}
 * if both came from the same distribution. Rank-based, so one outlier run (a page fault storm, a noisy
 * neighbour) cannot decide it. Exact (enumerating every split of the pooled midranks, ties included) while
 * that is at most {@value #EXACT_LIMIT} splits, which covers the repeat counts PerfOrch uses; the normal
 * approximation with tie correction beyond.
 */
public final class MannWhitney {
  static final long EXACT_LIMIT = 200_000;

  private MannWhitney() {}

  /** One-sided p-value for "x tends to be smaller than y". */
  public static double pLess(double[] x, double[] y) {
    if (x.length == 0 || y.length == 0) {
      throw new IllegalArgumentException("both samples need at least one value");
    }
    double[] ranks = midranks(x, y);
    double observed = 0;
    for (int i = 0; i < x.length; i++) {
      observed += ranks[i];
    }
    return binomial(x.length + y.length, x.length) <= EXACT_LIMIT
        ? exactPLess(ranks, x.length, observed)
        : normalPLess(ranks, x.length, y.length, observed);
  }

  /** Midranks of x's then y's values in the pooled sample (ties share the mean of their ranks). */
  static double[] midranks(double[] x, double[] y) {
    int n = x.length + y.length;
    double[] pooled = new double[n];
    System.arraycopy(x, 0, pooled, 0, x.length);
    System.arraycopy(y, 0, pooled, x.length, y.length);
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(pooled[a], pooled[b]));
    double[] ranks = new double[n];
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && pooled[order[end + 1]] == pooled[order[start]]) {
        end++;
      }
      double midrank = (start + end) / 2.0 + 1;
      for (int i = start; i <= end; i++) {
        ranks[order[i]] = midrank;
      }
      start = end + 1;
    }
    return ranks;
  }

  /** Share of all ways to pick x's ranks from the pool whose rank sum is at most the observed one. */
  static double exactPLess(double[] ranks, int k, double observed) {
    long[] counts = new long[2]; // [at most observed, total]
    enumerate(ranks, 0, k, 0.0, observed + 1e-9, counts);
    return (double) counts[0] / counts[1];
  }

  private static void enumerate(double[] ranks, int from, int left, double sum, double limit, long[] counts) {
    if (left == 0) {
      counts[1]++;
      if (sum <= limit) {
        counts[0]++;
      }
      return;
    }
    for (int i = from; i <= ranks.length - left; i++) {
      enumerate(ranks, i + 1, left - 1, sum + ranks[i], limit, counts);
    }
  }

  static double normalPLess(double[] ranks, int n1, int n2, double rankSum) {
    int n = n1 + n2;
    double u = rankSum - n1 * (n1 + 1) / 2.0;
    double mean = n1 * (double) n2 / 2.0;
    double[] sorted = ranks.clone();
    Arrays.sort(sorted);
    double ties = 0;
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && sorted[end + 1] == sorted[start]) {
        end++;
      }
      double t = end - start + 1;
      ties += t * t * t - t;
      start = end + 1;
    }
    double variance = n1 * (double) n2 / 12.0 * ((n + 1) - ties / (n * (double) (n - 1)));
    if (variance <= 0) {
      return 1.0; // every value equal: no evidence either way
    }
    double z = (u - mean + 0.5) / Math.sqrt(variance); // continuity correction towards the null
    return normalCdf(z);
  }

  static double normalCdf(double z) {
    return 0.5 * erfc(-z / Math.sqrt(2));
  }

  /** Complementary error function, Numerical Recipes' Chebyshev fit (relative error below 1.2e-7). */
  private static double erfc(double x) {
    double t = 1.0 / (1.0 + 0.5 * Math.abs(x));
    double y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? y : 2 - y;
  }

  static long binomial(int n, int k) {
    long result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
      if (result > Long.MAX_VALUE / (n + 1)) {
        return Long.MAX_VALUE;
      }
    }
    return result;
  }
}
