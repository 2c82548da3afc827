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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** C++17 with g++ -O2. */
public final class CppRunner extends LanguageRunner {
  private static final String FILE = "main.cpp";
  private static final String BINARY = "main";
  private static final List<String> FLAGS = List.of("-std=c++17", "-O2", "-pipe");
  private static final int SIGABRT = 6;


  public CppRunner() {
    super(Language.CPP);
  }

  @Override
  protected Optional<String> probeVersion() {
    return Toolchains.firstLine("g++", "--version");
  }

  /** Upstream: its include lines the prompt lacks, a blank line, prompt, completion, tests; lenient: a broad prelude. */
  @Override
  public Program testProgram(Problem problem, String completion, String tests, Assembly assembly) {
    String prompt = problem.getPrompt();
    return new Program(language(), FILE, assembly == Assembly.UPSTREAM
        ? HumanEvalXHarness.cppHeader(prompt) + prompt + completion + "\n" + tests
        : CppPrelude.LENIENT + prompt + completion + "\n" + tests + "\n");
  }

  @Override
  public Program solutionTestProgram(Problem problem, String solution, String tests, Assembly assembly) {
    String code = SolutionAssembly.withoutTestDefinitions(solution, tests, language());
    String header = SolutionAssembly.header(problem.getPrompt(), problem.getEntryPoint(), language(), code);
    String prelude = assembly == Assembly.UPSTREAM ? HumanEvalXHarness.cppHeader(problem.getPrompt()) : CppPrelude.LENIENT;
    return new Program(language(), FILE, prelude + header + "\n" + code + "\n" + tests + "\n");
  }

  @Override
  public Program stdinProgram(String code) {
    return new Program(language(), FILE, code);
  }

  @Override
  public String buildFlags() {
    return String.join(" ", FLAGS) + " [-include <precompiled " + CppPrelude.KEY
        + " prelude> when the program includes it all] [-lcrypto if <openssl/...> is included]";
  }

  @Override
  public BuildOutcome build(Program program, Path dir, CompileContext context) {
    try {
      Files.writeString(dir.resolve(FILE), program.source());
    } catch (IOException e) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE, e.getMessage(), 0, false);
    }
    List<String> argv = new ArrayList<>(List.of("g++"));
    argv.addAll(FLAGS);
    List<Path> binds = new ArrayList<>();
    Optional<Path> prelude = precompiledPrelude(program.source());
    if (prelude.isPresent()) {
      argv.addAll(List.of("-include", prelude.get().toString()));
      binds.add(prelude.get().getParent());
    }
    argv.addAll(List.of("-o", BINARY, FILE));
    if (program.source().contains("<openssl/")) {
      argv.add("-lcrypto"); // HumanEval-X's md5 problem includes <openssl/md5.h>
    }
    return context.runCompiler(dir, argv, binds, Map.of());
  }

  /**
   * The precompiled prelude the program's leading lines already include, so that forcing it first
   * changes nothing but speed. Without one programs still compile, only slower: never fail a build for it.
   */
  private Optional<Path> precompiledPrelude(String source) {
    Optional<String> covered = CppPrelude.coveredBy(source);
    if (covered.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CppPrelude.precompiled(covered.get(), toolchainVersion().orElse(""), FLAGS));
    } catch (DependencyCache.DependencyException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> runCommand(Path artefacts) {
    return List.of(artefacts.resolve(BINARY).toString());
  }

  @Override
  public Verdict classifyTestFailure(RunResult run) {
    boolean assertion = run.signal() == SIGABRT && run.stderr().contains("Assertion");
    return assertion ? Verdict.FAILED : Verdict.RUNTIME_ERROR;
  }
}
