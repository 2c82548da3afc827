package io.perforch.execution.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Resource limits for one sandboxed run. Every limit is enforced per run, not per JVM.
 *
 * @param cpuTime total CPU (user+sys) of the whole process tree, checked by the supervisor; RLIMIT_CPU
 *     per process, up to a second above it, is the backstop
 * @param wallTimeout wall-clock time from start until the main program exits
 * @param addressSpaceBytes RLIMIT_AS per process; also the budget for the summed RSS of the tree
 *     (RLIMIT_AS alone would let 50 processes use 50x the limit)
 * @param maxProcesses RLIMIT_NPROC: processes plus threads, counted for the sandbox user
 * @param maxFileSizeBytes RLIMIT_FSIZE; also the size of the private /tmp tmpfs
 * @param maxOpenFiles RLIMIT_NOFILE
 * @param maxOutputBytes stdout+stderr together; beyond this the run is killed as OUTPUT_LIMIT
 * @param keptOutputBytes how much of each stream {@link RunResult} keeps (rest replaced by a marker)
 */
public record SandboxLimits(
    Duration cpuTime,
    Duration wallTimeout,
    long addressSpaceBytes,
    int maxProcesses,
    long maxFileSizeBytes,
    int maxOpenFiles,
    long maxOutputBytes,
    int keptOutputBytes) {

  private static final long MIB = 1024L * 1024L;

  /** Sized for LLM-written solutions to small problems, including interpreters and JVMs. */
  public static SandboxLimits defaults() {
    return new SandboxLimits(
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        4096 * MIB,
        256,
        256 * MIB,
        1024,
        8 * MIB,
        (int) (8 * MIB));
  }

  public SandboxLimits {
    Objects.requireNonNull(cpuTime, "cpuTime");
    Objects.requireNonNull(wallTimeout, "wallTimeout");
    requirePositive(cpuTime.toMillis(), "cpuTime");
    requirePositive(wallTimeout.toMillis(), "wallTimeout");
    requirePositive(addressSpaceBytes, "addressSpaceBytes");
    requirePositive(maxProcesses, "maxProcesses");
    requirePositive(maxFileSizeBytes, "maxFileSizeBytes");
    requirePositive(maxOpenFiles, "maxOpenFiles");
    requirePositive(maxOutputBytes, "maxOutputBytes");
    requirePositive(keptOutputBytes, "keptOutputBytes");
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  public static Builder builder() {
    return new Builder(defaults());
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public SandboxLimits withCpuTime(Duration value) {
    return toBuilder().cpuTime(value).build();
  }

  public SandboxLimits withWallTimeout(Duration value) {
    return toBuilder().wallTimeout(value).build();
  }

  public SandboxLimits withAddressSpaceBytes(long value) {
    return toBuilder().addressSpaceBytes(value).build();
  }

  public SandboxLimits withMaxProcesses(int value) {
    return toBuilder().maxProcesses(value).build();
  }

  public SandboxLimits withMaxOutputBytes(long value) {
    return toBuilder().maxOutputBytes(value).build();
  }

  /** Mutable builder starting from {@link #defaults()}. */
  public static final class Builder {
    private Duration cpuTime;
    private Duration wallTimeout;
    private long addressSpaceBytes;
    private int maxProcesses;
    private long maxFileSizeBytes;
    private int maxOpenFiles;
    private long maxOutputBytes;
    private int keptOutputBytes;

    private Builder(SandboxLimits from) {
      cpuTime = from.cpuTime;
      wallTimeout = from.wallTimeout;
      addressSpaceBytes = from.addressSpaceBytes;
      maxProcesses = from.maxProcesses;
      maxFileSizeBytes = from.maxFileSizeBytes;
      maxOpenFiles = from.maxOpenFiles;
      maxOutputBytes = from.maxOutputBytes;
      keptOutputBytes = from.keptOutputBytes;
    }

    public Builder cpuTime(Duration value) {
      cpuTime = value;
      return this;
    }

    public Builder wallTimeout(Duration value) {
      wallTimeout = value;
      return this;
    }

    public Builder addressSpaceBytes(long value) {
      addressSpaceBytes = value;
      return this;
    }

    public Builder maxProcesses(int value) {
      maxProcesses = value;
      return this;
    }

    public Builder maxFileSizeBytes(long value) {
      maxFileSizeBytes = value;
      return this;
    }

    public Builder maxOpenFiles(int value) {
      maxOpenFiles = value;
      return this;
    }

    public Builder maxOutputBytes(long value) {
      maxOutputBytes = value;
      return this;
    }

    public Builder keptOutputBytes(int value) {
      keptOutputBytes = value;
      return this;
    }

    public SandboxLimits build() {
      return new SandboxLimits(
          cpuTime,
          wallTimeout,
          addressSpaceBytes,
          maxProcesses,
          maxFileSizeBytes,
          maxOpenFiles,
          maxOutputBytes,
          keptOutputBytes);
    }
  }
}
