package io.perforch.orchestration;

/**
 * Which tests a loop validates each stage with. The final program is always scored on the full tests;
 * with {@link #EXAMPLES} the loop never sees them, so a gain cannot come from having seen the grader.
 */
public enum Validation {
  /** Every stage validated with the full tests, the ones it is scored on: the study's setting. */
  FULL,
  /** Every stage validated with the problem's example tests only (see {@link ExampleTests}). */
  EXAMPLES;

  public String id() {
    return EnumIds.id(this);
  }

  public static Validation parse(String id) {
    return EnumIds.parse(Validation.class, id, "validation");
  }
}
