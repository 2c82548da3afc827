package io.perforch.execution.sandbox;

import static io.perforch.execution.sandbox.SandboxTestSupport.PYTHON;
import static io.perforch.execution.sandbox.SandboxTestSupport.assertNothingSurvives;
import static io.perforch.execution.sandbox.SandboxTestSupport.bwrap;
import static io.perforch.execution.sandbox.SandboxTestSupport.marker;
import static io.perforch.execution.sandbox.SandboxTestSupport.python;
import static io.perforch.execution.sandbox.SandboxTestSupport.pythonScript;
import static io.perforch.execution.sandbox.SandboxTestSupport.quickLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and measurements inside bubblewrap: every run gets the right status and leaves nothing. */
class BubblewrapSandboxTest {

  private static final long MIB = 1024L * 1024L;

  @TempDir Path workDir;

  private final String marker = marker();

  @Test
  void normalProgramReportsExitCodeStdoutAndEchoesStdin() throws Exception {
    Path script =
        pythonScript(workDir, marker, """
            import sys
            data = sys.stdin.read()
            print("got:" + data.upper())
            print("oops", file=sys.stderr)
            sys.exit(3)
            """);

    RunResult result = bwrap().run(python(workDir, script).stdin("hello sandbox").build());

    assertThat(result.status()).isEqualTo(RunStatus.EXITED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.signal()).isZero();
    assertThat(result.stdout()).isEqualTo("got:HELLO SANDBOX\n");
    assertThat(result.stderr()).isEqualTo("oops\n");
    assertThat(result.wallTimeNanos()).isPositive();
    assertThat(result.message()).contains("code 3");
    assertNothingSurvives(marker);
  }

