package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * End to end, as a user runs it: the {@code ./perforch} launcher at the project root starting the shaded
 * jar in its own JVM. Runs in the integration-test phase, after the jar is packaged.
 */
class PerfOrchLauncherIT {
  private static final Path ROOT = Path.of(System.getProperty("perforch.root", "..")).toAbsolutePath().normalize();

  @Test
  void showsAHumanEvalXProblemFromTheSharedCopy() throws Exception {
    Result result = run("datasets", "show", "humaneval-x", "--language", "rust", "--limit", "1",
        "--path", SharedData.humanEvalX().toString());

    assertThat(result.exitCode).as(result.err).isZero();
    assertThat(result.out).contains("Rust/0  [humaneval-x, rust, problem HumanEval/0]").contains("1 of 164");
  }

  @Test
  void showsTheBuiltInSample() throws Exception {
    Result result = run("datasets", "show", "sample", "--limit", "2");

    assertThat(result.exitCode).as(result.err).isZero();
    assertThat(result.out).contains("[sample, python, problem sample/").contains("2 of ");
  }

  @Test
  void usageErrorsExitWithTwoAndNoStackTrace() throws Exception {
    Result result = run("datasets", "show", "sample", "--limit", "-1");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).contains("Invalid value for option '--limit'").doesNotContain("\tat ");
  }

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("perforch").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(ROOT.toFile()).start();
    process.getOutputStream().close();
    var out = process.getInputStream().readAllBytes();
    var err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("perforch did not finish in 120 s");
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }
}
