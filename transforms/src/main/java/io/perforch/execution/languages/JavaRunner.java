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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Java 17: compiled in-process by the JDK PerfOrch runs on, run by the same JDK's {@code java} in the
 * sandbox. HumanEval-X test code declares {@code public class Main}, so the file is Main.java.
 */
public final class JavaRunner extends LanguageRunner {
  private static final String FILE = "Main.java";
  private static final Pattern CODECHEF_CLASS = Pattern.compile("\\bclass\\s+Codechef\\b");
  /**
   * JVM reservations sized to fit the sandbox's address-space limit, and no perf-data file in /tmp;
   * the serial collector, because one small test program gains nothing from a parallel one.
   */
  private static final List<String> JVM_OPTIONS = List.of(
      "-Xmx1g", "-Xss16m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m",
      "-XX:CompressedClassSpaceSize=64m", "-XX:MaxMetaspaceSize=256m", "-XX:-UsePerfData",
      "-XX:TieredStopAtLevel=4", "-Xshare:auto");

  private final Path javaHome = Path.of(System.getProperty("java.home"));

  public JavaRunner() {
    super(Language.JAVA);
  }

  @Override
  protected Optional<String> probeVersion() {
    if (!InProcessJavac.available()) {
      return Optional.empty();
    }
    return Optional.of("javac " + Runtime.version() + " (in-process), java " + javaHome);
  }

  /** Upstream adds nothing to Java: the prompt (with its imports), the completion, the tests. */
  @Override
  public Program testProgram(Problem problem, String completion, String tests, Assembly assembly) {
    String end = assembly == Assembly.UPSTREAM ? "" : "\n";
    return new Program(language(), FILE, problem.getPrompt() + completion + "\n" + tests + end);
  }

  @Override
  public Program solutionTestProgram(Problem problem, String solution, String tests, Assembly assembly) {
    return new Program(language(), FILE, JavaSolution.assemble(problem.getPrompt(), solution, tests));
  }

  /** EffiBench-X's way: a class named Codechef becomes Main. */
  @Override
  public Program stdinProgram(String code) {
    return new Program(language(), FILE, CODECHEF_CLASS.matcher(code).replaceAll("class Main"));
  }

  @Override
  public String buildFlags() {
    return "-proc:none -g:none";
  }

  @Override
  public BuildOutcome build(Program program, Path dir, CompileContext context) {
    try {
      Files.writeString(dir.resolve(FILE), program.source());
    } catch (IOException e) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE, e.getMessage(), 0, false);
    }
    return InProcessJavac.compile(FILE, program.source(), dir);
  }

  @Override
  public List<String> runCommand(Path artefacts) {
    List<String> argv = new java.util.ArrayList<>();
    argv.add(javaHome.resolve("bin/java").toString());
    argv.addAll(JVM_OPTIONS);
    argv.addAll(List.of("-cp", artefacts.toString(), "Main"));
    return argv;
  }

  /** The JDK may live outside /usr (an SDK manager's folder): make it visible in the sandbox. */
  @Override
  public List<Path> runBinds() {
    return javaHome.startsWith("/usr") ? List.of() : List.of(javaHome);
  }

  @Override
  public Verdict classifyTestFailure(RunResult run) {
    String stderr = run.stderr();
    if (stderr.contains("java.lang.AssertionError")) {
      return Verdict.FAILED;
    }
    if (stderr.contains("java.lang.OutOfMemoryError")) {
      return Verdict.MEMORY_LIMIT;
    }
    return Verdict.RUNTIME_ERROR;
  }
}
