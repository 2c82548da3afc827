package io.perforch.datasets.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only shared material beside the project root ({@code ../shared}): the real HumanEval-X release
 * and one real EffiBench-X problem. Tests that need it are skipped with a reason when it is absent on a
 * developer's machine, but fail in CI, where it must be present.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("perforch.shared.dir");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    boolean present = Files.isDirectory(root.resolve("datasets"));
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("the shared datasets must be present in CI, looked in " + root.toAbsolutePath());
    }
    assumeTrue(present, "shared datasets not found at " + root.toAbsolutePath() + " (set -Dperforch.shared.dir)");
    return root.normalize();
  }

  public static Path humanEvalX() {
    return root().resolve("datasets/humaneval-x");
  }

  public static Path humanEvalX(String language) {
    return humanEvalX().resolve("humaneval_" + language + ".jsonl");
  }

  public static Path effiBenchSample() {
    return root().resolve("datasets/effibench-x-sample/aizu_1444_yokohama-phenomena.json");
  }
}
