package io.perforch.execution.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Compiled programs by content hash: a program is compiled once, whoever asks for it, in this JVM or
 * another. A build happens in a private temporary folder that is renamed into place when complete, so a
 * half-written artefact is never seen. Compile errors are cached too (the same source fails the same
 * way); builds stopped by a limit or by an infrastructure failure are not.
 */
public final class BuildCache {
  private static final String MARKER = ".perforch-build";
  private static final Set<PosixFilePermission> READABLE_DIR = EnumSet.of(
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

  private final Path root;
  private final ConcurrentHashMap<String, CompletableFuture<BuildOutcome>> inFlight = new ConcurrentHashMap<>();

  /** How to build into an empty folder that the cache owns. */
  @FunctionalInterface
  public interface Builder {
    BuildOutcome buildInto(Path dir) throws IOException;
  }

  public BuildCache(Path root) {
    this.root = root.toAbsolutePath();
  }

  public Path root() {
    return root;
  }

  /** The artefacts for {@code key}, built by {@code builder} unless this or another process already did. */
  public BuildOutcome getOrBuild(String namespace, String key, Builder builder) {
    Path target = root.resolve(namespace).resolve(key);
    BuildOutcome cached = readCached(target);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<BuildOutcome> mine = new CompletableFuture<>();
    CompletableFuture<BuildOutcome> existing = inFlight.putIfAbsent(target.toString(), mine);
    if (existing != null) {
      return existing.join(); // someone in this JVM is building it right now
    }
    try {
      BuildOutcome outcome = build(target, builder);
      mine.complete(outcome);
      return outcome;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(target.toString());
    }
  }

  private BuildOutcome build(Path target, Builder builder) {
    Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectories(temp);
      openUp(temp.getParent());
      openUp(temp);
      BuildOutcome outcome = builder.buildInto(temp);
      boolean cacheable = outcome.succeeded() || outcome.failure() == BuildOutcome.Failure.COMPILE_ERROR;
      if (!cacheable) {
        return outcome;
      }
      writeMarker(temp, outcome);
      openUpTree(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("build cache needs atomic rename: " + root, e);
      } catch (FileSystemException raced) {
        // Another process finished the same build first (Linux reports ENOTEMPTY, which Java does not
        // always map to DirectoryNotEmptyException): its artefacts are as good as ours.
        if (readCached(target) == null) {
          throw raced;
        }
      }
      BuildOutcome stored = readCached(target);
      return stored == null ? outcome : withTiming(stored, outcome.millis(), false);
    } catch (IOException e) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE,
          "build cache error: " + e.getMessage(), 0, false);
    } finally {
      deleteTree(temp);
    }
  }

  private static BuildOutcome withTiming(BuildOutcome outcome, long millis, boolean cached) {
    return new BuildOutcome(outcome.artefacts(), outcome.diagnostics(), millis, cached, outcome.failure());
  }

  private static BuildOutcome readCached(Path target) {
    Path marker = target.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return null;
    }
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      return null;
    }
    String diagnostics = properties.getProperty("diagnostics", "");
    String failure = properties.getProperty("failure", "");
    return failure.isEmpty()
        ? BuildOutcome.success(target, diagnostics, 0, true)
        : BuildOutcome.failed(BuildOutcome.Failure.valueOf(failure), diagnostics, 0, true);
  }

  private static void writeMarker(Path dir, BuildOutcome outcome) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("diagnostics", outcome.diagnostics());
    properties.setProperty("failure", outcome.failure() == null ? "" : outcome.failure().name());
    properties.setProperty("millis", Long.toString(outcome.millis()));
    try (var out = Files.newBufferedWriter(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
      properties.store(out, "PerfOrch build");
    }
  }

  /** Sandboxed runs use a throwaway uid: artefacts must be readable (and runnable) by anyone. */
  private static void openUpTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (Files.isDirectory(path)) {
          openUp(path);
        } else {
          Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
          permissions.add(PosixFilePermission.OWNER_READ);
          permissions.add(PosixFilePermission.GROUP_READ);
          permissions.add(PosixFilePermission.OTHERS_READ);
          if (permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
          }
          Files.setPosixFilePermissions(path, permissions);
        }
      }
    }
  }

  private static void openUp(Path dir) throws IOException {
    Set<PosixFilePermission> permissions = EnumSet.copyOf(READABLE_DIR);
    if (!Files.getPosixFilePermissions(dir).equals(permissions)) {
      Files.setPosixFilePermissions(dir, permissions);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException ignored) {
      // a leftover temporary folder wastes space but is never mistaken for an artefact
    }
  }
}
