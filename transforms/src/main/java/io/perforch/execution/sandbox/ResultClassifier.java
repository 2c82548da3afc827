package io.perforch.execution.sandbox;

import java.util.List;
import java.util.Locale;

/**
 * Turns what the supervisor and the JVM observed into a {@link RunResult} with a status.
 *
 * <p>Order matters: the JVM guard and the output cap come first (the supervisor's report may be
 * missing or describe the kill we caused), then sandbox failures, then the supervisor's own kills,
 * then what the program's death says about itself.
 *
 * <p>Memory heuristic. RLIMIT_AS makes allocations fail rather than kill, and each runtime dies
 * differently: Python raises MemoryError (exit 1), C++ throws bad_alloc (SIGABRT), Rust aborts,
 * Go and the JVM print "out of memory", C may dereference NULL (SIGSEGV). So a run that failed
 * (non-zero exit, or SIGKILL/SIGSEGV/SIGABRT/SIGBUS) counts as MEMORY_LIMIT when the tree's RSS
 * reached {@value #NEAR_LIMIT} of the limit, or it died by a signal with its largest address space
 * that close (a non-zero exit with a large but untouched reservation is a JVM's ordinary exception),
 * or its stderr
 * carries a well-known out-of-memory message (a single huge request fails without ever using
 * memory, so usage alone cannot catch it). A stack overflow (SIGSEGV with little memory) stays
 * SIGNALED.
 */
final class ResultClassifier {

  static final double NEAR_LIMIT = 0.9;
  static final int SIGKILL = 9;
  static final int SIGSEGV = 11;
  static final int SIGABRT = 6;
  static final int SIGBUS = 7;
  static final int SIGXCPU = 24;
  static final int SIGXFSZ = 25;

  private static final List<String> OUT_OF_MEMORY_MARKERS =
      List.of(
          "memoryerror",
          "bad_alloc",
          "outofmemoryerror",
          "out of memory",
          "cannot allocate memory",
          "memory allocation of");

  private ResultClassifier() {}

  static RunResult classify(SupervisedExecution.Outcome outcome, SandboxLimits limits) {
    SupervisorReport report = outcome.report().orElse(null);
    if (outcome.guardFired()) {
      return result(RunStatus.TIMEOUT, outcome, report,
          "sandbox did not finish within the wall timeout plus "
              + SupervisedExecution.GUARD_GRACE_MILLIS + " ms; the JVM guard killed it");
    }
    if (outcome.outputLimitHit()) {
      return result(RunStatus.OUTPUT_LIMIT, outcome, report,
          "stdout+stderr exceeded " + limits.maxOutputBytes() + " bytes");
    }
    if (outcome.interrupted()) {
      return result(RunStatus.SANDBOX_ERROR, outcome, report, "interrupted; the run was killed");
    }
    if (report == null) {
      return result(RunStatus.SANDBOX_ERROR, outcome, null, launcherFailure(outcome));
    }
    if (!report.error().isEmpty()) {
      return result(RunStatus.SANDBOX_ERROR, outcome, report, report.error());
    }
    return switch (report.killedBy()) {
      case "wall" -> result(RunStatus.TIMEOUT, outcome, report,
          "wall-clock limit of " + limits.wallTimeout().toMillis() + " ms exceeded");
      case "cpu" -> result(RunStatus.TIMEOUT, outcome, report, cpuMessage(limits));
      case "memory" -> result(RunStatus.MEMORY_LIMIT, outcome, report,
          "process tree RSS exceeded " + limits.addressSpaceBytes() + " bytes");
      case "stop" -> result(RunStatus.SANDBOX_ERROR, outcome, report, "stopped from outside");
      default -> classifyDeath(outcome, report, limits);
    };
  }

