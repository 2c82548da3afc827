package io.perforch.execution.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Builds the supervisor's command line from a request; shared by every sandbox. */
final class SupervisorArguments {

  static final int SAMPLE_INTERVAL_MS = 5;

  private SupervisorArguments() {}

  /**
   * @param supervisor path of the supervisor binary as the launcher will see it
   * @param resultFile where the report goes, as the supervisor will see it
   * @param workDir the program's working directory as the supervisor will see it
   * @param argv the program, already translated to sandbox paths
   * @param runAsUid uid (and gid) the program runs as; empty keeps the supervisor's own
   * @param seccomp whether to install the syscall filter before exec
   */
  static List<String> build(
      String supervisor,
      String resultFile,
      SandboxLimits limits,
      boolean sampleMemory,
      String workDir,
      List<String> argv,
      OptionalInt runAsUid,
      boolean seccomp) {
    List<String> command = new ArrayList<>();
    command.add(supervisor);
    add(command, "--result", resultFile);
    add(command, "--chdir", workDir);
    add(command, "--wall-ms", limits.wallTimeout().toMillis());
    add(command, "--cpu-ms", limits.cpuTime().toMillis());
    add(command, "--as-bytes", limits.addressSpaceBytes());
    add(command, "--mem-bytes", limits.addressSpaceBytes());
    add(command, "--nproc", limits.maxProcesses());
    add(command, "--fsize-bytes", limits.maxFileSizeBytes());
    add(command, "--nofile", limits.maxOpenFiles());
    add(command, "--sample-ms", sampleMemory ? SAMPLE_INTERVAL_MS : 0);
    if (runAsUid.isPresent()) {
      add(command, "--uid", runAsUid.getAsInt());
      add(command, "--gid", runAsUid.getAsInt());
    }
    if (seccomp) {
      command.add("--seccomp");
    }
    command.add("--");
    command.addAll(argv);
    return command;
  }

  private static void add(List<String> command, String flag, Object value) {
    command.add(flag);
    command.add(String.valueOf(value));
  }
}
