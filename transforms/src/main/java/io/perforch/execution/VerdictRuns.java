package io.perforch.execution;

import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How many runs a verdict takes before the result cache believes it, and which cached results it may serve.
 *
 * <p>Some programs give different verdicts on the same tests: they iterate a Go map (random order), draw
 * random numbers, race threads. HumanEval-X's own Go/95 reference fails about one run in five. A cache
 * that kept whatever the first run gave served one unlucky run for good. The rule:
 * <ul>
 *   <li>a failure of the running program (FAILED, RUNTIME_ERROR, MEMORY_LIMIT, OUTPUT_LIMIT) is judged once
 *       more before it is cached, and cached only when both runs agree: a wrong failure is what costs most,
 *       since it sends a correct program to a paid fix request or makes a benchmark look broken;
 *   <li>a program whose runs disagreed is flaky for good: the cache keeps that fact and never serves it,
 *       so every later execution runs it again and reports it flaky;
 *   <li>a pass is believed at once, and so is a compile error (the same source fails the same way, and the
 *       build cache already serves it): most programs pass, and confirming them would double every cold
 *       run. Programs that pass only sometimes are what {@code --check-flaky N} finds; once it has seen one
 *       flip, the cache stops serving it too.
 * </ul>
 * Time-outs and sandbox failures say more about the machine than the program: they are not confirmed, and
 * not cached but as part of a flaky program's record.
 */
final class VerdictRuns {
  private static final Set<Verdict> CONFIRMED_BEFORE_CACHING =
      Set.of(Verdict.FAILED, Verdict.RUNTIME_ERROR, Verdict.MEMORY_LIMIT, Verdict.OUTPUT_LIMIT);
  /** Verdicts that say more about the machine than the program. */
  static final Set<Verdict> MACHINE_DEPENDENT = Set.of(Verdict.TIMEOUT, Verdict.SANDBOX_ERROR, Verdict.TOOLCHAIN_MISSING);

  private VerdictRuns() {}

  /** One run; a failure of the program a second one, whose verdict is recorded next to the first. */
  static ExecutionResult confirmed(Supplier<ExecutionResult> judge) {
    ExecutionResult first = judge.get();
    if (!CONFIRMED_BEFORE_CACHING.contains(first.getVerdict())) {
      return withVerdicts(first, List.of(first.getVerdict()));
    }
    return withVerdicts(first, List.of(first.getVerdict(), judge.get().getVerdict()));
  }

  /** Exactly one run. */
  static ExecutionResult single(Supplier<ExecutionResult> judge) {
    ExecutionResult first = judge.get();
    return withVerdicts(first, List.of(first.getVerdict()));
  }

  /** {@code runs} runs whatever their verdicts: the first one's result, with every verdict seen. */
  static ExecutionResult repeated(Supplier<ExecutionResult> judge, int runs) {
    ExecutionResult first = judge.get();
    List<Verdict> verdicts = new ArrayList<>(List.of(first.getVerdict()));
    for (int i = 1; i < runs; i++) {
      verdicts.add(judge.get().getVerdict());
    }
    return withVerdicts(first, verdicts);
  }

  /** Whether the cache may answer for the program instead of running it. */
  static boolean servable(ExecutionResult cached) {
    if (cached.getFlaky()) {
      return false;
    }
    Verdict verdict = cached.getVerdict();
    if (!CONFIRMED_BEFORE_CACHING.contains(verdict)) {
      return true;
    }
    // two runs that agree; an entry from before this rule has none recorded and is judged again
    return cached.getVerdictsSeen().size() >= 2 && cached.getVerdictsSeen().stream().allMatch(verdict::equals);
  }

  /**
   * {@code result} of a program judged again although the cache had a result for it: flaky when it was
   * flaky before or the two disagree (say an unconfirmed failure from before this rule, then a pass). A
   * time-out against a pass at another time is the machine's doing, not a disagreement.
   */
  static ExecutionResult withEarlier(ExecutionResult result, ExecutionResult earlier) {
    Set<Verdict> seen = programVerdicts(result.getVerdictsSeen());
    seen.addAll(programVerdicts(earlier.getVerdictsSeen().isEmpty()
        ? List.of(earlier.getVerdict()) : earlier.getVerdictsSeen()));
    if (!earlier.getFlaky() && seen.size() <= 1) {
      return result;
    }
    return ExecutionResult.newBuilder(result).setFlaky(true).build();
  }

  private static Set<Verdict> programVerdicts(List<Verdict> verdicts) {
    Set<Verdict> kept = EnumSet.noneOf(Verdict.class);
    verdicts.stream().filter(verdict -> !MACHINE_DEPENDENT.contains(verdict)).forEach(kept::add);
    return kept;
  }

  private static ExecutionResult withVerdicts(ExecutionResult result, List<Verdict> verdicts) {
    return ExecutionResult.newBuilder(result)
        .setVerdictsSeen(verdicts)
        .setFlaky(verdicts.stream().distinct().count() > 1)
        .build();
  }
}
