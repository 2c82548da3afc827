package io.perforch.execution;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.StdioSpec;
import io.perforch.datasets.model.TestCase;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.EndMarks;
import io.perforch.execution.languages.LanguageRunner;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.SandboxLimits;
import io.perforch.execution.sandbox.StdinSource;
import io.perforch.execution.stdio.CaseTotals;
import io.perforch.execution.stdio.EvaluatorRunner;
import io.perforch.execution.stdio.FunctionalHarness;
import io.perforch.execution.stdio.OutputChecker;
import io.perforch.execution.stdio.OutputCleaner;
import io.perforch.execution.stdio.StdioLimits;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * EffiBench-X judging, the upstream way: every test case's input on stdin, its output cleaned and judged
 * by the problem's own Python evaluator (exact comparison when there is none), a pass only when every
 * case passes. {@code functional} problems are run the same way, through the problem's test runner with
 * the candidate put in its placeholder ({@link FunctionalHarness}). Limits are upstream's, 10 s and
 * 1024 MB per case ({@link StdioLimits}).
 *
 * <p>Cases run one after another in a fresh workdir each. Unlike upstream's evaluation, which runs every
 * case, the run stops at the first case that does not exit cleanly (time-out, crash, memory, output
 * limit): a program that times out would otherwise cost 10 s per case, and the verdict is the first
 * failing case's either way. Outputs are judged together after the runs, by one sandboxed evaluator
 * process, so a wrong answer does not stop the run; {@code casesPassed} counts the cases judged correct.
 *
 * <p>Figures follow EffiBench-X: wall and CPU time summed over the cases, peak RSS the largest case's,
 * memory integral the sum over cases of mean RSS × wall, mean RSS the time-weighted mean. In measurement
 * mode the judged pass is the warm-up; the whole case set is then run {@code repeats} more times
 * (outputs not judged again) and the pass with the median summed wall time supplies the figures.
 */
final class StdioJudge implements Judge {
  static final String FUNCTIONAL = "functional";
  /** How much of an expected and an actual output a wrong-answer message shows. */
  private static final int SHOWN_CHARS = 120;

  private final ExecutionSettings settings;
  private final ProgramBuilds builds;

  StdioJudge(ExecutionSettings settings, ProgramBuilds builds) {
    this.settings = settings;
    this.builds = builds;
  }

