package io.perforch.routing;

/** A model's correctness and its cost per answered candidate, at the language level of one stage. */
public record ParetoPoint(String model, double correctness, double costPerCandidate) {
  /** At least as correct and at most as dear, and better in one of the two. */
  boolean dominates(ParetoPoint other) {
    return correctness >= other.correctness && costPerCandidate <= other.costPerCandidate
        && (correctness > other.correctness || costPerCandidate < other.costPerCandidate);
  }
}
