package io.perforch.execution.sandbox;

import io.perforch.execution.CacheDirs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The C supervisor ({@code supervisor.c} on the classpath), compiled once per source version.
 *
 * <p>The binary lives in {@code $PERFORCH_CACHE/bin}, else {@code ${XDG_CACHE_HOME:-~/.cache}/
 * perforch/bin}, named after a hash of its source so an edited source is recompiled. Compilation
 * goes to a unique temporary name that is then renamed into place: rename is atomic, so
 * concurrent JVMs never see a half-written binary and the last identical copy simply wins.
 */
public final class SupervisorBinary {

  private static final String RESOURCE = "supervisor.c";
  // Static first: it then also runs where the sandbox binds no dynamic loader.
  private static final List<List<String>> FLAG_SETS =
      List.of(List.of("-O2", "-std=gnu11", "-static"), List.of("-O2", "-std=gnu11"));
  private static final Object LOCK = new Object();

  private final Path cacheDir;

  public SupervisorBinary(Path cacheDir) {
    this.cacheDir = cacheDir.toAbsolutePath();
  }

  /** The cache location from the environment, see the class comment. */
  public static SupervisorBinary inDefaultCache() {
    return new SupervisorBinary(defaultCacheDir(System.getenv()));
  }

  static Path defaultCacheDir(Map<String, String> env) {
    return CacheDirs.root(env).resolve("bin");
  }

  /** Where the binary for the current source lives, compiled or not. */
  public Path binaryPath() throws IOException {
    return cacheDir.resolve("perforch-supervisor-" + sourceHash());
  }

  /** Returns the compiled supervisor, compiling it first if needed. */
  public Path ensureCompiled() throws IOException {
    Path binary = binaryPath();
    synchronized (LOCK) {
      if (Files.isExecutable(binary)) {
        return binary;
      }
      Files.createDirectories(cacheDir);
      String unique = "." + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
      Path source = cacheDir.resolve("supervisor" + unique + ".c");
      Path temp = cacheDir.resolve(binary.getFileName() + unique + ".tmp");
      try {
        Files.write(source, source());
        compile(source, temp);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        moveAtomically(temp, binary);
      } finally {
        Files.deleteIfExists(source);
        Files.deleteIfExists(temp);
      }
      return binary;
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cache directory does not support atomic rename: " + to.getParent(), e);
    }
  }

  private static void compile(Path source, Path output) throws IOException {
    Path compiler =
        findCompiler()
            .orElseThrow(
                () ->
                    new IOException(
                        "no C compiler (cc, gcc or clang) on PATH to build the sandbox supervisor;"
                            + " install one with `apt-get install gcc`"));
    String lastError = "";
    for (List<String> flags : FLAG_SETS) {
      List<String> command = new ArrayList<>();
      command.add(compiler.toString());
      command.addAll(flags);
      command.addAll(List.of("-o", output.toString(), source.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] log = process.getInputStream().readAllBytes();
      try {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IOException("compiling the sandbox supervisor timed out");
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while compiling the sandbox supervisor", e);
      }
      if (process.exitValue() == 0) {
        return;
      }
      lastError = new String(log, StandardCharsets.UTF_8).strip();
    }
    throw new IOException("cannot compile the sandbox supervisor: " + lastError);
  }

  static Optional<Path> findCompiler() {
    for (String name : List.of("cc", "gcc", "clang")) {
      Optional<Path> found = Executables.onPath(name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  static byte[] source() throws IOException {
    try (InputStream in = SupervisorBinary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("classpath resource missing: " + RESOURCE);
      }
      return in.readAllBytes();
    }
  }

  /** Hash of the source and the compiler flags: either changing means a new binary. */
  static String sourceHash() throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(source());
      digest.update(FLAG_SETS.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
