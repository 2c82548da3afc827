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
  private BuiltProgramRun() {}

  static RunResult run(Sandbox sandbox, LanguageRunner runner, Path artefacts, StdinSource stdin,
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
      return sandbox.run(request.build());
    } finally {
      WorkDirs.delete(workDir);
    }
  }
}
