package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything PerfOrch knows about one language, in the manner of a judge's per-language executor: how to
 * assemble a program from a problem's parts, how to compile it, how to run it, and how to read a failed
 * test run. Each language is one small subclass that declares only what differs.
 */
public abstract class LanguageRunner {
  private final Language language;
  private volatile Optional<String> version;

  protected LanguageRunner(Language language) {
    this.language = language;
  }

  public final Language language() {
    return language;
  }

  /** The toolchain's version, probed once; empty when it is not installed. */
  public final Optional<String> toolchainVersion() {
    Optional<String> known = version;
    if (known == null) {
      known = probeVersion();
      version = known;
    }
    return known;
  }

  protected abstract Optional<String> probeVersion();

  /**
   * A HumanEval-style test program: the problem's prompt, the completion, then its tests, with what the
   * {@code assembly} puts around them. {@code tests} may differ from the problem's own (end marks placed).
   */
  public abstract Program testProgram(Problem problem, String completion, String tests, Assembly assembly);

  /**
   * A HumanEval-style test program from a whole solution rather than a continuation: the prompt's header
   * (the prompt without the entry point's definition: imports, helpers, package clause), the solution, then
   * its tests. A definition that the header or the tests already make and the solution repeats appears once.
   * Upstream harnesses know no whole solutions; the {@code assembly}'s fixed lines (imports, includes) still
   * come first.
   */
  public abstract Program solutionTestProgram(Problem problem, String solution, String tests, Assembly assembly);

  /** A whole program that reads stdin and writes stdout (EffiBench-X), prepared for this language. */
  public abstract Program stdinProgram(String code);

  /** Compiler flags and anything else that changes the artefact besides source and toolchain. */
  public abstract String buildFlags();

  /**
   * Compiles {@code program} into {@code dir}, an empty folder the run will read from; interpreted
   * languages just write the source there.
   */
  public abstract BuildOutcome build(Program program, Path dir, CompileContext context);

  /** The command that runs the built program; {@code artefacts} is the folder {@link #build} filled. */
  public abstract List<String> runCommand(Path artefacts);

  /** Read-only folders the run needs besides the artefacts (dependency caches, runtimes outside /usr). */
  public List<Path> runBinds() {
    return List.of();
  }

  /** Environment the run needs besides the sandbox's minimal one. */
  public Map<String, String> runEnvironment() {
    return Map.of();
  }

  /**
   * Reads a test program that exited or died by itself without passing: a failed assertion is
   * {@link Verdict#FAILED}, an exception or a crash {@link Verdict#RUNTIME_ERROR}; interpreted languages
   * report a syntax error here as {@link Verdict#COMPILE_ERROR}.
   */
  public abstract Verdict classifyTestFailure(RunResult run);
}
