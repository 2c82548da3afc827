package io.perforch.execution.languages;

import io.perforch.execution.build.BuildOutcome;
import io.perforch.execution.sandbox.RunRequest;
import io.perforch.execution.sandbox.RunResult;
import io.perforch.execution.sandbox.Sandbox;
import io.perforch.execution.sandbox.SandboxLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a compile step may use. Compilers run inside the sandbox too: {@code #include "/etc/shadow"} or
 * Rust's {@code include_str!} would otherwise let a program read the host at compile time.
 *
 * @param sandbox the sandbox compilers run in
 * @param limits limits of one compile
 * @param cpus cores one compile may keep busy: the machine's share of each parallel worker, so that
 *     threaded compilers (Go's) do not oversubscribe the cores when every worker compiles at once
 */
public record CompileContext(Sandbox sandbox, SandboxLimits limits, int cpus) {

  public CompileContext {
    if (cpus < 1) {
      throw new IllegalArgumentException("cpus must be at least 1, was " + cpus);
    }
  }

  /** A context for {@code workers} compiles at once on this machine. */
  public static CompileContext forWorkers(Sandbox sandbox, SandboxLimits limits, int workers) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new CompileContext(sandbox, limits, Math.max(1, cores / workers));
  }

  /** Runs a compiler in {@code dir} and turns its exit into a build outcome. */
  public BuildOutcome runCompiler(Path dir, List<String> argv, List<Path> readOnlyBinds, Map<String, String> env) {
    RunRequest.Builder request = RunRequest.builder(dir).command(argv).limits(limits).sampleMemory(false);
    readOnlyBinds.forEach(request::readOnlyBind);
    env.forEach(request::env);
    long start = System.nanoTime();
    RunResult run = sandbox.run(request.build());
    long millis = (System.nanoTime() - start) / 1_000_000;
    String diagnostics = (run.stderr() + run.stdout()).strip();
    return switch (run.status()) {
      case EXITED -> run.exitCode() == 0
          ? BuildOutcome.success(dir, diagnostics, millis, false)
          : BuildOutcome.failed(BuildOutcome.Failure.COMPILE_ERROR, diagnostics, millis, false);
      case SIGNALED -> BuildOutcome.failed(BuildOutcome.Failure.COMPILE_ERROR,
          (diagnostics + "\ncompiler killed by signal " + run.signal()).strip(), millis, false);
      case TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT -> BuildOutcome.failed(BuildOutcome.Failure.COMPILE_LIMIT,
          ("compiler stopped: " + run.status() + " " + run.message() + "\n" + diagnostics).strip(), millis, false);
      case SANDBOX_ERROR -> BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE,
          "sandbox error while compiling: " + run.message(), millis, false);
    };
  }
}
