package io.perforch.execution.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Same limits and measurements as {@link BubblewrapSandbox}, but no isolation: the program sees the
 * host's files, network and processes. Only for an explicit {@code --sandbox none}.
 *
 * <p>Under root, RLIMIT_NPROC does not apply (the kernel exempts root), so a fork bomb is stopped
 * only by the wall/CPU limits and the supervisor's tree kill.
 */
public final class UnsandboxedRunner implements Sandbox {

  private final SupervisorBinary supervisor;

  public UnsandboxedRunner(SupervisorBinary supervisor) {
    this.supervisor = supervisor;
  }

  @Override
  public String mode() {
    return "none";
  }

  @Override
  public RunResult run(RunRequest request) {
    Path runDir = null;
    try {
      Path binary = supervisor.ensureCompiled();
      runDir = Files.createTempDirectory("perforch-run-");
      Path resultFile = runDir.resolve("result");
      List<String> command =
          SupervisorArguments.build(
              binary.toString(),
              resultFile.toString(),
              request.limits(),
              request.sampleMemory(),
              request.workDir().toString(),
              request.argv(),
              OptionalInt.empty(),
              false);
      SupervisedExecution.Launch launch =
          new SupervisedExecution.Launch(
              command,
              request.workDir(),
              SandboxEnvironment.minimal(request.workDir().toString(), request.environment()),
              request.stdin(),
              resultFile,
              false,
              request.limits());
      return ResultClassifier.classify(SupervisedExecution.execute(launch), request.limits());
    } catch (IOException | RuntimeException e) {
      return RunResult.sandboxError("unsandboxed run failed: " + e.getMessage());
    } finally {
      TempDirs.deleteQuietly(runDir);
    }
  }
}
