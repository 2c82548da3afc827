package io.perforch.pipelines.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class run from the shaded jar in a JVM of its own ({@code java -cp perforch.jar Main args}), the
 * way a user launches a job. Its output goes to a log file, which is kept for reading after a failure.
 */
public record JarRun(int exitCode, String output, Path log) {

  public static JarRun of(Duration timeout, Path log, Class<?> mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(ProjectLayout.shadedJar().toString());
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process = new ProcessBuilder(command)
        .directory(ProjectLayout.root().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    process.getOutputStream().close();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(mainClass.getSimpleName() + " did not finish in " + timeout.toSeconds()
          + " s; its output is in " + log);
    }
    return new JarRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
  }

  /** For assertion messages: the exit code, where the log is and its tail. */
  public String describe() {
    String tail = output.length() > 4000 ? "..." + output.substring(output.length() - 4000) : output;
    return "exit code " + exitCode + ", log " + log + ":\n" + tail;
  }
}
