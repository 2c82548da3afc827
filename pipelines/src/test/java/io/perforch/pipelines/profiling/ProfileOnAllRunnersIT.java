package io.perforch.pipelines.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.cli.PerfOrchCli;
import io.perforch.pipelines.testing.FlinkSessionCluster;
import io.perforch.pipelines.testing.JarRun;
import io.perforch.pipelines.testing.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code perforch profile} launched from the shaded jar, as a user runs it, on the DirectRunner, on
 * embedded Flink and on a real Flink session cluster: the three profile tables are the same. A first run
 * on the DirectRunner records the answers and measurements (in a shared response store and execution
 * cache); every run compared then gets the very same ones, so what is compared is the job each runner
 * ran over them. (The recording run itself is not compared: two workers that measure the same program at
 * once both keep their own figures, while the cache keeps one.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileOnAllRunnersIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(4);

  /** Under target/, so that the run directories and logs are there to read after a failure. */
  private static Path dir;
  private String directProfile;

  private JarRun profile(String name, String... runnerArgs) throws Exception {
    List<String> args = new ArrayList<>(List.of("profile",
        "--fleet", ProjectLayout.root().resolve("runner-configs/models/simulated.yaml").toString(),
        "--dataset", "sample", "--languages", "python,cpp", "--limit", "2",
        "--out", dir.resolve(name).toString(),
        "--cache", dir.resolve("responses").toString(),
        "--cache-dir", dir.resolve("execution-cache").toString()));
    args.addAll(List.of(runnerArgs));
    return JarRun.of(TIMEOUT, dir.resolve(name + ".log"), PerfOrchCli.class, args.toArray(String[]::new));
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private String profileOf(String name) throws Exception {
    return Files.readString(dir.resolve(name).resolve("profile/profile.csv"));
  }

  @BeforeAll
  void profileOnTheDirectRunner() throws Exception {
    dir = ProjectLayout.buildDir("profile-on-all-runners");
    deleteTree(dir);
    JarRun recording = profile("recording");
    assertThat(recording.exitCode()).as(recording.describe()).isZero();
    JarRun run = profile("direct");
    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.output()).contains("Finished on the DirectRunner");
    directProfile = profileOf("direct");
    assertThat(directProfile.lines()).hasSizeGreaterThan(7 * 2 * 3);
  }

  @Test
  void embeddedFlinkProducesTheSameProfileTable() throws Exception {
    JarRun run = profile("flink-local", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.output()).contains("Finished on the FlinkRunner");
    assertThat(profileOf("flink-local")).isEqualTo(directProfile);
  }

  @Test
  void aFlinkSessionClusterProducesTheSameProfileTable() throws Exception {
    try (FlinkSessionCluster cluster = FlinkSessionCluster.start()) {
      JarRun run = profile("flink-cluster", "--runner=FlinkRunner", "--flinkMaster=" + cluster.flinkMaster(),
          "--filesToStage=" + ProjectLayout.shadedJar(), "--parallelism=2");

      assertThat(run.exitCode()).as(run.describe()).isZero();
      assertThat(cluster.jobs()).as("the job ran on the cluster").hasSize(1);
      assertThat(cluster.jobs().get(0).path("state").asText()).isEqualTo("FINISHED");
    }
    assertThat(profileOf("flink-cluster")).isEqualTo(directProfile);
  }
}
