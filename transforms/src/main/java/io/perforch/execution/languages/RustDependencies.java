package io.perforch.execution.languages;

import io.perforch.execution.build.Program;
import io.perforch.execution.languages.DependencyCache.DependencyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Rust toolchain and the crates HumanEval-X's Rust declarations use ({@code use rand::Rng; use
 * regex::Regex; use md5;}). There is no crates.io: the crates come from Debian's {@code librust-*-dev}
 * packages, a cargo directory source under {@value #DEBIAN_REGISTRY}. They are compiled once per
 * toolchain and crate set by {@code cargo build --release} into
 * {@code <cache>/deps/rust-<hash>/lib}; every program is then compiled by plain {@code rustc} against
 * those rlibs, which takes a fraction of a second instead of rebuilding the crates each time.
 *
 * <p>The toolchain is {@code rustc} on PATH: Debian's (sysroot /usr) or a rustup toolchain (a proxy in
 * ~/.cargo/bin). A rustup proxy is resolved to the real compiler in its sysroot, which is what the
 * sandbox gets, read-only; no RUSTUP_HOME or CARGO_HOME is needed there.
 */
final class RustDependencies {
  static final Path DEBIAN_REGISTRY = Path.of("/usr/share/cargo/registry");
  static final List<String> CRATES = List.of("rand", "regex", "md5");

  /** The crates as HumanEval-X's harness had them, regex with its default features. */
  private static final String MANIFEST = """
      [package]
      name = "perforch-deps"
      version = "0.1.0"
      edition = "2021"

      [lib]
      path = "lib.rs"

      [dependencies]
      rand = "0.8"
      regex = "1"
      md5 = "0.7"

      [profile.release]
      opt-level = 3
      """;

  private static final String CARGO_CONFIG = """
      [source.crates-io]
      replace-with = "debian"

      [source.debian]
      directory = "%s"

      [net]
      offline = true
      """.formatted(DEBIAN_REGISTRY);

  private static volatile Optional<Toolchain> toolchain;
  private static volatile String readabilityProblem;

  private RustDependencies() {}

  /**
   * @param rustc the real compiler (not a rustup proxy)
   * @param cargo cargo of the same toolchain
   * @param sysroot the toolchain's root, bound into the sandbox when outside /usr
   * @param version {@code rustc -V} of the real compiler
   */
  record Toolchain(Path rustc, Path cargo, Path sysroot, String version) {
    /** What compiles in the sandbox must see besides /usr. */
    List<Path> binds() {
      List<Path> binds = new ArrayList<>();
      if (!sysroot.startsWith("/usr")) {
        binds.add(sysroot);
      }
      if (!rustc.startsWith("/usr") && !rustc.startsWith(sysroot)) {
        binds.add(rustc.getParent());
      }
      return binds;
    }
  }

  /**
   * The prebuilt crates.
   *
   * @param dir the cache folder, bound read-only into compiles
   * @param libDir its rlibs, for {@code -L dependency=}
   * @param externs {@code name=path} for each crate in {@link #CRATES}
   */
  record Crates(Path dir, Path libDir, List<String> externs) {}

  /** The toolchain on PATH, looked up once; empty when rustc is not installed. */
  static Optional<Toolchain> toolchain() {
    Optional<Toolchain> known = toolchain;
    if (known == null) {
      known = findToolchain();
      toolchain = known;
    }
    return known;
  }

