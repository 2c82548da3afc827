package io.perforch.execution.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The supervisor's one-line report: {@code key=value} pairs separated by spaces, with the free-text
 * {@code error} last so it may contain spaces.
 *
 * @param exitCode the main program's exit code, -1 if it was killed by a signal
 * @param signal the signal that killed it, or 0
 * @param killedBy which supervisor limit stopped the run: none, wall, cpu, memory or stop
 * @param peakVmBytes largest single address space seen (to spot RLIMIT_AS exhaustion)
 * @param error why the supervisor could not run the program, empty if it could
 */
record SupervisorReport(
    int exitCode,
    int signal,
    String killedBy,
    long wallNanos,
    long userNanos,
    long sysNanos,
    long maxRssKb,
    long peakRssBytes,
    long meanRssBytes,
    long peakVmBytes,
    long peakTasks,
    long samples,
    String error) {

  static Optional<SupervisorReport> parse(String line) {
    String text = line.strip();
    int errorAt = text.indexOf(" error=");
    if (errorAt < 0) {
      return Optional.empty();
    }
    String error = text.substring(errorAt + " error=".length()).strip();
    Map<String, String> fields = new HashMap<>();
    for (String pair : text.substring(0, errorAt).split(" ")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    try {
      return Optional.of(
          new SupervisorReport(
              Integer.parseInt(fields.get("exit")),
              Integer.parseInt(fields.get("signal")),
              fields.getOrDefault("killed_by", "none"),
              Long.parseLong(fields.get("wall_ns")),
              Long.parseLong(fields.get("user_ns")),
              Long.parseLong(fields.get("sys_ns")),
              Long.parseLong(fields.get("maxrss_kb")),
              Long.parseLong(fields.get("peak_rss")),
              Long.parseLong(fields.get("mean_rss")),
              Long.parseLong(fields.get("peak_vm")),
              Long.parseLong(fields.get("peak_tasks")),
              Long.parseLong(fields.get("samples")),
              error));
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }

  boolean killedBy(String limit) {
    return killedBy.equals(limit);
  }
}
