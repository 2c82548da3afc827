package io.perforch.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.catalog.DatasetCatalog;
import io.perforch.datasets.testing.UserFolders;
import io.perforch.execution.sandbox.Sandboxes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A test run keeps its caches in the module's target/, never in the user's (issue: a cached verdict). */
class TestRunFoldersTest {
  private static final Path TARGET = Path.of("target").toAbsolutePath().normalize();

  @Test
  void theDefaultExecutionCacheOfATestRunIsUnderTarget() {
    assertThat(CacheDirs.root()).startsWithRaw(TARGET);
    assertThat(ExecutionSettings.defaults(Sandboxes.create("none")).cacheRoot()).isEqualTo(CacheDirs.root());
  }

  @Test
  void fetchedDatasetsOfATestRunDefaultToTarget() {
    assertThat(DatasetCatalog.defaultLocation("humaneval-x")).startsWithRaw(TARGET);
  }

  @Test
  void theGuardRefusesTheUsersCache() {
    Path users = CacheDirs.root(Map.of());

    assertThatThrownBy(() -> UserFolders.requireOutside("execution cache", users.resolve("results"), "PERFORCH_CACHE"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(users.toString()).hasMessageContaining("$PERFORCH_CACHE");
  }
}
