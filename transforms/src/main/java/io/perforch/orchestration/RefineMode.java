package io.perforch.orchestration;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a loop picks among refinements that pass and are faster. */
public enum RefineMode {
  /** Keep the first refinement, in route order, that passes and is faster; ask no further model. */
  FIRST_IMPROVEMENT,
  /** Ask every refine model of the route and keep the fastest refinement that qualifies. */
  BEST_OF_N;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static RefineMode parse(String id) {
    for (RefineMode mode : values()) {
      if (mode.id().equals(id.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown refine mode '" + id + "' (expected one of "
        + Arrays.stream(values()).map(RefineMode::id).collect(Collectors.joining(", ")) + ")");
  }
}
