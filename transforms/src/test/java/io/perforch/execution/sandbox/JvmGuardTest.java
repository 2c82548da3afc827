package io.perforch.execution.sandbox;

import static io.perforch.execution.sandbox.SandboxTestSupport.assertNothingSurvives;
import static io.perforch.execution.sandbox.SandboxTestSupport.marker;
import static io.perforch.execution.sandbox.SandboxTestSupport.quickLimits;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM's own wall-clock guard, for a launcher that never reports and ignores SIGTERM. */
class JvmGuardTest {

  @TempDir Path tempDir;

  @Test
  void wedgedLauncherAndItsStubbornChildrenAreKilled() throws Exception {
    String marker = marker();
    Path fake = tempDir.resolve("bwrap");
    Files.writeString(
        fake,
        """
        #!/bin/sh
        trap '' TERM
        /usr/bin/python3 -c 'import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(1000)' %s &
        sleep 1000
        """.formatted(marker));
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path workDir = Files.createDirectory(tempDir.resolve("work"));
    BubblewrapSandbox sandbox =
        new BubblewrapSandbox(
            fake, new BubblewrapFeatures(true, true, true), SupervisorBinary.inDefaultCache());

    long start = System.nanoTime();
    RunResult result =
        sandbox.run(
            RunRequest.builder(workDir)
                .command("true")
                .limits(quickLimits().withWallTimeout(Duration.ofSeconds(1)))
                .build());
    long elapsed = System.nanoTime() - start;

    // The guard fired (the launcher would have slept 1000 s), and not before the wall limit plus
    // its grace; how soon after depends on the machine's load.
    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.TIMEOUT);
    assertThat(result.message()).contains("JVM guard");
    assertThat(elapsed)
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1).plusMillis(SupervisedExecution.GUARD_GRACE_MILLIS).toNanos());
    assertNothingSurvives(marker);
  }
}
