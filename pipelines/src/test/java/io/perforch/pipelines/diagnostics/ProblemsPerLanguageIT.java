package io.perforch.pipelines.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.perforch.pipelines.testing.FlinkSessionCluster;
import io.perforch.pipelines.testing.JarRun;
import io.perforch.pipelines.testing.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on Flink, as a user runs it: the job is launched from the shaded jar in its own JVM and
 * submitted to a real session cluster (two more JVMs, started by runner-configs/flink/cluster.sh, whose
 * classpath holds Flink only, so PerfOrch's and Beam's classes can only come from the staged jar), and on
 * the embedded Flink of {@code --flinkMaster=[local]}.
 */
class ProblemsPerLanguageIT {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(2);

  @TempDir Path out;

  @Test
  void runsOnAFlinkSessionClusterFromTheStagedShadedJar() throws Exception {
    String jar = ProjectLayout.shadedJar().toString();
    Path counts = out.resolve("counts.csv");

    FlinkSessionCluster cluster = FlinkSessionCluster.start();
    try (cluster) {
      assertThat(cluster.status().exitCode()).as("cluster.sh status").isZero();
      assertThat(cluster.jvms()).as("JobManager and TaskManager JVMs").hasSize(2);
      assertThat(cluster.flinkVersion()).as("the cluster runs the Flink the client was built with")
          .isEqualTo(EnvironmentInformation.getVersion());
      assertThat(cluster.classpath()).as("a cluster as bare as a Flink distribution")
          .anyMatch(entry -> entry.contains("flink-runtime"))
          .noneMatch(entry -> entry.contains("/org/apache/beam/") || entry.contains("/io/perforch/")
              || entry.endsWith("perforch.jar"));

      JarRun run = JarRun.of(JOB_TIMEOUT, cluster.stateDir().resolve("client.log"), ProblemsPerLanguage.class,
          "--output=" + counts, "--runner=FlinkRunner", "--flinkMaster=" + cluster.flinkMaster(),
          "--filesToStage=" + jar, "--parallelism=2");

      assertThat(run.exitCode()).as(run.describe()).isZero();
      assertThat(run.output()).contains("ProblemsPerLanguage DONE");
      assertThat(Files.readAllLines(counts))
          .containsExactlyInAnyOrderElementsOf(ProblemsPerLanguageTest.expectedSampleCounts());
      // It ran on the cluster, not inside the client: the JobManager lists it as finished.
      List<JsonNode> jobs = cluster.jobs();
      assertThat(jobs).as("jobs on the cluster").hasSize(1);
      assertThat(jobs.get(0).path("name").asText()).startsWith("problemsperlanguage");
      assertThat(jobs.get(0).path("state").asText()).isEqualTo("FINISHED");
      assertThat(jobs.get(0).path("tasks").path("finished").asInt()).isPositive();
    }

    // close() stopped the cluster and would have failed had a JVM been left; cluster.sh agrees.
    assertThat(cluster.jvms()).isEmpty();
    FlinkSessionCluster.Script status = cluster.status();
    assertThat(status.exitCode()).as(status.output()).isEqualTo(3);
    assertThat(status.output()).contains("not running");
  }

  @Test
  void runsOnEmbeddedFlink() throws Exception {
    Path counts = out.resolve("counts.csv");

    JarRun run = JarRun.of(JOB_TIMEOUT, ProjectLayout.buildDir("flink-local").resolve("client.log"),
        ProblemsPerLanguage.class,
        "--output=" + counts, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.readAllLines(counts))
        .containsExactlyInAnyOrderElementsOf(ProblemsPerLanguageTest.expectedSampleCounts());
  }
}
