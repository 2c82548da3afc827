package io.perforch.execution.languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks an installed tool for its version, on the host, once per runner. */
final class Toolchains {
  private Toolchains() {}

  /** The first non-blank line the command prints, or empty if it is missing or fails. */
  static Optional<String> firstLine(String... command) {
    try {
      Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      return new String(output, StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(line -> !line.isEmpty()).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
