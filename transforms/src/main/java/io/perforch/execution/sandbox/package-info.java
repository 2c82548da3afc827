/**
 * The sandbox engine: runs untrusted programs under limits and measures them. Plain Java, no Beam.
 *
 * <p>Entry points: {@link io.perforch.execution.sandbox.Sandboxes#create(String)} gives a {@link
 * io.perforch.execution.sandbox.Sandbox} for {@code --sandbox bwrap|none}; {@link
 * io.perforch.execution.sandbox.Sandbox#run} takes a {@link
 * io.perforch.execution.sandbox.RunRequest} (argv, workdir, binds, env, stdin, {@link
 * io.perforch.execution.sandbox.SandboxLimits}) and always returns a {@link
 * io.perforch.execution.sandbox.RunResult} with a status and the resources used.
 *
 * <p>Layers, outermost first:
 *
 * <ol>
 *   <li>{@code SupervisedExecution} (JVM): starts the launcher, caps stdout+stderr, and keeps a
 *       wall-clock guard that kills the whole process tree if the supervisor itself wedges.
 *   <li>bubblewrap ({@code BubblewrapCommand}): namespaces and a read-only filesystem view.
 *   <li>{@code supervisor.c}, compiled once per source hash ({@code SupervisorBinary}): PID 1 of
 *       the sandbox; sets rlimits in the child, drops to a non-root uid, installs seccomp, samples
 *       the tree's RSS and CPU from /proc, enforces wall/CPU/memory, kills and reaps every
 *       descendant, and writes a one-line report.
 * </ol>
 *
 * <p>Known limits of the approach: memory is bounded per process (RLIMIT_AS) and per tree by
 * sampled RSS, which counts shared pages once per process and does not see kernel-held memory
 * (tmpfs is size-capped instead; unmapped memfd/SysV shm are not counted). A cgroup would be
 * exact, but needs delegation that neither this host (cgroup v1) nor typical CI runners give.
 */
package io.perforch.execution.sandbox;
