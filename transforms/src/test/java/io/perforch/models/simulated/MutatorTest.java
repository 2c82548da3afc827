package io.perforch.models.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MutatorTest {
  private final Mutator mutator = new Mutator();

  @Test
  void sameDrawsSameMutantAndEveryMutantDiffersFromItsInput() {
    for (Problem problem : SimulatedTestSupport.sampleProblems()) {
      String code = SimulatedTestSupport.canonical(problem);
      Language language = Language.of(problem);
      Optional<Mutant> first = mutator.mutate(code, language, Draws.keyedBy(problem.getTaskId()), Set.of());
      Optional<Mutant> again = mutator.mutate(code, language, Draws.keyedBy(problem.getTaskId()), Set.of());

      assertThat(first).as(problem.getTaskId()).isPresent().isEqualTo(again);
      assertThat(first.get().code()).isNotEqualTo(code);
    }
  }

  @Test
  void kindsAreDrawnByWeight() {
    // Only programs where every kind applies, so that no kind hands its share to the next.
    List<Problem> programs = SimulatedTestSupport.sampleProblems().stream()
        .filter(problem -> Mutator.KINDS.stream().allMatch(kind -> !kind.mutation().candidates(
            new SourceText(SimulatedTestSupport.canonical(problem), Language.of(problem))).isEmpty()))
        .toList();
    int samples = 20;
    Map<String, Long> kinds = programs.stream()
        .flatMap(problem -> IntStream.range(0, samples).mapToObj(sample -> mutator.mutate(
            SimulatedTestSupport.canonical(problem), Language.of(problem),
            Draws.keyedBy(problem.getTaskId(), sample), Set.of()).orElseThrow().kind()))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    // Each count is binomial with p = weight / total; allow 4 standard deviations either way.
    int n = programs.size() * samples;
    double total = Mutator.KINDS.stream().mapToInt(Mutator.Weighted::weight).sum();
    assertThat(programs).hasSizeGreaterThan(40);
    Mutator.KINDS.forEach(kind -> {
      double p = kind.weight() / total;
      double sd = Math.sqrt(n * p * (1 - p));
      assertThat((double) kinds.getOrDefault(kind.mutation().kind(), 0L)).as(kind.mutation().kind())
          .isBetween(n * p - 4 * sd, n * p + 4 * sd);
    });
  }

  @Test
  void aKindThatDoesNotApplyHandsOverToTheNext() {
    Mutator onlyComparisonsThenSlips = new Mutator(List.of(
        new Mutator.Weighted(new FlippedComparison(), 1000), new Mutator.Weighted(new SyntaxSlip(), 1)));

    Mutant mutant = onlyComparisonsThenSlips.mutate("    return f(x)\n", Language.GO, Draws.keyedBy(1), Set.of())
        .orElseThrow();

    assertThat(mutant.kind()).isEqualTo("syntax-slip");
    assertThat(mutant.code()).isEqualTo("    return f(x\n");
  }

  @Test
  void avoidsTheProgramsItIsToldToAvoid() {
    String code = "    return a < b\n";
    Mutator comparisons = new Mutator(List.of(new Mutator.Weighted(new FlippedComparison(), 1)));

    assertThat(comparisons.mutate(code, Language.PYTHON, Draws.keyedBy(1), Set.of()))
        .map(Mutant::code).contains("    return a >= b\n");
    assertThat(comparisons.mutate(code, Language.PYTHON, Draws.keyedBy(1), Set.of("    return a >= b\n")))
        .isEmpty();
  }

  @Test
  void differentDrawsReachDifferentMutants() {
    Problem problem = SimulatedTestSupport.sampleProblem(Language.JAVA, "count_primes");
    Set<String> seen = new HashSet<>();
    for (int sample = 0; sample < 30; sample++) {
      seen.add(mutator.mutate(SimulatedTestSupport.canonical(problem), Language.JAVA, Draws.keyedBy(sample), Set.of())
          .orElseThrow().code());
    }

    assertThat(seen).hasSizeGreaterThan(10);
  }
}
