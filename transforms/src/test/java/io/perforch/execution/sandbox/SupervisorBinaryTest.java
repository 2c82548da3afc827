package io.perforch.execution.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorBinaryTest {

  @TempDir Path cacheDir;

  @Test
  void compilesOnceIntoAHashNamedFile() throws Exception {
    SupervisorBinary binary = new SupervisorBinary(cacheDir);

    Path first = binary.ensureCompiled();
    long compiledAt = Files.getLastModifiedTime(first).toMillis();
    Path second = new SupervisorBinary(cacheDir).ensureCompiled();

    assertThat(first).isEqualTo(second).isExecutable();
    assertThat(first.getFileName().toString())
        .isEqualTo("perforch-supervisor-" + SupervisorBinary.sourceHash());
    assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(compiledAt);
  }

  @Test
  void concurrentFirstUseLeavesOneCompleteBinaryAndNoTemporaries() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Path>> tasks = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        tasks.add(() -> new SupervisorBinary(cacheDir).ensureCompiled());
      }
      List<Path> paths = new ArrayList<>();
      for (Future<Path> future : pool.invokeAll(tasks)) {
        paths.add(future.get());
      }
      assertThat(paths).containsOnly(paths.get(0));
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> files = Files.list(cacheDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("perforch-supervisor-" + SupervisorBinary.sourceHash());
    }
  }

  @Test
  void cacheDirFollowsPerforchCacheThenXdg() {
    assertThat(SupervisorBinary.defaultCacheDir(Map.of("PERFORCH_CACHE", "/c")))
        .isEqualTo(Path.of("/c/bin"));
    assertThat(SupervisorBinary.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/x")))
        .isEqualTo(Path.of("/x/perforch/bin"));
    assertThat(SupervisorBinary.defaultCacheDir(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "perforch", "bin"));
  }
}
