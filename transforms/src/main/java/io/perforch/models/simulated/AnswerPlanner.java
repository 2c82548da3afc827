package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.models.SimulatedProfile;
import io.perforch.models.TaskContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what a simulated model answers to a task, from the problem's reference solutions and the
 * model's skill at the task's language and stage. Every decision is a draw from the request's {@link
 * Draws}, so the same request always gets the same answer.
 */
final class AnswerPlanner {
  static final String SLOW_LABEL = "slow";

  private final Mutator mutator;

  AnswerPlanner(Mutator mutator) {
    this.mutator = mutator;
  }

  /** @throws IllegalArgumentException when the task cannot be answered (no reference, no input program) */
  Answer plan(SimulatedProfile profile, TaskContext task, Draws draws) {
    Problem problem = task.problem();
    Language language = Language.of(problem);
    References refs = References.of(problem);
    double skill = profile.skill(language, task.stage());
    return switch (task.stage()) {
      case GENERATE -> generate(refs, language, skill, profile.slowShare(), draws);
      case FIX -> fix(refs, language, skill, input(task), draws);
      case REFINE -> refine(refs, language, skill, input(task), draws);
    };
  }

  /** Right: the slow reference at {@code slowShare}, else the canonical; wrong: a mutant of the canonical. */
  private Answer generate(References refs, Language language, double skill, double slowShare, Draws draws) {
    if (draws.chance(skill)) {
      if (refs.slow() != null && draws.chance(slowShare)) {
        return new Answer(refs.slow(), Answer.Outcome.SLOW);
      }
      return new Answer(refs.canonical(), Answer.Outcome.CANONICAL);
    }
    return broken(refs.canonical(), language, draws, refs.all());
  }

  /** Right: the canonical; wrong: as likely a new mutant of the canonical as the input handed back. */
  private Answer fix(References refs, Language language, double skill, String input, Draws draws) {
    if (draws.chance(skill)) {
      return new Answer(refs.canonical(), Answer.Outcome.CANONICAL);
    }
    if (draws.chance(0.5)) {
      return broken(refs.canonical(), language, draws, with(refs.all(), input));
    }
    return new Answer(input, Answer.Outcome.UNCHANGED);
  }

  /**
   * Right: the canonical (a real speed-up when the input was the slow reference); wrong: one of the
   * input unchanged, the slow reference, or the input broken by a mutation.
   */
  private Answer refine(References refs, Language language, double skill, String input, Draws draws) {
    if (draws.chance(skill)) {
      return new Answer(refs.canonical(), Answer.Outcome.CANONICAL);
    }
    List<Answer.Outcome> misses = new ArrayList<>(List.of(Answer.Outcome.UNCHANGED, Answer.Outcome.BROKEN));
    if (refs.slow() != null && !refs.slow().equals(input)) {
      misses.add(Answer.Outcome.SLOW);
    }
    return switch (misses.get(draws.nextInt(misses.size()))) {
      case SLOW -> new Answer(refs.slow(), Answer.Outcome.SLOW);
      case BROKEN -> broken(input, language, draws, with(refs.all(), input));
      default -> new Answer(input, Answer.Outcome.UNCHANGED);
    };
  }

  /**
   * A mutant of {@code code}, never one of {@code avoid}; when no mutation applies, the program cut off
   * halfway, as a reply that ran out of tokens would be.
   */
  private Answer broken(String code, Language language, Draws draws, Set<String> avoid) {
    return mutator.mutate(code, language, draws, avoid)
        .map(mutant -> new Answer(mutant.code(), Answer.Outcome.BROKEN))
        .orElseGet(() -> new Answer(code.substring(0, code.length() / 2), Answer.Outcome.BROKEN));
  }

  private static String input(TaskContext task) {
    if (task.inputCode() == null) {
      throw new IllegalArgumentException(task.problem().getTaskId() + ": a " + task.stage().id()
          + " request needs the program to " + task.stage().id() + " (TaskContext.inputCode is null)");
    }
    return task.inputCode();
  }

  private static Set<String> with(Set<String> programs, String extra) {
    Set<String> all = new HashSet<>(programs);
    all.add(extra);
    return all;
  }

  /** A problem's canonical (first) reference and, where it has one, its slow reference. */
  record References(String canonical, String slow) {
    static References of(Problem problem) {
      List<ReferenceSolution> solutions = problem.getSolutions();
      if (solutions.isEmpty()) {
        throw new IllegalArgumentException(problem.getTaskId() + " has no reference solution to answer from");
      }
      String slow = solutions.stream().filter(s -> SLOW_LABEL.equals(s.getLabel())).map(ReferenceSolution::getCode)
          .findFirst().orElse(null);
      return new References(solutions.get(0).getCode(), slow);
    }

    Set<String> all() {
      Set<String> all = new HashSet<>();
      all.add(canonical);
      if (slow != null) {
        all.add(slow);
      }
      return all;
    }
  }
}
