package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Python 3, run by Debian's interpreter (a pyenv shim in the user's home is not visible in the sandbox). */
public final class PythonRunner extends LanguageRunner {
  static final String PYTHON = "/usr/bin/python3";
  private static final String FILE = "main.py";
  /** The exception a traceback ends with: its last line starts with the exception's name. */
  private static final Pattern LAST_EXCEPTION = Pattern.compile("(?m)^(\\w+(?:\\.\\w+)*(?:Error|Exception|Exit)\\b).*\\z");

  public PythonRunner() {
    super(Language.PYTHON);
  }

  @Override
  protected Optional<String> probeVersion() {
    return Toolchains.firstLine(PYTHON, "--version");
  }

  /** Upstream's import lines, the prompt, the completion (cut as upstream cuts it, unless lenient), the tests. */
  @Override
  public Program testProgram(Problem problem, String completion, String tests, Assembly assembly) {
    String body = assembly == Assembly.UPSTREAM ? HumanEvalXHarness.pythonBody(completion) : completion;
    return new Program(language(), FILE,
        HumanEvalXHarness.pythonHeader() + problem.getPrompt() + body + "\n" + tests + "\n");
  }

  @Override
  public Program solutionTestProgram(Problem problem, String solution, String tests, Assembly assembly) {
    return new Program(language(), FILE, PythonSolution.assemble(
        HumanEvalXHarness.pythonHeader(), problem.getPrompt(), problem.getEntryPoint(), solution, tests));
  }

  @Override
  public Program stdinProgram(String code) {
    return new Program(language(), FILE, code);
  }

  @Override
  public String buildFlags() {
    return "-I -B";
  }

  @Override
  public BuildOutcome build(Program program, Path dir, CompileContext context) {
    try {
      Files.writeString(dir.resolve(FILE), program.source());
      return BuildOutcome.success(dir, "", 0, false);
    } catch (IOException e) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE, e.getMessage(), 0, false);
    }
  }

  @Override
  public List<String> runCommand(Path artefacts) {
    // -I: no user site-packages or PYTHON* variables; -B: nothing written next to the (read-only) source.
    return List.of(PYTHON, "-I", "-B", artefacts.resolve(FILE).toString());
  }

  /**
   * Upstream's Python lines import numpy: one BLAS thread, as upstream's harness sets OMP_NUM_THREADS=1, so
   * that the import neither spawns a thread per core nor trips the sandbox's process limit.
   */
  @Override
  public Map<String, String> runEnvironment() {
    return Map.of("OMP_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "1");
  }

  @Override
  public Verdict classifyTestFailure(RunResult run) {
    String exception = lastException(run.stderr());
    if (exception.endsWith("AssertionError")) {
      return Verdict.FAILED;
    }
    if (exception.equals("SyntaxError") || exception.equals("IndentationError") || exception.equals("TabError")) {
      return Verdict.COMPILE_ERROR;
    }
    if (exception.equals("MemoryError")) {
      return Verdict.MEMORY_LIMIT;
    }
    return Verdict.RUNTIME_ERROR;
  }

  private static String lastException(String stderr) {
    var matcher = LAST_EXCEPTION.matcher(stderr.strip());
    return matcher.find() ? matcher.group(1) : "";
  }
}
