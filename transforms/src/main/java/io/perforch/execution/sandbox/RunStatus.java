package io.perforch.execution.sandbox;

/** How a sandboxed run ended. Every outcome of the program itself is one of these, never an exception. */
public enum RunStatus {
  /** The program exited by itself; see {@link RunResult#exitCode()} (non-zero is a runtime error). */
  EXITED,
  /** The program died from a signal it was not sent for a limit, e.g. SIGSEGV or SIGABRT. */
  SIGNALED,
  /** The wall-clock or CPU limit was exceeded (including fork bombs that never finish). */
  TIMEOUT,
  /** The memory limit was hit: the tree's RSS budget, or an allocation refused by RLIMIT_AS. */
  MEMORY_LIMIT,
  /** stdout+stderr exceeded the output cap, or a file outgrew RLIMIT_FSIZE (or the /tmp tmpfs). */
  OUTPUT_LIMIT,
  /** The sandbox itself failed (bwrap setup, supervisor, exec of the program): not the program's fault. */
  SANDBOX_ERROR
}