  @Test
  void stdinCanComeFromAHostFileOutsideTheSandbox(@TempDir Path hostDir) throws Exception {
    Path input = Files.writeString(hostDir.resolve("input.txt"), "from a file");
    Path script = pythonScript(workDir, marker, "import sys; print(sys.stdin.read()[::-1])");

    RunResult result =
        bwrap().run(python(workDir, script).stdin(StdinSource.fromFile(input)).build());

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.stdout()).isEqualTo("elif a morf\n");
  }

  @Test
  void measuresPeakAndMeanRssOfAProgramTouching200MiB() throws Exception {
    Path script =
        pythonScript(workDir, marker, """
            import time
            block = bytearray(200 * 1024 * 1024)
            for i in range(0, len(block), 4096):
                block[i] = 1
            time.sleep(0.2)
            """);

    RunResult result = bwrap().run(python(workDir, script).build());

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.peakRssBytes()).isGreaterThanOrEqualTo(150 * MIB);
    assertThat(result.meanRssBytes()).isBetween(10 * MIB, result.peakRssBytes());
  }

  @Test
  void aProgramShorterThanOneSampleIntervalStillHasAMeanRss() {
    // `true` is gone in about a millisecond, often before the supervisor's first look at /proc:
    // whether a look catches it alive is a race, so every one of several runs must have a mean.
    for (int run = 0; run < 5; run++) {
      RunResult result = bwrap().run(RunRequest.builder(workDir).command("true").limits(quickLimits()).build());

      assertThat(result.succeeded()).as(result.toString()).isTrue();
      assertThat(result.peakRssBytes()).as(result.toString()).isPositive();
      assertThat(result.meanRssBytes()).as(result.toString())
          .isPositive()
          .isLessThanOrEqualTo(result.peakRssBytes());
    }
  }

  @Test
  void meanRssOfGibibytesHeldForSecondsDoesNotOverflow() throws Exception {
    // 18 processes map the same 256 MiB: each counts it in its RSS, so the tree's sum is about
    // 4.6 GiB, and held for 2.5 s that is more byte-nanoseconds than a 64-bit integer holds.
    Path script =
        pythonScript(workDir, marker, """
            import mmap, os, time
            SIZE = 256 * 1024 * 1024
            fd = os.memfd_create("shared")
            os.ftruncate(fd, SIZE)
            children = []
            for _ in range(17):
                pid = os.fork()
                if pid == 0:
                    children = None
                    break
                children.append(pid)
            view = mmap.mmap(fd, SIZE, flags=mmap.MAP_SHARED | mmap.MAP_POPULATE)
            time.sleep(2.5)
            if children is None:
                os._exit(0)
            for pid in children:
                os.waitpid(pid, 0)
            """);
    SandboxLimits limits = quickLimits().toBuilder()
        .wallTimeout(Duration.ofSeconds(60))
        .addressSpaceBytes(16L * 1024 * MIB)
        .maxFileSizeBytes(512 * MIB)
        .build();

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.peakRssBytes()).isGreaterThanOrEqualTo(18 * 256 * MIB);
    assertThat(result.meanRssBytes()).as(result.toString())
        .isGreaterThanOrEqualTo(256 * MIB)
        .isLessThanOrEqualTo(result.peakRssBytes());
  }

  @Test
  void measuresTheCpuABusyLoopBurnt() throws Exception {
    // The program stops at 0.5 s of its own CPU time, however much wall time that takes: CPU consumed
    // does not depend on the machine's load, wall time does.
    Path script =
        pythonScript(workDir, marker, """
            import time
            while time.process_time() < 0.5:
                pass
            """);
    SandboxLimits limits = quickLimits().withWallTimeout(Duration.ofSeconds(60));

    RunResult result = bwrap().run(python(workDir, script).limits(limits).build());

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    long cpu = result.cpuTotalNanos();
    // All it burnt, plus the interpreter's start-up and exit, counted once.
    assertThat(cpu).isBetween(Duration.ofMillis(500).toNanos(), Duration.ofMillis(1000).toNanos());
    // One thread cannot burn more CPU than the wall time that passed (1 ms for clock granularity).
    assertThat(cpu).isLessThanOrEqualTo(result.wallTimeNanos() + Duration.ofMillis(1).toNanos());
    assertThat(result.cpuEfficiency()).isCloseTo((double) cpu / result.wallTimeNanos(), within(1e-9));
  }

  @Test
  void backgroundChildrenDieWithTheMainProgram() throws Exception {
    // One plain background child, one that escaped into its own session (daemon style).
    String sleeper = "import time; time.sleep(1000)";
    Path script =
        pythonScript(workDir, marker, """
            import os, subprocess, sys
            subprocess.Popen([sys.executable, "-c", "%s", "%s"])
            subprocess.Popen([sys.executable, "-c", "%s", "%s"], start_new_session=True)
            print("started")
            """.formatted(sleeper, marker, sleeper, marker));

    RunResult result = bwrap().run(python(workDir, script).build());

    // A clean exit also says the supervisor did not wait for the sleepers: waiting would have ended
    // at the wall limit or in the JVM guard, as a timeout.
    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.stdout()).isEqualTo("started\n");
    assertNothingSurvives(marker);
  }

  @Test
  void missingProgramIsASandboxErrorNotAnException() {
    RunResult result =
        bwrap().run(RunRequest.builder(workDir).command("no-such-program-" + marker).limits(quickLimits()).build());

    assertThat(result.status()).isEqualTo(RunStatus.SANDBOX_ERROR);
    assertThat(result.message()).contains("exec failed").contains("No such file");
  }

  @Test
  void environmentIsMinimalAndHomeIsTheWorkdir() throws Exception {
    Path script =
        pythonScript(workDir, marker, "import os\nfor k in sorted(os.environ): print(k + '=' + os.environ[k])\n");

    RunResult result = bwrap().run(python(workDir, script).env("EXTRA", "1").build());

    assertThat(result.stdout().lines().filter(line -> !line.startsWith("LC_CTYPE=")))
        .containsExactly(
            "EXTRA=1", "HOME=/.perforch/work", "LANG=C.UTF-8", "PATH=" + SandboxEnvironment.DEFAULT_PATH,
            "PWD=/.perforch/work");
  }

  @Test
  void runsWithoutMemorySamplingToo() throws Exception {
    Path script = pythonScript(workDir, marker, "print(sum(range(10**6)))\n");

    RunResult result = bwrap().run(python(workDir, script).sampleMemory(false).build());

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.meanRssBytes()).isZero();
    assertThat(result.peakRssBytes()).isPositive();
    assertThat(PYTHON).startsWith("/usr/bin/");
  }

  @Test
  void multiprocessingWorksInside() throws Exception {
    // POSIX semaphores live in /dev/shm: the sandbox must provide a writable one.
    Path script =
        pythonScript(workDir, marker, """
            import multiprocessing as mp, time
            def square(x):
                time.sleep(0.1)  # the workers live >= 0.5 s however busy the machine: 100 intervals
                return x * x
            if __name__ == "__main__":
                with mp.Pool(2) as pool:
                    print(sum(pool.map(square, range(10))))
            """);

    RunResult result = bwrap().run(python(workDir, script).build());

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.stdout()).isEqualTo("285\n");
    assertThat(result.peakTasks()).isGreaterThanOrEqualTo(3);
    assertNothingSurvives(marker);
  }

  @Test
  void concurrentRunsAreIndependent(@TempDir Path parent) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RunResult>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Path dir = Files.createDirectory(parent.resolve("w" + i));
        Path script =
            pythonScript(dir, marker, "import os, time\ntime.sleep(0.2)\nprint(os.getuid(), open('id').read())\n");
        Files.writeString(dir.resolve("id"), "run" + i);
        futures.add(pool.submit(() -> bwrap().run(python(dir, script).build())));
      }
      Set<String> uids = new HashSet<>();
      for (int i = 0; i < 4; i++) {
        RunResult result = futures.get(i).get();
        assertThat(result.succeeded()).as(result.toString()).isTrue();
        assertThat(result.stdout()).endsWith(" run" + i + "\n");
        uids.add(result.stdout().split(" ")[0]);
      }
      // Under a root JVM every run has its own uid, hence its own RLIMIT_NPROC budget.
      assertThat(uids).hasSize(SandboxUser.jvmIsRoot() ? 4 : 1);
    } finally {
      pool.shutdownNow();
    }
    assertNothingSurvives(marker);
  }
}
