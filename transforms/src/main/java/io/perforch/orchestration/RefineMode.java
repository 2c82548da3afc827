package io.perforch.orchestration;

/** How a loop picks among refinements that pass and are faster. */
public enum RefineMode {
  /** Keep the first refinement, in route order, that passes and is faster; ask no further model. */
  FIRST_IMPROVEMENT,
  /** Ask every refine model of the route and keep the fastest refinement that qualifies. */
  BEST_OF_N;

  public String id() {
    return EnumIds.id(this);
  }

  public static RefineMode parse(String id) {
    return EnumIds.parse(RefineMode.class, id, "refine mode");
  }
}
