package io.perforch.models.simulated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A deterministic stream of pseudo-random draws keyed by a request's identity: the key's SHA-256 seeds
 * a SplitMix64 generator. Written out here rather than taken from {@code java.util} so that the same
 * key gives the same draws on every JDK, and so that no state is shared between requests or threads.
 */
final class Draws {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  private Draws(long seed) {
    this.state = seed;
  }

  /** Draws keyed by {@code parts}; each part is length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
  static Draws keyedBy(Object... parts) {
    StringBuilder key = new StringBuilder();
    for (Object part : parts) {
      String text = String.valueOf(part);
      key.append(text.length()).append(':').append(text).append('|');
    }
    byte[] digest = sha256(key.toString());
    long seed = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      seed = (seed << 8) | (digest[i] & 0xFF);
    }
    return new Draws(seed);
  }

  long nextLong() {
    long z = (state += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound); bound must be positive. */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return (int) (nextDouble() * bound);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return nextDouble() < p;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