  private static Optional<Toolchain> findToolchain() {
    Optional<Path> onPath = DependencyCache.onPath("rustc");
    if (onPath.isEmpty()) {
      return Optional.empty();
    }
    // A rustup proxy answers with its default toolchain's sysroot, using the JVM's HOME/RUSTUP_HOME.
    Optional<String> sysrootLine = Toolchains.firstLine(onPath.get().toString(), "--print", "sysroot");
    if (sysrootLine.isEmpty()) {
      return Optional.empty();
    }
    Path sysroot = Path.of(sysrootLine.get()).toAbsolutePath().normalize();
    Path rustc = sysroot.resolve("bin/rustc");
    if (!Files.isExecutable(rustc)) {
      try {
        rustc = onPath.get().toRealPath();
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    Path cargo = sysroot.resolve("bin/cargo");
    if (!Files.isExecutable(cargo)) {
      cargo = DependencyCache.onPath("cargo").orElse(null);
    }
    Optional<String> version = Toolchains.firstLine(rustc.toString(), "-V");
    if (version.isEmpty() || cargo == null) {
      return Optional.empty();
    }
    return Optional.of(new Toolchain(rustc, cargo, sysroot, version.get()));
  }

  /**
   * Names the crate build: the compiler (the rlibs only work with the rustc that built them), the
   * manifest, and the Debian crate versions present (folder names such as rand-0.8.5).
   */
  static String key(Toolchain toolchain) {
    List<String> registry = new ArrayList<>();
    if (Files.isDirectory(DEBIAN_REGISTRY)) {
      try (Stream<Path> crates = Files.list(DEBIAN_REGISTRY)) {
        crates.map(path -> path.getFileName().toString()).sorted().forEach(registry::add);
      } catch (IOException e) {
        registry.add("unreadable");
      }
    }
    return Program.sha256(toolchain.version() + "\0" + toolchain.sysroot() + "\0" + MANIFEST + "\0"
        + CARGO_CONFIG + "\0" + String.join(",", registry)).substring(0, 16);
  }

  /** The crates, built now if no JVM has built them for this toolchain yet. */
  static Crates crates(Toolchain toolchain) throws DependencyException {
    checkReadable(toolchain);
    if (!Files.isDirectory(DEBIAN_REGISTRY)) {
      throw new DependencyException("no Rust crates at " + DEBIAN_REGISTRY
          + ": run scripts/install-toolchains.sh (librust-rand-dev, librust-regex-dev, librust-md5-dev)");
    }
    Path dir = DependencyCache.ensure(DependencyCache.root(), "rust-" + key(toolchain),
        into -> build(toolchain, into));
    Path lib = dir.resolve("lib");
    List<String> externs = new ArrayList<>();
    try {
      for (String crate : CRATES) {
        externs.add(crate + "=" + rlib(lib, crate));
      }
    } catch (IOException e) {
      throw new DependencyException(e.getMessage());
    }
    return new Crates(dir, lib, List.copyOf(externs));
  }

  /**
   * A rustup toolchain lives under the JVM user's home: under a root JVM the sandbox's throwaway uid
   * reads it only through its "other" bits. Checked once per JVM: what rustc loads (bin, lib, libexec;
   * not the 50,000 files of share/doc).
   */
  private static void checkReadable(Toolchain toolchain) throws DependencyException {
    if (toolchain.sysroot().startsWith("/usr")) {
      return;
    }
    String problem = readabilityProblem;
    if (problem == null) {
      problem = Stream.of("bin", "lib", "libexec")
          .map(toolchain.sysroot()::resolve)
          .filter(Files::isDirectory)
          .map(DependencyCache::firstUnreadableByOthers)
          .flatMap(Optional::stream)
          .findFirst()
          .map(path -> "the Rust toolchain at " + toolchain.sysroot() + " is not readable by the sandbox's"
              + " throwaway uid (" + path + "); run `chmod -R o+rX " + toolchain.sysroot()
              + "` or install Debian's rustc")
          .orElse("");
      readabilityProblem = problem;
    }
    if (!problem.isEmpty()) {
      throw new DependencyException(problem);
    }
  }

  private static void build(Toolchain toolchain, Path dir) throws IOException, InterruptedException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve(".cargo"));
    Files.writeString(project.resolve("Cargo.toml"), MANIFEST, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("lib.rs"), "// the crates are what is built\n", StandardCharsets.UTF_8);
    Files.writeString(project.resolve(".cargo/config.toml"), CARGO_CONFIG, StandardCharsets.UTF_8);
    Path target = dir.resolve("target");
    Path cargoHome = dir.resolve("cargo-home");
    Files.createDirectories(cargoHome);
    DependencyCache.runHost(
        List.of(toolchain.cargo().toString(), "build", "--release", "--offline", "--color", "never"),
        project,
        Map.of("CARGO_HOME", cargoHome.toString(), "CARGO_TARGET_DIR", target.toString(),
            "RUSTC", toolchain.rustc().toString(), "HOME", dir.toString()),
        dir.resolve("build.log"));
    Path lib = Files.createDirectories(dir.resolve("lib"));
    try (Stream<Path> built = Files.list(target.resolve("release/deps"))) {
      for (Path rlib : built.filter(path -> path.getFileName().toString().endsWith(".rlib")).toList()) {
        Files.move(rlib, lib.resolve(rlib.getFileName()));
      }
    }
    for (String crate : CRATES) {
      rlib(lib, crate); // fails the build now rather than every compile later
    }
    DependencyCache.deleteTree(target);
    DependencyCache.deleteTree(cargoHome);
  }

  /** The one {@code lib<crate>-<hash>.rlib} (librand_core-... does not match librand-). */
  private static Path rlib(Path lib, String crate) throws IOException {
    try (Stream<Path> files = Files.list(lib)) {
      List<Path> matches = files
          .filter(path -> path.getFileName().toString().startsWith("lib" + crate + "-"))
          .filter(path -> path.getFileName().toString().endsWith(".rlib"))
          .toList();
      if (matches.size() != 1) {
        throw new IOException("expected one rlib of crate " + crate + " in " + lib + ", found " + matches);
      }
      return matches.get(0);
    }
  }
}
