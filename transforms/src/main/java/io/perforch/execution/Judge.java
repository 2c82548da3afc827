package io.perforch.execution;

import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.model.ExecutionResult;

/** Decides one submission with one way of testing: a test program, or stdin/stdout cases. */
interface Judge {
  /**
   * @param toolchain the runner's toolchain version, known to be installed
   */
  ExecutionResult judge(Submission submission, LanguageRunner runner, String toolchain);

  /** Content hash of everything that decides the result, for the result cache. */
  String resultKey(Submission submission, LanguageRunner runner, String toolchain);
}
