package io.perforch.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.execution.model.Verdict;
import io.perforch.profiling.TestCandidates;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import org.junit.jupiter.api.Test;

class CandidateVerdictsTest {
  private static Candidate judged(Verdict verdict) {
    return TestCandidates.candidate("generate", "t", 0).setResult(TestCandidates.result(verdict, 1, 1)).build();
  }

  @Test
  void aPassingProgramIsPassedAndNotFixable() {
    assertThat(CandidateVerdicts.passed(judged(Verdict.PASSED))).isTrue();
    assertThat(CandidateVerdicts.fixable(judged(Verdict.PASSED))).isFalse();
  }

  @Test
  void aProgramsOwnFailureIsFixable() {
    assertThat(CandidateVerdicts.fixable(judged(Verdict.FAILED))).isTrue();
    assertThat(CandidateVerdicts.passed(judged(Verdict.FAILED))).isFalse();
  }

  @Test
  void theEnvironmentsFailureIsNothingToFix() {
    assertThat(CandidateVerdicts.fixable(judged(Verdict.SANDBOX_ERROR))).isFalse();
    assertThat(CandidateVerdicts.fixable(judged(Verdict.TOOLCHAIN_MISSING))).isFalse();
  }

  @Test
  void aCandidateWithoutCodeIsNeither() {
    Candidate noCode = TestCandidates.candidate("generate", "t", 0).setOutcome(CandidateOutcome.NO_CODE).build();
    assertThat(CandidateVerdicts.passed(noCode)).isFalse();
    assertThat(CandidateVerdicts.fixable(noCode)).isFalse();
  }
}
