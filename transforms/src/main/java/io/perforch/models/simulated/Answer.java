package io.perforch.models.simulated;

/**
 * The program a simulated model answers with, and what it is relative to the references.
 *
 * @param code in the executor's shape (what continues the prompt, or a whole program)
 * @param outcome how the program came about
 */
record Answer(String code, Outcome outcome) {
  enum Outcome {
    /** The canonical reference: correct and fast. */
    CANONICAL,
    /** The slow reference: correct but slow. */
    SLOW,
    /** A mutant: a program with one realistic mistake. */
    BROKEN,
    /** The input program, handed back as it came. */
    UNCHANGED
  }
}
