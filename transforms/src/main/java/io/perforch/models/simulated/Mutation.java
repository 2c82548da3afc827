package io.perforch.models.simulated;

import java.util.List;

/**
 * One kind of realistic mistake. A kind lists every place it could strike in a program; the {@link
 * Mutator} picks one. Every edit must change the text, and none may touch a string literal or a comment.
 */
interface Mutation {
  /** A short name for reports and tests, e.g. {@code flipped-comparison}. */
  String kind();

  /** Every edit this kind of mistake could make to {@code source}; empty when it does not apply. */
  List<Edit> candidates(SourceText source);
}
