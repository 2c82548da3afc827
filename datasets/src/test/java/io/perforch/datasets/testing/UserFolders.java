package io.perforch.datasets.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own PerfOrch folders ({@code ~/.cache/perforch}, {@code $XDG_CACHE_HOME/perforch}), which a
 * test run must never read or write: what an earlier {@code perforch} command left there would decide
 * the tests, and the tests would leave their programs and verdicts behind. The build points
 * {@code $PERFORCH_CACHE} and {@code $PERFORCH_DATA_DIR} under each module's target/ (parent pom).
 */
public final class UserFolders {
  private UserFolders() {}

  /** @throws IllegalStateException naming {@code what} when {@code resolved} is inside a user folder */
  public static void requireOutside(String what, Path resolved, String variable) {
    Path path = resolved.toAbsolutePath().normalize();
    for (Path users : all()) {
      if (path.startsWith(users)) {
        throw new IllegalStateException("tests must not use the user's " + what + " (" + path + "): set $"
            + variable + " to a folder of the test run, as the Maven build does (surefire and failsafe "
            + "environmentVariables in the parent pom)");
      }
    }
  }

  static List<Path> all() {
    List<Path> folders = new ArrayList<>();
    folders.add(Path.of(System.getProperty("user.home"), ".cache", "perforch").toAbsolutePath().normalize());
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      folders.add(Path.of(xdg, "perforch").toAbsolutePath().normalize());
    }
    return folders;
  }
}
