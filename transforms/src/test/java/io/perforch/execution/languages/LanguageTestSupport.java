package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.execution.ExecutionSettings;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.build.BuildCache;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.sandbox.RunRequest;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.Sandbox;
import io.perforch.execution.sandbox.Sandboxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Judges programs with real compilers in the real sandbox. Compiled programs and results go to the
 * test's own folder; the dependency caches (Rust crates, Go's warm build cache) stay in the default
 * cache, so they are built once per machine, not once per test run.
 */
final class LanguageTestSupport {
  private static Sandbox bwrap;

  private LanguageTestSupport() {}

  static synchronized Sandbox bwrap() {
    if (bwrap == null) {
      bwrap = Sandboxes.create("bwrap");
    }
    return bwrap;
  }

  static Executor executor(Path cacheRoot) {
    return new Executor(ExecutionSettings.defaults(bwrap()).withCacheRoot(cacheRoot).withReuseResults(false));
  }

  /** A HumanEval-X-shaped problem; {@code testSetup} only matters for Go. */
  static Problem problem(Language language, String prompt, String declaration, String test, String testSetup) {
    return Problem.newBuilder()
        .setDataset("languages-test")
        .setTaskId(language.humanEvalPrefix() + "/0")
        .setProblemId("languages-test/0")
        .setLanguage(language.id())
        .setPrompt(prompt)
        .setDeclaration(declaration)
        .setTest(test)
        .setTestSetup(testSetup)
        .setSolutions(List.<ReferenceSolution>of())
        .build();
  }

  static ExecutionResult judge(Executor executor, Problem problem, String completion) {
    return executor.execute(new Submission(problem, "candidate", completion));
  }

  /** Builds a stdin program through a build cache in {@code cacheRoot} and runs it on {@code stdin}. */
  static RunResult runStdinProgram(LanguageRunner runner, String code, String stdin, Path cacheRoot) {
    Program program = runner.stdinProgram(code);
    CompileContext context = CompileContext.forWorkers(bwrap(), ExecutionSettings.defaultCompileLimits(), 1);
    BuildOutcome build = new BuildCache(cacheRoot.resolve("build")).getOrBuild(runner.language().id(),
        program.buildKey(runner.toolchainVersion().orElseThrow(), runner.buildFlags()),
        dir -> runner.build(program, dir, context));
    if (!build.succeeded()) {
      throw new AssertionError("stdin program did not build: " + build.failure() + "\n" + build.diagnostics());
    }
    RunRequest.Builder request = RunRequest.builderWithTempWorkDir()
        .command(runner.runCommand(build.artefacts()))
        .readOnlyBind(build.artefacts())
        .stdin(stdin);
    RunRequest built = request.build();
    try {
      return bwrap().run(built);
    } finally {
      deleteTree(built.workDir());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp folder is harmless
    }
  }
}
