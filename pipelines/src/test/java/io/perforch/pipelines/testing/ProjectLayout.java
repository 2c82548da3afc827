package io.perforch.pipelines.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where integration tests find the project's built artefacts and scripts. */
public final class ProjectLayout {
  private ProjectLayout() {}

  /** The project root: failsafe passes it as {@code perforch.root}; tests run from pipelines/ otherwise. */
  public static Path root() {
    return Path.of(System.getProperty("perforch.root", "..")).toAbsolutePath().normalize();
  }

  /** The shaded jar that users run and Flink stages; built in the package phase, before the ITs. */
  public static Path shadedJar() {
    Path jar = root().resolve("pipelines/target/perforch.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the ITs with `mvn verify` (it packages the jar"
          + " first) or build it with `mvn -o -q package -DskipTests -pl pipelines -am`");
    }
    return jar;
  }

  public static Path flinkClusterScript() {
    return root().resolve("runner-configs/flink/cluster.sh");
  }

  /** A folder under pipelines/target for what a test leaves behind on purpose (logs to read after a failure). */
  public static Path buildDir(String name) {
    return root().resolve("pipelines/target").resolve(name);
  }
}
