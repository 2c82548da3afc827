package io.perforch.candidates;

import io.perforch.execution.model.Verdict;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a judged candidate's verdict means for the next stage: a passing program can be refined, a
 * program that ran and failed can be fixed. Every job that chains stages asks the same questions.
 */
public final class CandidateVerdicts {
  /** Failures that are the environment's, not the program's: nothing for a model to fix. */
  private static final Set<Verdict> NOT_THE_PROGRAMS_FAULT =
      EnumSet.of(Verdict.PASSED, Verdict.SANDBOX_ERROR, Verdict.TOOLCHAIN_MISSING);

  private CandidateVerdicts() {}

  /** The candidate's program ran and passed every test. */
  public static boolean passed(Candidate candidate) {
    return judged(candidate) && candidate.getResult().getVerdict() == Verdict.PASSED;
  }

  /** The candidate's program ran and failed through its own fault: a model can be asked to fix it. */
  public static boolean fixable(Candidate candidate) {
    return judged(candidate) && !NOT_THE_PROGRAMS_FAULT.contains(candidate.getResult().getVerdict());
  }

  private static boolean judged(Candidate candidate) {
    return candidate.getOutcome() == CandidateOutcome.JUDGED && candidate.getResult() != null;
  }
}
