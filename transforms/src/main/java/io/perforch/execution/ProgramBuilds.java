package io.perforch.execution;

import io.perforch.execution.build.BuildCache;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.CompileContext;
import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;

/**
 * The build step both judges share: compile a program through the content-hash cache, record the
 * compiler's output on the result, and say what a failed build means for the verdict.
 */
final class ProgramBuilds {
  private final BuildCache cache;
  private final CompileContext compileContext;

  ProgramBuilds(BuildCache cache, CompileContext compileContext) {
    this.cache = cache;
    this.compileContext = compileContext;
  }

  /**
   * Builds {@code program} and records the build on {@code result}. When the build failed, the result
   * also gets its verdict and message, and the caller should return it as it is.
   */
  BuildOutcome build(LanguageRunner runner, Program program, String toolchain, ExecutionResult.Builder result) {
    BuildOutcome build = cache.getOrBuild(runner.language().id(),
        program.buildKey(toolchain, runner.buildFlags()),
        dir -> runner.build(program, dir, compileContext));
    result.setCompileOutput(Results.clip(build.diagnostics()))
        .setCompileMillis(build.millis())
        .setCompileCached(build.cached());
    if (!build.succeeded()) {
      // a compiler stopped by a limit is still the program's doing; a broken sandbox or cache is not
      Verdict verdict = build.failure() == BuildOutcome.Failure.INFRASTRUCTURE
          ? Verdict.SANDBOX_ERROR : Verdict.COMPILE_ERROR;
      result.setVerdict(verdict).setMessage(Results.firstLine(build.diagnostics()));
    }
    return build;
  }
}
