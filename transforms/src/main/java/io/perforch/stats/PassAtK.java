package io.perforch.stats;

/**
 * The unbiased pass@k estimator of Chen et al. (2021): with n samples of which c pass, the chance that at
 * least one of k samples drawn without replacement passes, {@code 1 - C(n-c, k) / C(n, k)}. Computed as a
 * running product, which stays exact enough for n in the thousands where the binomials overflow.
 */
public final class PassAtK {
  private PassAtK() {}

  public static double estimate(int n, int c, int k) {
    if (n < 1 || c < 0 || c > n) {
      throw new IllegalArgumentException("need 0 <= c <= n and n >= 1, got n=" + n + ", c=" + c);
    }
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in 1.." + n + ", got " + k);
    }
    if (n - c < k) {
      return 1.0; // every draw of k contains a passing sample
    }
    // C(n-c, k) / C(n, k) = prod_{i = n-c+1}^{n} (1 - k / i)
    double allFail = 1.0;
    for (int i = n - c + 1; i <= n; i++) {
      allFail *= 1.0 - (double) k / i;
    }
    return 1.0 - allFail;
  }
}
