package io.perforch.execution;

import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.RunStatus;
import io.perforch.execution.sandbox.StdinSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HumanEval-style judging: the completion is put between the problem's prompt and its test code (a whole
 * solution after the prompt's header instead, see {@link CodeForm}) as {@link TestPrograms} assembles it,
 * the whole program is compiled (once, by content hash) and run; it passes when it exits cleanly and
 * every end-of-tests mark arrived with the run's token.
 */
final class TestProgramJudge implements Judge {
  /** The message of a program that exited cleanly without proving that its tests ran to their end. */
  static final String STOPPED_EARLY =
      "the program exited with status 0 before its tests finished (an exit, or a hook, stopped it early)";

  /** The message of a problem whose tests have nothing to run (HumanEval-X's Rust/32 comments them out). */
  static final String NO_TESTS =
      "the problem's tests have no test function to run, so no program can be proved to pass them";

  private final ExecutionSettings settings;
  private final ProgramBuilds builds;

  TestProgramJudge(ExecutionSettings settings, ProgramBuilds builds) {
    this.settings = settings;
    this.builds = builds;
  }

  @Override
  public String resultKey(Submission submission, LanguageRunner runner, String toolchain) {
    Program program = TestPrograms.of(submission, runner, settings.assembly());
    return Program.sha256("test-program\0" + Executor.RESULTS_VERSION + "\0"
        + program.buildKey(toolchain, runner.buildFlags()) + "\0" + settings.runLimits() + "\0"
        + settings.repeats() + "\0" + settings.sandbox().mode());
  }

  @Override
  public ExecutionResult judge(Submission submission, LanguageRunner runner, String toolchain) {
    ExecutionResult.Builder result = Results.forSubmission(submission, toolchain, settings.sandbox().mode())
        .setAssembly(settings.assembly().id());
    Program program = TestPrograms.of(submission, runner, settings.assembly());
    result.setCasesTotal(1);
    if (program.endMarks() == 0) {
      // without a place to prove the tests ran to their end, an exit status would be all there is
      return result.setVerdict(Verdict.SANDBOX_ERROR)
          .setMessage(NO_TESTS).build();
    }
    BuildOutcome build = builds.build(runner, program, toolchain, result);
    if (!build.succeeded()) {
      return result.build();
    }
    List<BuiltProgramRun.Outcome> runs = run(runner, build.artefacts(), program.endMarks());
    BuiltProgramRun.Outcome first = runs.get(0);
    Verdict verdict = verdictOf(first, runner);
    List<RunResult> measured = runs.subList(1, runs.size()).stream().map(BuiltProgramRun.Outcome::result).toList();
    RunResult reported = verdict == Verdict.PASSED && !measured.isEmpty()
        ? Measurement.medianRun(measured) : first.result();
    List<Long> samples = new ArrayList<>();
    measured.forEach(run -> samples.add(run.wallTimeNanos()));
    return result.setVerdict(verdict)
        .setMessage(verdict == Verdict.PASSED ? "" : messageOf(first, verdict))
        .setStdout(Results.clip(first.result().stdout()))
        .setStderr(Results.clip(first.result().stderr()))
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

  /** One plain run; in measurement mode a warm-up and then the measured repeats, while it keeps passing. */
  private List<BuiltProgramRun.Outcome> run(LanguageRunner runner, Path artefacts, int endMarks) {
    int total = settings.repeats() == 0 ? 1 : settings.repeats() + 1;
    List<BuiltProgramRun.Outcome> runs = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      BuiltProgramRun.Outcome run = BuiltProgramRun.run(
          settings.sandbox(), runner, artefacts, endMarks, StdinSource.empty(), settings.runLimits());
      runs.add(run);
      if (verdictOf(run, runner) != Verdict.PASSED) {
        break; // a failing program is judged by its first run; repeating it measures nothing useful
      }
    }
    return runs;
  }

  /** A clean exit passes only with the proof that the tests ran to their end. */
  static Verdict verdictOf(BuiltProgramRun.Outcome outcome, LanguageRunner runner) {
    RunResult run = outcome.result();
    return switch (run.status()) {
      case EXITED -> run.exitCode() != 0 ? runner.classifyTestFailure(run)
          : outcome.testsEnded() ? Verdict.PASSED : Verdict.FAILED;
      case SIGNALED -> runner.classifyTestFailure(run);
      case TIMEOUT -> Verdict.TIMEOUT;
      case MEMORY_LIMIT -> Verdict.MEMORY_LIMIT;
      case OUTPUT_LIMIT -> Verdict.OUTPUT_LIMIT;
      case SANDBOX_ERROR -> Verdict.SANDBOX_ERROR;
    };
  }

  private static String messageOf(BuiltProgramRun.Outcome outcome, Verdict verdict) {
    RunResult run = outcome.result();
    if (run.status() == RunStatus.EXITED && run.exitCode() == 0 && !outcome.testsEnded()) {
      return STOPPED_EARLY;
    }
    if (!run.message().isBlank()) {
      return run.message();
    }
    String stderrLast = run.stderr().strip().lines().reduce((a, b) -> b).orElse("");
    String exit = run.status() == RunStatus.SIGNALED
        ? "killed by signal " + run.signal() : "exit code " + run.exitCode();
    return verdict.name().toLowerCase().replace('_', ' ') + " (" + exit + ")"
        + (stderrLast.isEmpty() ? "" : ": " + stderrLast);
  }
}
