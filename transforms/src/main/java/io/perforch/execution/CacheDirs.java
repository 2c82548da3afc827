package io.perforch.execution;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where PerfOrch keeps what it builds once and reuses: the sandbox supervisor, compiled programs,
 * dependency caches and cached results. {@code $PERFORCH_CACHE}, else {@code $XDG_CACHE_HOME/perforch},
 * else {@code ~/.cache/perforch}.
 */
public final class CacheDirs {
  private CacheDirs() {}

  public static Path root() {
    return root(System.getenv());
  }

  public static Path root(Map<String, String> env) {
    String perforch = env.get("PERFORCH_CACHE");
    if (perforch != null && !perforch.isBlank()) {
      return Path.of(perforch).toAbsolutePath();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("perforch").toAbsolutePath();
  }
}
