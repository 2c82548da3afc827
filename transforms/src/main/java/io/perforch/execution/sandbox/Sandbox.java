package io.perforch.execution.sandbox;

/**
 * Runs one untrusted program under {@link SandboxLimits} and reports the resources it used.
 * Implementations are thread-safe; concurrent runs must use distinct working directories.
 */
public interface Sandbox {

  /**
   * Runs the request to completion. Never throws for anything the program does: crashes, limit
   * violations and sandbox failures all come back as a {@link RunResult}.
   */
  RunResult run(RunRequest request);

  /** The mode name accepted by {@link Sandboxes#create(String)}. */
  String mode();
}
