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

  /**
   * Headers completions commonly use without including them (HumanEval-X's own declarations add some of
   * these): put before the prompt, so a missing include is not mistaken for a wrong program.
   */
  private static final String PRELUDE = String.join("\n",
      "#include <algorithm>", "#include <climits>", "#include <cmath>", "#include <cstdlib>",
      "#include <cstring>", "#include <map>", "#include <numeric>", "#include <set>", "#include <string>",
      "#include <unordered_map>", "#include <unordered_set>", "#include <vector>", "#include <stack>",
      "#include <queue>", "#include <sstream>", "#include <iostream>", "using namespace std;", "");

  public CppRunner() {
    super(Language.CPP);
  }

  @Override
  protected Optional<String> probeVersion() {
    return Toolchains.firstLine("g++", "--version");
  }

  @Override
  public Program testProgram(Problem problem, String completion, String tests) {
    return new Program(language(), FILE, PRELUDE + problem.getPrompt() + completion + "\n" + tests + "\n");
  }

  @Override
  public Program stdinProgram(String code) {
    return new Program(language(), FILE, code);
  }

  @Override
  public String buildFlags() {
    return String.join(" ", FLAGS) + " [-lcrypto if <openssl/...> is included]";
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
    argv.addAll(List.of("-o", BINARY, FILE));
    if (program.source().contains("<openssl/")) {
      argv.add("-lcrypto"); // HumanEval-X's md5 problem includes <openssl/md5.h>
    }
    return context.runCompiler(dir, argv, List.of(), Map.of());
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
