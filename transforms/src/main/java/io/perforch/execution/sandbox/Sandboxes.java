package io.perforch.execution.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Creates the sandbox named by {@code --sandbox}: {@code bwrap} (the default) or {@code none}.
 *
 * <p>{@code bwrap} is checked up front by running {@code true} through the complete sandbox, so a
 * machine where it cannot work fails at startup with a one-line fix, not halfway through a batch.
 */
public final class Sandboxes {

  public static final String BWRAP = "bwrap";
  public static final String NONE = "none";

  private static final String HOW_TO_FIX =
      "install it with `apt-get install bubblewrap`, or pass `--sandbox none` to run without"
          + " isolation";

  private Sandboxes() {}

  /** The sandbox for {@code mode} (null or blank means bwrap), with bwrap looked up on PATH. */
  public static Sandbox create(String mode) {
    return create(mode, null);
  }

  /**
   * @param bwrapExecutable bwrap to use instead of the one on PATH (null: search PATH)
   * @throws SandboxUnavailableException if the sandbox cannot run here
   */
  public static Sandbox create(String mode, Path bwrapExecutable) {
    return create(mode, bwrapExecutable, SupervisorBinary.inDefaultCache());
  }

  static Sandbox create(String mode, Path bwrapExecutable, SupervisorBinary supervisor) {
    String normalized = mode == null || mode.isBlank() ? BWRAP : mode.strip().toLowerCase(Locale.ROOT);
    return switch (normalized) {
      case BWRAP -> createBubblewrap(bwrapExecutable, supervisor);
      case NONE -> new UnsandboxedRunner(compiled(supervisor));
      default -> throw new IllegalArgumentException(
          "unknown sandbox mode '" + mode + "'; expected " + BWRAP + " or " + NONE);
    };
  }

  private static BubblewrapSandbox createBubblewrap(Path explicit, SupervisorBinary supervisor) {
    Optional<Path> found =
        explicit != null ? Optional.of(explicit).filter(Files::isExecutable) : Executables.onPath("bwrap");
    if (found.isEmpty()) {
      String where = explicit != null ? "at " + explicit : "on PATH";
      throw new SandboxUnavailableException(
          "bubblewrap sandbox unavailable: bwrap not found " + where + "; " + HOW_TO_FIX + ".");
    }
    Path bwrap = found.get();
    BubblewrapFeatures features;
    try {
      features = BubblewrapFeatures.detect(bwrap);
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "bubblewrap sandbox unavailable: " + bwrap + " does not run (" + e.getMessage() + "); "
              + HOW_TO_FIX + ".", e);
    }
    BubblewrapSandbox sandbox = new BubblewrapSandbox(bwrap, features, compiled(supervisor));
    RunResult probe = probe(sandbox);
    if (!probe.succeeded()) {
      throw new SandboxUnavailableException(
          "bubblewrap sandbox unavailable: " + bwrap + " cannot create a sandbox here ("
              + firstLine(probe.message()) + "); enable unprivileged user namespaces, "
              + HOW_TO_FIX + ".");
    }
    return sandbox;
  }

  private static RunResult probe(BubblewrapSandbox sandbox) {
    Path workDir = null;
    try {
      workDir = Files.createTempDirectory("perforch-probe-");
      SandboxLimits limits =
          SandboxLimits.builder().wallTimeout(Duration.ofSeconds(10)).cpuTime(Duration.ofSeconds(5)).build();
      return sandbox.run(RunRequest.builder(workDir).command("true").limits(limits).build());
    } catch (IOException e) {
      return RunResult.sandboxError("cannot create a probe directory: " + e.getMessage());
    } finally {
      TempDirs.deleteQuietly(workDir);
    }
  }

  private static SupervisorBinary compiled(SupervisorBinary supervisor) {
    try {
      supervisor.ensureCompiled();
      return supervisor;
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "sandbox supervisor unavailable: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }
}