  private static RunResult classifyDeath(
      SupervisedExecution.Outcome outcome, SupervisorReport report, SandboxLimits limits) {
    int signal = report.signal();
    long cpuNanos = report.userNanos() + report.sysNanos();
    if (signal == SIGXCPU
        || (signal == SIGKILL && cpuNanos >= limits.cpuTime().toNanos())) {
      return result(RunStatus.TIMEOUT, outcome, report, cpuMessage(limits));
    }
    // Python and the JVM ignore SIGXFSZ, so the write fails with EFBIG instead of killing them.
    if (signal == SIGXFSZ || (failed(report) && outcome.stderr().contains("File too large"))) {
      return result(RunStatus.OUTPUT_LIMIT, outcome, report,
          "a file exceeded " + limits.maxFileSizeBytes() + " bytes (RLIMIT_FSIZE)");
    }
    if (looksOutOfMemory(report, outcome.stderr(), limits)) {
      return result(RunStatus.MEMORY_LIMIT, outcome, report,
          "allocation failed under the " + limits.addressSpaceBytes() + "-byte memory limit");
    }
    if (signal != 0) {
      return result(RunStatus.SIGNALED, outcome, report, "killed by signal " + signal);
    }
    String message = report.exitCode() == 0 ? "" : "exited with code " + report.exitCode();
    return result(RunStatus.EXITED, outcome, report, message);
  }

  static boolean looksOutOfMemory(SupervisorReport report, String stderr, SandboxLimits limits) {
    if (!failed(report)) {
      return false;
    }
    double nearLimit = NEAR_LIMIT * limits.addressSpaceBytes();
    // Runtimes reserve address space they never touch (a JVM's heap, Go's arenas): a large address
    // space alone only says "out of memory" for a death by signal, never for an exit with a message.
    boolean byAddressSpace = report.signal() != 0 && report.peakVmBytes() >= nearLimit;
    if (byAddressSpace || report.peakRssBytes() >= nearLimit) {
      return true;
    }
    String lower = stderr.toLowerCase(Locale.ROOT);
    return OUT_OF_MEMORY_MARKERS.stream().anyMatch(lower::contains);
  }

  /** Non-zero exit, or a death by a signal that allocation failures cause. */
  private static boolean failed(SupervisorReport report) {
    int signal = report.signal();
    return signal == 0
        ? report.exitCode() != 0
        : signal == SIGKILL || signal == SIGSEGV || signal == SIGABRT || signal == SIGBUS;
  }

  private static String cpuMessage(SandboxLimits limits) {
    return "CPU limit of " + limits.cpuTime().toMillis() + " ms exceeded";
  }

  private static String launcherFailure(SupervisedExecution.Outcome outcome) {
    String stderr = outcome.stderr();
    String detail =
        stderr.lines()
            .filter(line -> line.startsWith("bwrap:") || line.startsWith("perforch-supervisor:"))
            .findFirst()
            .orElseGet(
                () ->
                    "launcher exited with code " + outcome.launcherExitCode()
                        + stderr.lines().findFirst().map(line -> ": " + line).orElse(""));
    return "sandbox failed before reporting: " + detail;
  }

  private static RunResult result(
      RunStatus status,
      SupervisedExecution.Outcome outcome,
      SupervisorReport report,
      String message) {
    if (report == null) {
      return new RunResult(status, -1, 0, outcome.stdout(), outcome.stderr(),
          outcome.elapsedNanos(), 0, 0, 0, 0, 0, 0, message);
    }
    long wall = report.wallNanos() > 0 ? report.wallNanos() : outcome.elapsedNanos();
    long cpu = report.userNanos() + report.sysNanos();
    double efficiency = wall > 0 ? (double) cpu / wall : 0;
    return new RunResult(
        status,
        report.exitCode(),
        report.signal(),
        outcome.stdout(),
        outcome.stderr(),
        wall,
        report.userNanos(),
        report.sysNanos(),
        efficiency,
        report.peakRssBytes(),
        report.meanRssBytes(),
        report.peakTasks(),
        message);
  }
}
