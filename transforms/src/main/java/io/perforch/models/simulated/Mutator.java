package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Breaks programs the way models do: one mistake of one kind, chosen by the request's draws. The kind
 * is drawn first, by weight; when it has no place to strike in the program, the next kind in the list
 * is tried.
 *
 * <p>The weights favour the kinds whose mutants are reliably broken. Every candidate mutant of the
 * sample dataset's canonical solutions, judged by the Executor: flipped comparisons broke the program
 * 178 of 179 times, dropped statements 416 of 418, syntax slips always; off-by-ones 323 of 352 and
 * wrong constants 301 of 332, the rest behaving like the original (a counter that starts at 1 where
 * only differences matter, a precedence of 3 instead of 2 where only the order matters). An answer
 * meant to be wrong that passes its tests blurs the profile, so the literal kinds weigh less.
 */
final class Mutator {
  /** A kind of mistake and its weight in the draw. */
  record Weighted(Mutation mutation, int weight) {}

  static final List<Weighted> KINDS = List.of(
      new Weighted(new FlippedComparison(), 2),
      new Weighted(new OffByOne(), 1),
      new Weighted(new WrongConstant(), 1),
      new Weighted(new DroppedStatement(), 2),
      new Weighted(new SyntaxSlip(), 1));

  private final List<Weighted> kinds;
  private final int totalWeight;

  Mutator() {
    this(KINDS);
  }

  Mutator(List<Weighted> kinds) {
    this.kinds = List.copyOf(kinds);
    this.totalWeight = kinds.stream().mapToInt(Weighted::weight).sum();
  }

  /**
   * A mutant of {@code code} that differs from it and from every program in {@code avoid}; empty when
   * no kind applies.
   */
  Optional<Mutant> mutate(String code, Language language, Draws draws, Set<String> avoid) {
    SourceText source = new SourceText(code, language);
    int first = drawKind(draws);
    for (int k = 0; k < kinds.size(); k++) {
      Mutation kind = kinds.get((first + k) % kinds.size()).mutation();
      List<String> mutants = kind.candidates(source).stream()
          .map(edit -> edit.applyTo(code))
          .filter(mutant -> !mutant.equals(code) && !avoid.contains(mutant))
          .toList();
      if (!mutants.isEmpty()) {
        return Optional.of(new Mutant(kind.kind(), mutants.get(draws.nextInt(mutants.size()))));
      }
    }
    return Optional.empty();
  }

  private int drawKind(Draws draws) {
    int ticket = draws.nextInt(totalWeight);
    for (int i = 0; i < kinds.size(); i++) {
      ticket -= kinds.get(i).weight();
      if (ticket < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }
}
