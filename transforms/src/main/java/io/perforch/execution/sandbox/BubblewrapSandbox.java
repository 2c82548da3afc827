package io.perforch.execution.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs programs inside bubblewrap: no network (own, empty network namespace), own PID, IPC, UTS
 * and cgroup namespaces, a read-only system, the workdir as the only writable host directory, and
 * /root and /home absent. The C supervisor runs as PID 1 of the namespace, so when it ends the
 * kernel kills anything left; it also drops every capability before exec and installs a seccomp
 * filter against new namespaces and mounts.
 *
 * <p>Two modes, chosen by who runs the JVM:
 *
 * <ul>
 *   <li>root (this machine, containers): bwrap without a user namespace, the program runs as a
 *       fresh non-root uid ({@link SandboxUser}) so RLIMIT_NPROC really limits a fork bomb;
 *   <li>non-root (CI, developer machines): bwrap's user namespace; the kernel counts RLIMIT_NPROC
 *       per user namespace, so the limit covers exactly the sandbox's processes.
 * </ul>
 */
public final class BubblewrapSandbox implements Sandbox {

  private final Path bwrap;
  private final BubblewrapFeatures features;
  private final SupervisorBinary supervisor;
  private final boolean rootMode;

  BubblewrapSandbox(Path bwrap, BubblewrapFeatures features, SupervisorBinary supervisor) {
    this.bwrap = bwrap;
    this.features = features;
    this.supervisor = supervisor;
    this.rootMode = SandboxUser.jvmIsRoot();
  }

  @Override
  public String mode() {
    return "bwrap";
  }

  @Override
  public RunResult run(RunRequest request) {
    Path runDir = null;
    try {
      Path binary = supervisor.ensureCompiled();
      if (!Files.isDirectory(request.workDir(), LinkOption.NOFOLLOW_LINKS)) {
        return RunResult.sandboxError("working directory is not a directory: " + request.workDir());
      }
      runDir = Files.createTempDirectory("perforch-run-");
      Path outDir = Files.createDirectory(runDir.resolve("out"));
      if (!rootMode) {
        return execute(request, binary, outDir, Optional.empty(), OptionalInt.empty());
      }
      SandboxUser user = SandboxUser.allocate();
      SandboxUser.IdentityFiles identity = user.writeIdentityFiles(runDir);
      SandboxUser.Loan loan = user.lend(request.workDir());
      try {
        return execute(request, binary, outDir, Optional.of(identity), OptionalInt.of(user.uid()));
      } finally {
        loan.close();
      }
    } catch (IOException | RuntimeException e) {
      return RunResult.sandboxError("bubblewrap run failed: " + e.getMessage());
    } finally {
      TempDirs.deleteQuietly(runDir);
    }
  }

  private RunResult execute(
      RunRequest request,
      Path binary,
      Path outDir,
      Optional<SandboxUser.IdentityFiles> identity,
      OptionalInt uid)
      throws IOException {
    List<String> supervisorCommand =
        SupervisorArguments.build(
            BubblewrapCommand.SUPERVISOR,
            BubblewrapCommand.RESULT_FILE,
            request.limits(),
            request.sampleMemory(),
            BubblewrapCommand.WORK_DIR,
            BubblewrapCommand.translateArgv(request.argv(), request.workDir()),
            uid,
            true);
    List<String> command =
        BubblewrapCommand.build(
            bwrap, features, rootMode, request, binary, outDir, identity, supervisorCommand);
    SupervisedExecution.Launch launch =
        new SupervisedExecution.Launch(
            command,
            request.workDir(),
            SandboxEnvironment.minimal(BubblewrapCommand.WORK_DIR,
                BubblewrapCommand.translateEnvironment(request.environment(), request.workDir())),
            request.stdin(),
            outDir.resolve("result"),
            true,
            request.limits());
    return ResultClassifier.classify(SupervisedExecution.execute(launch), request.limits());
  }
}
