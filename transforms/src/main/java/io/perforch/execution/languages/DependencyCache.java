package io.perforch.execution.languages;

import io.perforch.execution.CacheDirs;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Folders built once and then shared, read-only, by every compile in this JVM and in others: a
 * language's prebuilt libraries (Rust's crates, Go's warm build cache) under {@code <cache>/deps}.
 *
 * <p>They are built outside the sandbox, by the trusted toolchain from Debian's library sources, under a
 * file lock (other JVMs) and a monitor (other threads), into a temporary folder that is renamed into place
 * once complete: a half-built folder is never used. A build that fails is remembered for the rest of the
 * JVM, so a missing package fails every compile at once with the same message instead of retrying.
 */
final class DependencyCache {
  private static final String COMPLETE = ".perforch-complete";
  private static final String HOST_PATH = "/usr/local/bin:/usr/bin:/bin";
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);
  private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Path, String> FAILURES = new ConcurrentHashMap<>();

  private DependencyCache() {}

  /** Fills an empty folder; any exception fails the build. */
  @FunctionalInterface
  interface Builder {
    void buildInto(Path dir) throws IOException, InterruptedException;
  }

  /** A dependency folder could not be built: not the program's fault. */
  static final class DependencyException extends Exception {
    DependencyException(String message) {
      super(message);
    }
  }

  /** {@code <cache>/deps}: the default cache, so test runs and CI reuse what the CLI built. */
  static Path root() {
    return CacheDirs.root().resolve("deps");
  }

  /** The complete folder {@code root/name}, built by {@code builder} unless this or another JVM did. */
  static Path ensure(Path root, String name, Builder builder) throws DependencyException {
    Path target = root.resolve(name).toAbsolutePath();
    if (isComplete(target)) {
      return target;
    }
    synchronized (MONITORS.computeIfAbsent(target, key -> new Object())) {
      String failed = FAILURES.get(target);
      if (failed != null) {
        throw new DependencyException(failed);
      }
      try {
        Files.createDirectories(root);
        try (FileChannel channel = FileChannel.open(root.resolve(name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          // held until the build is in place, so that another JVM waits instead of building it twice
          if (lock.isValid() && !isComplete(target)) {
            build(root, target, builder);
          }
        }
        return target;
      } catch (IOException | UncheckedIOException e) {
        String message = "cannot build " + target + ": " + e.getMessage();
        FAILURES.put(target, message);
        throw new DependencyException(message);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DependencyException("interrupted while building " + target);
      }
    }
  }

  private static void build(Path root, Path target, Builder builder) throws IOException, InterruptedException {
    Path temp = root.resolve(".tmp-" + target.getFileName() + "-" + UUID.randomUUID());
    try {
      Files.createDirectories(temp);
      builder.buildInto(temp);
      Files.writeString(temp.resolve(COMPLETE), "built " + Instant.now() + "\n", StandardCharsets.UTF_8);
      openUpTree(temp);
      deleteTree(target); // an incomplete leftover: nothing renames an incomplete folder there
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("dependency cache needs atomic rename: " + root, e);
      }
    } finally {
      deleteTree(temp);
    }
  }

  private static boolean isComplete(Path dir) {
    return Files.isRegularFile(dir.resolve(COMPLETE));
  }

  /**
   * Runs a trusted host tool in {@code dir} with a clean environment (so a user's GOFLAGS or cargo
   * config cannot change what is built) plus {@code env}; its output goes to {@code log}. Throws with
   * the output's tail when it fails.
   */
  static void runHost(List<String> argv, Path dir, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    runHost(argv, dir, env, null, log);
  }

  /** As {@link #runHost(List, Path, Map, Path)}, with the tool's stdout written to {@code stdout}. */
  static void runHost(List<String> argv, Path dir, Map<String, String> env, Path stdout, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile());
    if (stdout == null) {
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    } else {
      builder.redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
    builder.environment().clear();
    builder.environment().put("PATH", HOST_PATH);
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().putAll(env);
    Files.writeString(log, "$ " + String.join(" ", argv) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(argv.get(0) + " did not finish in " + BUILD_TIMEOUT.toMinutes() + " minutes");
    }
    if (process.exitValue() != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
      throw new IOException(String.join(" ", argv) + " failed (exit " + process.exitValue() + "):\n" + tail);
    }
  }

  /** The executable {@code name} on the JVM's PATH, as a shell would find it. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate.toAbsolutePath());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Under a root JVM, sandboxed compiles run as a throwaway uid that sees a bound toolchain only through
   * its "other" permission bits: returns the first file or folder it could not use, if any.
   */
  static Optional<Path> firstUnreadableByOthers(Path tree) {
    if (!jvmIsRoot()) {
      return Optional.empty(); // without root the sandbox keeps the JVM's uid, which can read it
    }
    try (Stream<Path> paths = Files.walk(tree)) {
      return paths.filter(path -> !readableByOthers(path)).findFirst();
    } catch (IOException | UncheckedIOException e) {
      return Optional.of(tree);
    }
  }

  private static boolean readableByOthers(Path path) {
    try {
      if (Files.isSymbolicLink(path)) {
        return true; // its target is checked where it lives
      }
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
      boolean read = permissions.contains(PosixFilePermission.OTHERS_READ);
      return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
          ? read && permissions.contains(PosixFilePermission.OTHERS_EXECUTE) : read;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean jvmIsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Sandboxed compiles read the folder as another uid: everything readable, folders traversable. */
  private static void openUpTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (Files.isSymbolicLink(path)) {
          continue;
        }
        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
        permissions.add(PosixFilePermission.OWNER_READ);
        permissions.add(PosixFilePermission.GROUP_READ);
        permissions.add(PosixFilePermission.OTHERS_READ);
        if (Files.isDirectory(path) || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
          permissions.add(PosixFilePermission.OWNER_EXECUTE);
          permissions.add(PosixFilePermission.GROUP_EXECUTE);
          permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        Files.setPosixFilePermissions(path, permissions);
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
