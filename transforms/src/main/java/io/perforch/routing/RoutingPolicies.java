package io.perforch.routing;

import java.util.List;

/** The routing policies by name, as {@code --policy} chooses them. */
public final class RoutingPolicies {
  public static final List<String> NAMES = List.of(PassRatePolicy.NAME, CostAwarePolicy.NAME, WeightedPolicy.NAME);
  public static final String DEFAULT_WEIGHTS = WeightedPolicy.DEFAULT_WEIGHTS;

  private RoutingPolicies() {}

  /**
   * @param minCorrectness cost-aware's minimum correctness
   * @param weights weighted's weights, e.g. {@value WeightedPolicy#DEFAULT_WEIGHTS}
   */
  public static RoutingPolicy named(String name, double minCorrectness, String weights) {
    return switch (name) {
      case PassRatePolicy.NAME -> new PassRatePolicy();
      case CostAwarePolicy.NAME -> new CostAwarePolicy(minCorrectness);
      case WeightedPolicy.NAME -> new WeightedPolicy(weights);
      default -> throw new IllegalArgumentException("unknown routing policy '" + name + "' (expected one of "
          + String.join(", ", NAMES) + ")");
    };
  }
}
