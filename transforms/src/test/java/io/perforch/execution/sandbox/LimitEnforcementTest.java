package io.perforch.execution.sandbox;

import static io.perforch.execution.sandbox.SandboxTestSupport.PYTHON;
import static io.perforch.execution.sandbox.SandboxTestSupport.assertNothingSurvives;
import static io.perforch.execution.sandbox.SandboxTestSupport.bwrap;
import static io.perforch.execution.sandbox.SandboxTestSupport.marker;
import static io.perforch.execution.sandbox.SandboxTestSupport.python;
import static io.perforch.execution.sandbox.SandboxTestSupport.pythonScript;
import static io.perforch.execution.sandbox.SandboxTestSupport.quickLimits;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile programs against each limit, inside bubblewrap: right status, nothing left running. */
class LimitEnforcementTest {

  private static final long MIB = 1024L * 1024L;

  @TempDir Path workDir;

  private final String marker = marker();

  @Test
  void infiniteLoopHitsTheWallTimeout() throws Exception {
    Path script = pythonScript(workDir, marker, "while True: pass\n");
    SandboxLimits limits =
        quickLimits().toBuilder().wallTimeout(Duration.ofSeconds(1)).cpuTime(Duration.ofSeconds(30)).build();

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    // The supervisor's kill, not the JVM guard's; never before the limit. How long after depends on
    // the machine's load, so that is left to the guard.
    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.TIMEOUT);
    assertThat(result.message()).contains("wall-clock");
    assertThat(result.wallTimeNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(result.cpuTotalNanos()).isLessThanOrEqualTo(result.wallTimeNanos() + Duration.ofMillis(1).toNanos());
    assertNothingSurvives(marker);
  }

  @Test
  void infiniteLoopHitsTheCpuLimit() throws Exception {
    Path script = pythonScript(workDir, marker, "while True: pass\n");
    // A wall limit far off: however slowly a busy machine hands out the CPU second, the CPU limit comes first.
    SandboxLimits limits =
        quickLimits().toBuilder().cpuTime(Duration.ofSeconds(1)).wallTimeout(Duration.ofSeconds(60)).build();

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.TIMEOUT);
    assertThat(result.message()).contains("CPU");
    // The supervisor ends it on the precise figure it reports (RLIMIT_CPU, in ticks, is only a backstop).
    assertThat(result.cpuTotalNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    assertNothingSurvives(marker);
  }

  @Test
  void cpuLimitCoversTheWholeTreeNotJustOneProcess() throws Exception {
    // Four children at 0.6 s each stay under a per-process RLIMIT_CPU of 1 s; the tree does not.
    Path script =
        pythonScript(workDir, marker, """
            import os, time
            for _ in range(4):
                if os.fork() == 0:
                    end = time.process_time() + 0.6
                    while time.process_time() < end:
                        pass
                    os._exit(0)
            for _ in range(4):
                os.wait()
            time.sleep(5)
            """);
    SandboxLimits limits =
        quickLimits().toBuilder().cpuTime(Duration.ofSeconds(1)).wallTimeout(Duration.ofSeconds(60)).build();

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.TIMEOUT);
    assertThat(result.message()).contains("CPU");
    assertNothingSurvives(marker);
  }

  @Test
  void sleepingForeverHitsTheWallTimeout() throws Exception {
    Path script = pythonScript(workDir, marker, "import time\ntime.sleep(1000)\n");
    SandboxLimits limits = quickLimits().withWallTimeout(Duration.ofSeconds(1));

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    // Load only stretches the wall time, which is at least the limit; sleeping burns no CPU.
    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.TIMEOUT);
    assertThat(result.cpuEfficiency()).isLessThan(0.2);
    assertNothingSurvives(marker);
  }

  @Test
  void memoryHogHitsTheMemoryLimit() throws Exception {
    Path script =
        pythonScript(workDir, marker, """
            hog = []
            while True:
                hog.append(bytearray(16 * 1024 * 1024))
            """);
    SandboxLimits limits = quickLimits().withAddressSpaceBytes(256 * MIB);

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.MEMORY_LIMIT);
    assertThat(result.peakRssBytes()).isLessThanOrEqualTo(256 * MIB);
    assertNothingSurvives(marker);
  }

  @Test
  void manySmallProcessesHitTheTreeMemoryBudget() throws Exception {
    // Each child stays far below RLIMIT_AS; together they exceed it.
    Path script =
        pythonScript(workDir, marker, """
            import os, time
            for _ in range(6):
                if os.fork() == 0:
                    block = bytearray(60 * 1024 * 1024)
                    for i in range(0, len(block), 4096):
                        block[i] = 1
                    time.sleep(30)
            time.sleep(30)
            """);
    // The wall limit beyond the sleeps: only the memory budget can end this run.
    SandboxLimits limits =
        quickLimits().toBuilder().addressSpaceBytes(256 * MIB).wallTimeout(Duration.ofSeconds(60)).build();

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.MEMORY_LIMIT);
    assertThat(result.message()).contains("RSS");
    assertNothingSurvives(marker);
  }

  @Test
  void forkBombIsCappedByNprocAndEndsAsTimeout() throws Exception {
    // Every process keeps forking forever: RLIMIT_NPROC caps the count, the tree's CPU limit ends it
    // (how far a bomb gets in a given wall time depends on the machine's load; its CPU does not).
    Path script =
        pythonScript(workDir, marker, """
            import os
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
            """);
    SandboxLimits limits = quickLimits().toBuilder()
        .maxProcesses(32).cpuTime(Duration.ofSeconds(1)).wallTimeout(Duration.ofSeconds(60)).build();

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.TIMEOUT);
    assertThat(result.message()).contains("CPU");
    assertThat(result.peakTasks()).isBetween(2L, 33L);
    assertNothingSurvives(marker);
  }

  @Test
  void hugeOutputIsCutAndKilled() throws Exception {
    Path script =
        pythonScript(workDir, marker, """
            import sys
            line = "x" * 1023 + "\\n"
            while True:
                sys.stdout.write(line)
            """);
    SandboxLimits limits =
        quickLimits().toBuilder().maxOutputBytes(256 * 1024).keptOutputBytes(4096).build();

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).as(result.message()).isEqualTo(RunStatus.OUTPUT_LIMIT);
    assertThat(result.stdout()).startsWith("xxxx").contains("[perforch: output truncated after 4096 bytes]");
    assertThat(result.stdout().length()).isLessThan(4200);
    assertNothingSurvives(marker);
  }
}