  @Override
  public String resultKey(Submission submission, LanguageRunner runner, String toolchain) {
    StdioSpec spec = submission.problem().getStdio();
    MessageDigest digest = sha256();
    update(digest, "stdio");
    update(digest, Executor.RESULTS_VERSION);
    update(digest, spec.getProblemType());
    Program program = program(submission, runner);
    update(digest, program == null ? "no-test-runner\0" + submission.code()
        : program.buildKey(toolchain, runner.buildFlags()));
    update(digest, Integer.toString(spec.getTestCases().size()));
    for (TestCase testCase : spec.getTestCases()) {
      update(digest, testCase.getInput());
      update(digest, testCase.getOutput());
    }
    update(digest, spec.getEvaluator() == null ? "\0exact" : spec.getEvaluator());
    update(digest, EvaluatorRunner.scriptSource());
    update(digest, caseLimits(spec) + "\0" + StdioLimits.MEMORY_LIMIT_BYTES + "\0"
        + StdioLimits.evaluator(settings.runLimits(), spec.getTestCases().size()) + "\0"
        + StdioLimits.EVALUATOR_CALL_TIMEOUT);
    update(digest, settings.repeats() + "\0" + settings.sandbox().mode());
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public ExecutionResult judge(Submission submission, LanguageRunner runner, String toolchain) {
    ExecutionResult.Builder result = Results.forSubmission(submission, toolchain, settings.sandbox().mode());
    StdioSpec spec = submission.problem().getStdio();
    List<TestCase> cases = spec.getTestCases();
    result.setCasesTotal(cases.size());
    Program program = program(submission, runner);
    if (program == null) {
      return result.setVerdict(Verdict.SANDBOX_ERROR)
          .setMessage("functional problem without a test runner for " + runner.language().id()).build();
    }
    BuildOutcome build = builds.build(runner, program, toolchain, result);
    if (!build.succeeded()) {
      return result.build();
    }
    if (cases.isEmpty()) {
      return result.setVerdict(Verdict.FAILED).setMessage("the problem has no test cases to pass").build();
    }
    SandboxLimits limits = caseLimits(spec);
    JudgedPass judged = judgedPass(runner, build.artefacts(), program.endMarks(), spec, limits);
    result.setVerdict(judged.verdict)
        .setMessage(judged.message)
        .setStdout(judged.stdout)
        .setStderr(judged.stderr)
        .setCasesPassed(judged.casesPassed);

    List<CaseTotals> measured = judged.verdict == Verdict.PASSED && settings.repeats() > 0
        ? measuredPasses(runner, build.artefacts(), program.endMarks(), cases, limits) : List.of();
    CaseTotals reported = measured.isEmpty() ? judged.totals : medianPass(measured);
    List<Long> samples = new ArrayList<>();
    measured.forEach(pass -> samples.add(pass.wallNanos()));
    return result.setWallNanos(reported.wallNanos())
        .setCpuUserNanos(reported.cpuUserNanos())
        .setCpuSysNanos(reported.cpuSysNanos())
        .setCpuEfficiency(reported.cpuEfficiency())
        .setPeakRssBytes(reported.peakRssBytes())
        .setMeanRssBytes(reported.meanRssBytes())
        .setMemoryIntegralByteNanos(reported.memoryIntegralByteNanos())
        .setRepeats(Math.max(1, samples.size()))
        .setWallNanosSamples(samples.isEmpty() ? List.of(reported.wallNanos()) : samples)
        .build();
  }

  /**
   * The program to build: the code itself (an io problem is judged by its outputs alone), or for
   * functional problems the test runner around it, with an end mark at the end of the runner's main:
   * a solution that exits before the runner has printed its answer has not passed.
   */
  static Program program(Submission submission, LanguageRunner runner) {
    StdioSpec spec = submission.problem().getStdio();
    if (!FUNCTIONAL.equals(spec.getProblemType())) {
      return runner.stdinProgram(submission.code());
    }
    String testRunner = spec.getTestRunner();
    if (testRunner == null || !testRunner.contains(FunctionalHarness.PLACEHOLDER)) {
      return null;
    }
    Language language = Language.of(submission.problem());
    EndMarks.Marked marked = EndMarks.inMain(testRunner, FunctionalHarness.PLACEHOLDER, language);
    Program program = runner.stdinProgram(FunctionalHarness.assemble(language, marked.code(), submission.code()));
    return new Program(program.language(), program.fileName(), program.source(), marked.marks());
  }

  private SandboxLimits caseLimits(StdioSpec spec) {
    long largest = 0;
    for (TestCase testCase : spec.getTestCases()) {
      largest = Math.max(largest, testCase.getOutput().getBytes(StandardCharsets.UTF_8).length);
    }
    return StdioLimits.perCase(settings.runLimits(), largest);
  }

  /** What the judged pass over the cases found. */
  private record JudgedPass(
      Verdict verdict, String message, int casesPassed, String stdout, String stderr, CaseTotals totals) {}

  /** Runs the cases until one fails to exit cleanly, then judges the outputs of those that did. */
  private JudgedPass judgedPass(
      LanguageRunner runner, Path artefacts, int endMarks, StdioSpec spec, SandboxLimits limits) {
    List<TestCase> cases = spec.getTestCases();
    int total = cases.size();
    CaseTotals totals = new CaseTotals();
    List<String> stdouts = new ArrayList<>();
    List<String> stderrs = new ArrayList<>();
    RunResult crashed = null;
    Verdict crashVerdict = null;
    OutputChecker.Outcome outcome;
    try (OutputChecker checker = OutputChecker.create(spec.getEvaluator(), settings.sandbox(), settings.runLimits())) {
      for (TestCase testCase : cases) {
        BuiltProgramRun.Outcome ran = runCase(runner, artefacts, endMarks, testCase.getInput(), limits);
        RunResult run = ran.result();
        totals.add(run);
        Verdict verdict = runVerdict(ran, runner);
        if (verdict != null) {
          crashed = run;
          crashVerdict = verdict;
          break;
        }
        checker.add(testCase.getOutput(), run.stdout());
        stdouts.add(Results.clip(run.stdout()));
        stderrs.add(Results.clip(run.stderr()));
      }
      outcome = checker.finish();
    } catch (UncheckedIOException e) {
      outcome = OutputChecker.Outcome.failed(e.getMessage()); // the host's fault, not the program's
    }
    if (!outcome.judged()) {
      return new JudgedPass(Verdict.SANDBOX_ERROR, "evaluator failed: " + Results.firstLine(outcome.error()),
          0, "", "", totals);
    }
    List<Boolean> passed = outcome.passed();
    int casesPassed = (int) passed.stream().filter(Boolean::booleanValue).count();
    int wrong = passed.indexOf(Boolean.FALSE);
    if (wrong >= 0) {
      TestCase testCase = cases.get(wrong);
      String message = "case " + (wrong + 1) + " of " + total + ": wrong answer: expected "
          + shown(testCase.getOutput()) + ", got " + shown(stdouts.get(wrong));
      return new JudgedPass(Verdict.FAILED, message, casesPassed, stdouts.get(wrong), stderrs.get(wrong), totals);
    }
    if (crashed != null) {
      int index = passed.size();
      String message = "case " + (index + 1) + " of " + total + ": " + crashMessage(crashed, crashVerdict);
      return new JudgedPass(crashVerdict, message, casesPassed, Results.clip(crashed.stdout()),
          Results.clip(crashed.stderr()), totals);
    }
    return new JudgedPass(Verdict.PASSED, "", casesPassed, stdouts.get(0), stderrs.get(0), totals);
  }

  /** The measured passes after the judged one, while every case keeps exiting cleanly. */
  private List<CaseTotals> measuredPasses(
      LanguageRunner runner, Path artefacts, int endMarks, List<TestCase> cases, SandboxLimits limits) {
    List<CaseTotals> passes = new ArrayList<>();
    for (int repeat = 0; repeat < settings.repeats(); repeat++) {
      CaseTotals totals = new CaseTotals();
      for (TestCase testCase : cases) {
        BuiltProgramRun.Outcome outcome = runCase(runner, artefacts, endMarks, testCase.getInput(), limits);
        if (runVerdict(outcome, runner) != null) {
          return passes; // a flaky run measures nothing useful; keep the complete passes
        }
        totals.add(outcome.result());
      }
      passes.add(totals);
    }
    return passes;
  }

  /** The pass with the median summed wall time (the lower middle one for an even count). */
  private static CaseTotals medianPass(List<CaseTotals> passes) {
    List<CaseTotals> sorted = new ArrayList<>(passes);
    sorted.sort(Comparator.comparingLong(CaseTotals::wallNanos));
    return sorted.get((sorted.size() - 1) / 2);
  }

  private BuiltProgramRun.Outcome runCase(
      LanguageRunner runner, Path artefacts, int endMarks, String input, SandboxLimits limits) {
    return BuiltProgramRun.run(settings.sandbox(), runner, artefacts, endMarks, StdinSource.of(input), limits);
  }

  /** Null when the case ran cleanly (exit 0, within the limits) and its output is to be judged. */
  static Verdict runVerdict(BuiltProgramRun.Outcome outcome, LanguageRunner runner) {
    RunResult run = outcome.result();
    if (StdioLimits.overMemory(run)) {
      return Verdict.MEMORY_LIMIT;
    }
    return switch (run.status()) {
      case EXITED -> run.exitCode() != 0 ? crashVerdict(run, runner) : outcome.testsEnded() ? null : Verdict.FAILED;
      case SIGNALED -> crashVerdict(run, runner);
      case TIMEOUT -> Verdict.TIMEOUT;
      case MEMORY_LIMIT -> Verdict.MEMORY_LIMIT;
      case OUTPUT_LIMIT -> Verdict.OUTPUT_LIMIT;
      case SANDBOX_ERROR -> Verdict.SANDBOX_ERROR;
    };
  }

  /** A program that died by itself: a syntax error or out-of-memory as the runner reads it, else a crash. */
  private static Verdict crashVerdict(RunResult run, LanguageRunner runner) {
    Verdict verdict = runner.classifyTestFailure(run);
    return verdict == Verdict.COMPILE_ERROR || verdict == Verdict.MEMORY_LIMIT ? verdict : Verdict.RUNTIME_ERROR;
  }

  private static String crashMessage(RunResult run, Verdict verdict) {
    String what = verdict.name().toLowerCase().replace('_', ' ');
    if (verdict == Verdict.FAILED) {
      return "the program exited with status 0 before the test runner finished (an exit stopped it early)";
    }
    if (verdict == Verdict.MEMORY_LIMIT && StdioLimits.overMemory(run)) {
      return what + " (peak RSS " + (run.peakRssBytes() >> 20) + " MiB, over EffiBench-X's "
          + (StdioLimits.MEMORY_LIMIT_BYTES >> 20) + " MiB)";
    }
    String detail = run.message().strip();
    String stderrLast = run.stderr().strip().lines().reduce((a, b) -> b).orElse("").strip();
    if (!stderrLast.isEmpty()) {
      detail = detail.isEmpty() ? stderrLast : detail + ": " + stderrLast;
    }
    return detail.isEmpty() ? what : what + " (" + detail + ")";
  }

  /** A clipped, quoted rendering of an output for a one-line message. */
  private static String shown(String output) {
    String text = OutputCleaner.clean(output);
    String clipped = text.length() <= SHOWN_CHARS ? text
        : text.substring(0, SHOWN_CHARS) + "... (" + text.length() + " chars)";
    return '"' + clipped.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") + '"';
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Length-prefixed, so that no two different field lists hash alike. */
  private static void update(MessageDigest digest, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }
}
