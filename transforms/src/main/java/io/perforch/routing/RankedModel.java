package io.perforch.routing;

/**
 * A model's place in a ranking.
 *
 * @param score the policy's score (its first sort key)
 * @param level "category" when the task's category cells ranked it, "language" when the language level did
 */
public record RankedModel(String model, double score, String level) {}
