package io.perforch.execution.sandbox;

import static io.perforch.execution.sandbox.SandboxTestSupport.assertNothingSurvives;
import static io.perforch.execution.sandbox.SandboxTestSupport.marker;
import static io.perforch.execution.sandbox.SandboxTestSupport.python;
import static io.perforch.execution.sandbox.SandboxTestSupport.pythonScript;
import static io.perforch.execution.sandbox.SandboxTestSupport.quickLimits;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --sandbox none: no isolation, but the same limits, measurements and cleanup. */
class UnsandboxedRunnerTest {

  private static final Sandbox NONE = Sandboxes.create("none");

  @TempDir Path workDir;

  private final String marker = marker();

  @Test
  void runsInTheWorkdirWithAMinimalEnvironment() throws Exception {
    Path script =
        pythonScript(workDir, marker, """
            import os, sys
            print(os.getcwd())
            print(sorted(k for k in os.environ if k != "LC_CTYPE"))
            print(os.environ["HOME"])
            print(sys.stdin.read())
            """);

    RunResult result = NONE.run(python(workDir, script).stdin("in").build());

    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.stdout().lines())
        .containsExactly(
            workDir.toString(), "['HOME', 'LANG', 'PATH', 'PWD']", workDir.toString(), "in");
  }

  @Test
  void timeoutKillsTheWholeTreeIncludingEscapedSessions() throws Exception {
    // The CPU limit ends the run, not the wall limit: however slowly the sleepers start on a busy
    // machine, they exist before the main program has burnt its CPU second, and the look at /proc
    // that finds the limit used up counts them.
    Path script =
        pythonScript(workDir, marker, """
            import subprocess, sys
            sleeper = "import time; time.sleep(1000)"
            subprocess.Popen([sys.executable, "-c", sleeper, "%1$s"])
            subprocess.Popen([sys.executable, "-c", sleeper, "%1$s"], start_new_session=True)
            while True:
                pass
            """.formatted(marker));
    SandboxLimits limits =
        quickLimits().toBuilder().cpuTime(Duration.ofSeconds(1)).wallTimeout(Duration.ofSeconds(60)).build();

    RunResult result = NONE.run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.TIMEOUT);
    assertThat(result.message()).contains("CPU");
    assertThat(result.peakTasks()).isGreaterThanOrEqualTo(3);
    assertNothingSurvives(marker);
  }

  @Test
  void outputLimitApplies() throws Exception {
    Path script = pythonScript(workDir, marker, "while True: print('y' * 100)\n");
    SandboxLimits limits = quickLimits().toBuilder().maxOutputBytes(10_000).keptOutputBytes(100).build();

    RunResult result = NONE.run(python(workDir, script).limits(limits).build());

    assertThat(result.status()).isEqualTo(RunStatus.OUTPUT_LIMIT);
    assertThat(result.stdout()).endsWith("[perforch: output truncated after 100 bytes]");
    assertNothingSurvives(marker);
  }

  @Test
  void memoryIsMeasured() throws Exception {
    Path script =
        pythonScript(workDir, marker, """
            block = bytearray(200 * 1024 * 1024)
            for i in range(0, len(block), 4096):
                block[i] = 1
            """);

    RunResult result = NONE.run(python(workDir, script).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(result.peakRssBytes()).isGreaterThanOrEqualTo(150L * 1024 * 1024);
  }

  @Test
  void aProgramShorterThanOneSampleIntervalStillHasAMeanRss() {
    for (int run = 0; run < 5; run++) { // catching `true` alive is a race: every run must have a mean
      RunResult result = NONE.run(RunRequest.builder(workDir).command("true").limits(quickLimits()).build());

      assertThat(result.succeeded()).as(result.toString()).isTrue();
      assertThat(result.meanRssBytes()).as(result.toString())
          .isPositive()
          .isLessThanOrEqualTo(result.peakRssBytes());
    }
  }
}
