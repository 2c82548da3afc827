package io.perforch.execution;

import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.sandbox.RunRequest;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.Sandbox;
import io.perforch.execution.sandbox.SandboxLimits;
import io.perforch.execution.sandbox.StdinSource;
import java.nio.file.Path;

/** One run of a built program in a fresh private work dir, removed afterwards; shared by both judges. */
final class BuiltProgramRun {
  /**
   * What a run did, and whether it proved that its tests ran to their end (every {@code endMarks} mark
   * written with this run's token; always true for a program without marks).
   */
  record Outcome(RunResult result, boolean testsEnded) {}

  private BuiltProgramRun() {}

  static Outcome run(Sandbox sandbox, LanguageRunner runner, Path artefacts, int endMarks, StdinSource stdin,
      SandboxLimits limits) {
    Path workDir = WorkDirs.create();
    try {
      RunRequest.Builder request = RunRequest.builder(workDir)
          .command(runner.runCommand(artefacts))
          .readOnlyBind(artefacts)
          .stdin(stdin)
          .limits(limits)
          .sampleMemory(true);
      runner.runBinds().forEach(request::readOnlyBind);
      runner.runEnvironment().forEach(request::env);
      EndToken token = EndToken.fresh();
      token.handTo(request, workDir);
      RunResult result = sandbox.run(request.build());
      return new Outcome(result, token.allMarksIn(workDir, endMarks));
    } finally {
      WorkDirs.delete(workDir);
    }
  }
}
