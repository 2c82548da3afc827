package io.perforch.execution.languages;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.build.Program;
import io.perforch.execution.languages.DependencyCache.DependencyException;
import io.perforch.execution.languages.GoDependencies.Toolchain;
import io.perforch.execution.model.Verdict;
import io.perforch.execution.sandbox.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Go with CGO_ENABLED=0: a HumanEval-X program is one {@code main_test.go} ({@link GoTestFile}) built
 * as {@code go test -c} would build it, against Debian's testify; a stdin program is {@code main.go}.
 * Both are compiled and linked by {@link GoBuildScript} against the warm, read-only build cache of
 * {@link GoDependencies}.
 */
public final class GoRunner extends LanguageRunner {
  static final String TEST_FILE = GoBuildScript.TEST_FILE;
  static final String FILE = GoBuildScript.FILE;
  static final String TEST_BINARY = GoBuildScript.TEST_BINARY;
  static final String BINARY = GoBuildScript.BINARY;
  /** The runtime's report of a panic (also after a test's {@code --- FAIL}) or of a fatal error. */
  private static final Pattern CRASH = Pattern.compile("(?m)^(?:panic: |fatal error: )");

  public GoRunner() {
    super(Language.GO);
  }

  @Override
  protected Optional<String> probeVersion() {
    return GoDependencies.toolchain().map(Toolchain::version);
  }

  @Override
  public Program testProgram(Problem problem, String completion, String tests, Assembly assembly) {
    return new Program(language(), TEST_FILE, assembly == Assembly.UPSTREAM
        ? GoTestFile.upstream(problem.getTestSetup(), problem.getImports(), problem.getPrompt(), completion, tests)
        : GoTestFile.assemble(problem.getTestSetup(), problem.getImports(), problem.getPrompt(), completion, tests));
  }

  /**
   * The solution's imports are merged with the prompt's by {@link GoTestFile}, its package clause dropped;
   * upstream has no whole solutions, so both assemblies take this way.
   */
  @Override
  public Program solutionTestProgram(Problem problem, String solution, String tests, Assembly assembly) {
    String code = SolutionAssembly.withoutTestDefinitions(solution, tests, language());
    String header = SolutionAssembly.header(problem.getPrompt(), problem.getEntryPoint(), language(), code);
    return new Program(language(), TEST_FILE,
        GoTestFile.assemble(problem.getTestSetup(), problem.getImports(), header + "\n" + code, "", tests));
  }

  @Override
  public Program stdinProgram(String code) {
    return new Program(language(), FILE, code);
  }

  @Override
  public String buildFlags() {
    return "CGO_ENABLED=0 go tool compile -pack; go tool link -s -w (GOPATH " + GoDependencies.GOPATH + " "
        + GoDependencies.sourcesKey() + ")";
  }

  @Override
  public BuildOutcome build(Program program, Path dir, CompileContext context) {
    Optional<Toolchain> toolchain = GoDependencies.toolchain();
    if (toolchain.isEmpty()) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE, "go not found on PATH", 0, false);
    }
    Path gocache;
    GoBuildScript script;
    try {
      gocache = GoDependencies.warmCache(toolchain.get());
      Files.writeString(dir.resolve(program.fileName()), program.source());
      script = GoBuildScript.write(dir, program.fileName(), program.source(), GoDependencies.importcfg(gocache));
    } catch (IOException | DependencyException e) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE, e.getMessage(), 0, false);
    } catch (GoBuildScript.NoTestsException e) {
      return BuildOutcome.failed(BuildOutcome.Failure.COMPILE_ERROR, e.getMessage(), 0, false);
    }
    List<Path> binds = new ArrayList<>(toolchain.get().binds());
    binds.add(gocache);
    Map<String, String> env = new LinkedHashMap<>(GoDependencies.environment(gocache));
    // Measured: two workers compiling at once on 2 cores are 13% faster with one thread each.
    env.put("GOMAXPROCS", Integer.toString(context.cpus()));
    return context.runCompiler(dir, script.argv(toolchain.get().tools()), binds, env);
  }

  @Override
  public List<String> runCommand(Path artefacts) {
    Path tests = artefacts.resolve(TEST_BINARY);
    if (Files.exists(tests)) {
      // as go test runs a test binary: os.Exit(0) during a test panics instead of passing for a clean exit
      return List.of(tests.toString(), "-test.count=1", "-test.paniconexit0");
    }
    return List.of(artefacts.resolve(BINARY).toString());
  }

  /** Test output (testify's, {@code --- FAIL}) is on stdout, the runtime's panics on stderr. */
  @Override
  public Verdict classifyTestFailure(RunResult run) {
    String output = run.stdout() + "\n" + run.stderr();
    if (output.contains("fatal error: runtime: out of memory")) {
      return Verdict.MEMORY_LIMIT;
    }
    if (CRASH.matcher(output).find()) {
      return Verdict.RUNTIME_ERROR;
    }
    return run.exitCode() == 1 && output.contains("--- FAIL") ? Verdict.FAILED : Verdict.RUNTIME_ERROR;
  }
}
