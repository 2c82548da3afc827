package io.perforch.execution;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.StdinSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HumanEval-style judging: the completion is put between the problem's prompt and its test code (a whole
 * solution after the prompt's header instead, see {@link CodeForm}), the whole program is compiled (once,
 * by content hash) and run; it passes when it exits cleanly.
 */
final class TestProgramJudge implements Judge {
  private final ExecutionSettings settings;
  private final ProgramBuilds builds;

  TestProgramJudge(ExecutionSettings settings, ProgramBuilds builds) {
    this.settings = settings;
    this.builds = builds;
  }

  @Override
  public String resultKey(Submission submission, LanguageRunner runner, String toolchain) {
    Program program = program(submission, runner);
    return Program.sha256("test-program\0" + Executor.RESULTS_VERSION + "\0"
        + program.buildKey(toolchain, runner.buildFlags()) + "\0" + settings.runLimits() + "\0"
        + settings.repeats() + "\0" + settings.sandbox().mode());
  }

  @Override
  public ExecutionResult judge(Submission submission, LanguageRunner runner, String toolchain) {
    ExecutionResult.Builder result = Results.forSubmission(submission, toolchain, settings.sandbox().mode());
    Program program = program(submission, runner);
    result.setCasesTotal(1);
    BuildOutcome build = builds.build(runner, program, toolchain, result);
    if (!build.succeeded()) {
      return result.build();
    }
    List<RunResult> runs = run(runner, build.artefacts());
    RunResult first = runs.get(0);
    Verdict verdict = verdictOf(first, runner);
    RunResult reported = verdict == Verdict.PASSED && runs.size() > 1
        ? Measurement.medianRun(runs.subList(1, runs.size())) : first;
    List<Long> samples = new ArrayList<>();
    if (runs.size() > 1) {
      runs.subList(1, runs.size()).forEach(run -> samples.add(run.wallTimeNanos()));
    }
    return result.setVerdict(verdict)
        .setMessage(verdict == Verdict.PASSED ? "" : messageOf(first, verdict))
        .setStdout(Results.clip(first.stdout()))
        .setStderr(Results.clip(first.stderr()))
        .setCasesPassed(verdict == Verdict.PASSED ? 1 : 0)
        .setWallNanos(reported.wallTimeNanos())
        .setCpuUserNanos(reported.cpuUserNanos())
        .setCpuSysNanos(reported.cpuSysNanos())
        .setCpuEfficiency(reported.cpuEfficiency())
        .setPeakRssBytes(reported.peakRssBytes())
        .setMeanRssBytes(reported.meanRssBytes())
        .setMemoryIntegralByteNanos((double) reported.meanRssBytes() * reported.wallTimeNanos())
        .setRepeats(Math.max(1, samples.size()))
        .setWallNanosSamples(samples.isEmpty() ? List.of(reported.wallTimeNanos()) : samples)
        .build();
  }

  /** The prompt, a continuation and the tests; or the prompt's header, a whole solution and the tests. */
  private static Program program(Submission submission, LanguageRunner runner) {
    Problem problem = submission.problem();
    return submission.form() == CodeForm.SOLUTION
        ? runner.solutionTestProgram(problem, submission.code(), problem.getTest())
        : runner.testProgram(problem, submission.code(), problem.getTest());
  }

  /** One plain run; in measurement mode a warm-up and then the measured repeats, while it keeps passing. */
  private List<RunResult> run(LanguageRunner runner, Path artefacts) {
    int total = settings.repeats() == 0 ? 1 : settings.repeats() + 1;
    List<RunResult> runs = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      RunResult run = runOnce(runner, artefacts);
      runs.add(run);
      if (verdictOf(run, runner) != Verdict.PASSED) {
        break; // a failing program is judged by its first run; repeating it measures nothing useful
      }
    }
    return runs;
  }

  private RunResult runOnce(LanguageRunner runner, Path artefacts) {
    return BuiltProgramRun.run(settings.sandbox(), runner, artefacts, StdinSource.empty(), settings.runLimits());
  }

  static Verdict verdictOf(RunResult run, LanguageRunner runner) {
    return switch (run.status()) {
      case EXITED -> run.exitCode() == 0 ? Verdict.PASSED : runner.classifyTestFailure(run);
      case SIGNALED -> runner.classifyTestFailure(run);
      case TIMEOUT -> Verdict.TIMEOUT;
      case MEMORY_LIMIT -> Verdict.MEMORY_LIMIT;
      case OUTPUT_LIMIT -> Verdict.OUTPUT_LIMIT;
      case SANDBOX_ERROR -> Verdict.SANDBOX_ERROR;
    };
  }

  private static String messageOf(RunResult run, Verdict verdict) {
    if (!run.message().isBlank()) {
      return run.message();
    }
    String stderrLast = run.stderr().strip().lines().reduce((a, b) -> b).orElse("");
    String exit = run.status() == io.perforch.execution.sandbox.RunStatus.SIGNALED
        ? "killed by signal " + run.signal() : "exit code " + run.exitCode();
    return verdict.name().toLowerCase().replace('_', ' ') + " (" + exit + ")"
        + (stderrLast.isEmpty() ? "" : ": " + stderrLast);
  }
}
