package io.perforch.pipelines.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runner-configs/flink/cluster.sh around a running cluster: repeated and clashing commands, bad flags. */
class FlinkClusterScriptIT {
  @TempDir Path scratch;

  @Test
  void startAndStopAreSafeToRepeatAndAClusterKeepsItsPort() throws Exception {
    FlinkSessionCluster cluster = FlinkSessionCluster.start();
    try (cluster) {
      List<Long> pids = cluster.jvms().stream().map(ProcessHandle::pid).toList();
      assertThat(pids).hasSize(2);

      FlinkSessionCluster.Script again = cluster.script("start");
      assertThat(again.exitCode()).as(again.output()).isZero();
      assertThat(again.output()).contains("already running", "--flinkMaster=" + cluster.flinkMaster());
      assertThat(cluster.jvms().stream().map(ProcessHandle::pid).toList()).containsExactlyInAnyOrderElementsOf(pids);

      FlinkSessionCluster.Script other = FlinkSessionCluster.runScript(scratch.resolve("other.out"), List.of(
          "start", "--port", String.valueOf(cluster.restPort()), "--state-dir", scratch.resolve("other").toString()));
      assertThat(other.exitCode()).as(other.output()).isEqualTo(1);
      assertThat(other.output()).contains("port " + cluster.restPort() + " is already in use");
      assertThat(scratch.resolve("other/jobmanager.pid")).doesNotExist();

      FlinkSessionCluster.Script status = cluster.status();
      assertThat(status.exitCode()).as(status.output()).isZero();
      assertThat(status.output()).contains("1 TaskManager, 2 slots, 2 free, 0 jobs running");
    }

    FlinkSessionCluster.Script stopAgain = cluster.script("stop");
    assertThat(stopAgain.exitCode()).as(stopAgain.output()).isZero();
    assertThat(stopAgain.output()).contains("not running");
    assertThat(cluster.status().exitCode()).isEqualTo(3);
    assertThat(cluster.stateDir().resolve("jobmanager.pid")).doesNotExist();
    assertThat(cluster.stateDir().resolve("taskmanager.log")).isNotEmptyFile();
  }

  @Test
  void badFlagsAreUsageErrors() throws Exception {
    FlinkSessionCluster.Script badPort = FlinkSessionCluster.runScript(scratch.resolve("port.out"),
        List.of("start", "--port", "http"));
    FlinkSessionCluster.Script badCommand = FlinkSessionCluster.runScript(scratch.resolve("command.out"),
        List.of("restart"));

    assertThat(badPort.exitCode()).isEqualTo(2);
    assertThat(badPort.output()).contains("--port must be a port number (1-65535), got 'http'", "usage:");
    assertThat(badCommand.exitCode()).isEqualTo(2);
    assertThat(badCommand.output()).contains("unknown command 'restart'");
  }
}
