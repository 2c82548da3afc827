package io.perforch.execution;

/** What a submitted piece of code is, and so how the judge puts it together with a problem's tests. */
public enum CodeForm {
  /**
   * Code that continues the problem's prompt where it stops, as HumanEval-X's canonical solutions and
   * completion models' outputs do: usually a function body with its closing braces.
   */
  CONTINUATION,
  /**
   * A complete definition of the entry point with its own imports and helpers, as chat models answer:
   * the judge puts the prompt's header (its imports and helpers, without the entry point) before it.
   */
  SOLUTION,
  /** A whole program: the only form of a {@code FULL_PROGRAM} (EffiBench-X) problem. */
  PROGRAM
}
