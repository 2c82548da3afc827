package io.perforch.execution.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts a launcher (bwrap, or the supervisor itself), feeds stdin, drains and caps the output,
 * and makes sure the whole process tree is gone when it returns.
 *
 * <p>The supervisor enforces the limits; this class is the backstop. It asks the supervisor to stop
 * (SIGTERM, so a report is still written) when the output cap is hit, and destroys the tree outright
 * if the supervisor has not finished by wall timeout + {@link #GUARD_GRACE_MILLIS}.
 */
final class SupervisedExecution {

  static final long GUARD_GRACE_MILLIS = 2000;
  private static final long STOP_GRACE_MILLIS = 1000;
  private static final long POLL_MILLIS = 20;
  private static final long DRAIN_JOIN_MILLIS = 2000;

  /**
   * @param supervisorIsChild true when the launcher is bwrap and the supervisor its child
   */
  record Launch(
      List<String> command,
      Path directory,
      Map<String, String> environment,
      StdinSource stdin,
      Path resultFile,
      boolean supervisorIsChild,
      SandboxLimits limits) {}

  record Outcome(
      Optional<SupervisorReport> report,
      int launcherExitCode,
      String stdout,
      String stderr,
      boolean outputLimitHit,
      boolean guardFired,
      boolean interrupted,
      long elapsedNanos) {}

  private SupervisedExecution() {}

  static Outcome execute(Launch launch) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.directory().toFile());
    builder.environment().clear();
    builder.environment().putAll(launch.environment());
    if (launch.stdin() instanceof StdinSource.FromFile file) {
      builder.redirectInput(file.file().toFile());
    }
    long start = System.nanoTime();
    Process process = builder.start();
    feedStdin(process, launch.stdin());

    SandboxLimits limits = launch.limits();
    AtomicLong total = new AtomicLong();
    AtomicBoolean limitHit = new AtomicBoolean();
    AtomicLong stopRequestedAt = new AtomicLong();
    Runnable onLimit =
        () -> {
          stopRequestedAt.set(System.nanoTime());
          requestStop(process, launch.supervisorIsChild());
        };
    OutputCapture out =
        new OutputCapture(limits.keptOutputBytes(), limits.maxOutputBytes(), total, limitHit, onLimit);
    OutputCapture err =
        new OutputCapture(limits.keptOutputBytes(), limits.maxOutputBytes(), total, limitHit, onLimit);
    Thread outThread = out.startDraining(process.getInputStream(), "perforch-sandbox-stdout");
    Thread errThread = err.startDraining(process.getErrorStream(), "perforch-sandbox-stderr");

    long guardDeadline = start + TimeUnit.MILLISECONDS.toNanos(limits.wallTimeout().toMillis() + GUARD_GRACE_MILLIS);
    boolean guardFired = false;
    boolean interrupted = false;
    try {
      while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        long now = System.nanoTime();
        long stopAt = stopRequestedAt.get();
        if (stopAt != 0 && now - stopAt > TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS)) {
          destroyTree(process);
        } else if (now > guardDeadline) {
          guardFired = true;
          destroyTree(process);
        }
      }
    } catch (InterruptedException e) {
      interrupted = true;
      destroyTree(process);
      Thread.currentThread().interrupt();
    }
    long elapsed = System.nanoTime() - start;
    // A wedged launcher may leave descendants behind even after it exits.
    destroyTree(process);
    awaitQuietly(process);
    join(outThread);
    join(errThread);
    return new Outcome(
        readReport(launch.resultFile()),
        process.isAlive() ? -1 : process.exitValue(),
        out.text(),
        err.text(),
        limitHit.get(),
        guardFired,
        interrupted,
        elapsed);
  }

  private static void feedStdin(Process process, StdinSource stdin) {
    if (stdin instanceof StdinSource.FromFile) {
      return;
    }
    OutputStream sink = process.getOutputStream();
    if (!(stdin instanceof StdinSource.Bytes bytes)) {
      closeQuietly(sink);
      return;
    }
    byte[] data = bytes.data();
    Thread writer =
        new Thread(
            () -> {
              try (sink) {
                sink.write(data);
              } catch (IOException e) {
                // The program exited without reading all of stdin: that is its business.
              }
            },
            "perforch-sandbox-stdin");
    writer.setDaemon(true);
    writer.start();
  }

  /** SIGTERM to the supervisor: it kills the tree and still writes its report. */
  private static void requestStop(Process process, boolean supervisorIsChild) {
    if (supervisorIsChild) {
      process.children().forEach(ProcessHandle::destroy);
    } else {
      process.toHandle().destroy();
    }
  }

  /**
   * Kills every descendant first (they would otherwise be reparented away), then the launcher.
   * Signals go through the ProcessHandle: Process.destroy would also close our ends of the pipes
   * and lose output the drain threads have not read yet.
   */
  static void destroyTree(Process process) {
    for (int round = 0; round < 3; round++) {
      List<ProcessHandle> descendants = process.descendants().toList();
      descendants.forEach(ProcessHandle::destroyForcibly);
      if (descendants.isEmpty()) {
        break;
      }
    }
    process.toHandle().destroyForcibly();
  }

  private static void awaitQuietly(Process process) {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join(DRAIN_JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<SupervisorReport> readReport(Path resultFile) {
    try {
      if (!Files.isRegularFile(resultFile)) {
        return Optional.empty();
      }
      return SupervisorReport.parse(Files.readString(resultFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void closeQuietly(OutputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // Nothing to do: the process is gone already.
    }
  }
}
