package io.perforch.orchestration;

import java.io.Serializable;

/**
 * The limits of one task's loop.
 *
 * @param topN models tried per stage, best first (the route is cut to this length)
 * @param maxCalls model steps per task and loop; 0 for no limit
 * @param maxCostUsd dollars per task and loop; 0 for no limit
 * @param refineMode which qualifying refinement is kept
 * @param maxMemoryRatio a faster refinement whose peak memory exceeds this multiple of its input's is
 *     rejected; 0 for no guard
 * @param validation the tests each stage is validated with (the final program is scored on the full ones)
 */
public record LoopSettings(int topN, int maxCalls, double maxCostUsd, RefineMode refineMode, double maxMemoryRatio,
    Validation validation) implements Serializable {

  /**
   * The study's limits: the top 5 models per stage, no budget, the first improvement kept, no memory
   * guard, validation with the full tests.
   */
  public static final LoopSettings DEFAULT =
      new LoopSettings(5, 0, 0, RefineMode.FIRST_IMPROVEMENT, 0, Validation.FULL);

  public LoopSettings {
    java.util.Objects.requireNonNull(refineMode, "refineMode");
    java.util.Objects.requireNonNull(validation, "validation");
    if (topN < 1) {
      throw new IllegalArgumentException("top-n must be at least 1, got " + topN);
    }
    if (maxCalls < 0 || maxCostUsd < 0 || maxMemoryRatio < 0) {
      throw new IllegalArgumentException("budgets and the memory guard cannot be negative");
    }
    if (maxMemoryRatio > 0 && maxMemoryRatio < 1) {
      throw new IllegalArgumentException("--max-memory-ratio below 1 would reject refinements that use less memory");
    }
  }
}
