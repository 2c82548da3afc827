package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.DependencyCache.DependencyException;
import io.perforch.execution.languages.RustDependencies.Crates;
import io.perforch.execution.languages.RustDependencies.Toolchain;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.source.MaskedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rust 2021 with {@code rustc -O}, against rand, regex and md5 prebuilt once from Debian's crates
 * ({@link RustDependencies}). A HumanEval-X program is its prompt, declaration, completion and
 * {@code #[cfg(test)]} module, built with {@code --test} and run by the test harness.
 */
public final class RustRunner extends LanguageRunner {
  static final String FILE = "main.rs";
  static final String BINARY = "main";
  static final String TEST_BINARY = "main-tests";
  /** A program with {@code #[test]} functions is built with {@code --test} and run by the test harness. */
  private static final Pattern TEST_ATTRIBUTE = Pattern.compile("#\\[\\s*test\\s*\\]");
  // -O for honest runtimes, but with overflow checks kept: HumanEval-X's harness ran debug builds, where
  // an arithmetic overflow panics instead of silently wrapping.
  // strip=debuginfo, as cargo's release profile does: std's debug info makes binaries 7x larger and
  // linking slower, and panics report their message and location without it.
  // -A warnings: HumanEval-X declarations import more than any one problem uses, so warnings are noise
  // (they never fail a build, so silencing them changes no verdict).
  private static final List<String> FLAGS =
      List.of("--edition", "2021", "-O", "-C", "overflow-checks=on", "-C", "strip=debuginfo", "-A", "warnings");
  private static final int SIGABRT = 6;
  /**
   * The message of each panic. Since Rust 1.73 it is on the line after {@code panicked at file:l:c:};
   * before (Debian's 1.63) it is quoted on the same line: {@code panicked at 'message', file:l:c}.
   */
  private static final Pattern PANIC = Pattern.compile(
      "panicked at (?:'(?<quoted>[^\\n]*)|[^\\n]*:\\d+:\\d+:\\n(?<next>[^\\n]*))");
  /** assert!, assert_eq!, assert_ne! (and debug_ variants), in both message formats. */
  private static final Pattern ASSERTION = Pattern.compile("^assertion (?:failed|`left [=!]= right` failed)");

  public RustRunner() {
    super(Language.RUST);
  }

  @Override
  protected Optional<String> probeVersion() {
    return RustDependencies.toolchain().map(Toolchain::version);
  }

  /** Upstream: an empty main (it builds cargo binaries), the declaration, the prompt, completion, tests. */
  @Override
  public Program testProgram(Problem problem, String completion, String tests, Assembly assembly) {
    return new Program(language(), FILE, assembly == Assembly.UPSTREAM
        ? HumanEvalXHarness.RUST_MAIN + problem.getDeclaration() + problem.getPrompt() + completion + tests
        : problem.getPrompt() + problem.getDeclaration() + completion + "\n" + tests + "\n");
  }

  @Override
  public Program solutionTestProgram(Problem problem, String solution, String tests, Assembly assembly) {
    return new Program(language(), FILE, RustSolution.assemble(
        problem.getPrompt() + problem.getDeclaration(), problem.getEntryPoint(), solution, tests));
  }

  @Override
  public Program stdinProgram(String code) {
    return new Program(language(), FILE, code);
  }

  @Override
  public String buildFlags() {
    String crates = RustDependencies.toolchain().map(RustDependencies::key).orElse("none");
    return String.join(" ", FLAGS) + " [--test for test programs] --extern "
        + String.join(",", RustDependencies.CRATES) + " (crates " + crates + ")";
  }

  @Override
  public BuildOutcome build(Program program, Path dir, CompileContext context) {
    Optional<Toolchain> toolchain = RustDependencies.toolchain();
    if (toolchain.isEmpty()) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE, "rustc not found on PATH", 0, false);
    }
    Crates crates;
    try {
      Files.writeString(dir.resolve(FILE), program.source());
      crates = RustDependencies.crates(toolchain.get());
    } catch (IOException | DependencyException e) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE, e.getMessage(), 0, false);
    }
    boolean test = isTestProgram(program);
    List<String> argv = new ArrayList<>();
    argv.add(toolchain.get().rustc().toString());
    argv.addAll(FLAGS);
    if (test) {
      argv.add("--test");
    }
    argv.addAll(List.of("-o", test ? TEST_BINARY : BINARY, "-L", "dependency=" + crates.libDir()));
    for (String extern : crates.externs()) {
      argv.addAll(List.of("--extern", extern));
    }
    argv.add(FILE);
    List<Path> binds = new ArrayList<>(toolchain.get().binds());
    binds.add(crates.dir());
    return context.runCompiler(dir, argv, binds, Map.of());
  }

  static boolean isTestProgram(Program program) {
    return TEST_ATTRIBUTE.matcher(MaskedSource.mask(program.source(), Language.RUST)).find();
  }

  /**
   * The test harness on one thread: it runs HumanEval-X's single test either way, and measurements
   * are not blurred by harness threads.
   */
  @Override
  public List<String> runCommand(Path artefacts) {
    Path tests = artefacts.resolve(TEST_BINARY);
    if (Files.exists(tests)) {
      return List.of(tests.toString(), "--test-threads=1");
    }
    return List.of(artefacts.resolve(BINARY).toString());
  }

  @Override
  public Verdict classifyTestFailure(RunResult run) {
    String output = run.stdout() + "\n" + run.stderr();
    if (output.contains("memory allocation of ") && output.contains(" failed")) {
      return Verdict.MEMORY_LIMIT; // the allocator's abort when the address-space limit is hit
    }
    Matcher panic = PANIC.matcher(output);
    boolean anyPanic = false;
    while (panic.find()) {
      anyPanic = true;
      String message = panic.group("quoted") != null ? panic.group("quoted") : panic.group("next");
      if (!ASSERTION.matcher(message).find()) {
        return Verdict.RUNTIME_ERROR; // unwrap on None, index out of bounds, explicit panic!, ...
      }
    }
    boolean harnessFailed = run.signal() != SIGABRT && output.contains("test result: FAILED");
    return anyPanic && harnessFailed ? Verdict.FAILED : Verdict.RUNTIME_ERROR;
  }
}
