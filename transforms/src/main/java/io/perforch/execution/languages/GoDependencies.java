package io.perforch.execution.languages;

import io.perforch.execution.build.Program;
import io.perforch.execution.languages.DependencyCache.DependencyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Go toolchain, in GOPATH mode over Debian's Go sources ({@value #GOPATH}: testify and its
 * dependencies from golang-github-stretchr-testify-dev; there is no module proxy), and a warm build cache.
 *
 * <p>Why a warm, read-only GOCACHE: compiling a HumanEval-X test from scratch rebuilds testify, yaml.v3,
 * go-spew, difflib and the standard packages Debian's prebuilt ones do not cover with CGO_ENABLED=0 (net,
 * crypto/sha1, ...): about 10 s per program. So {@code go build std <testify>} runs once, outside the
 * sandbox, into {@code <cache>/deps/go-<hash>/gocache}, and every compile gets that folder read-only as
 * its GOCACHE. The go command finds everything it needs there and just cannot add the program's own
 * objects (cache writes fail and are ignored; the objects go through its private $WORK in /tmp); a
 * compile is then only the program, the test main and the link. That beats seeding a writable copy of
 * the cache into each workdir (a 25 MB copy per compile, for no gain), and a {@code -pkgdir} of
 * installed .a files (the go command still re-hashes the standard library: about 3 s per compile).
 * Hard links into the workdir are out: the sandbox lends the workdir to its throwaway uid by chowning
 * the tree, which would chown the shared cache files too.
 *
 * <p>Programs are then built without the go command at all ({@link GoBuildScript}): its package loading
 * and cache hashing cost more CPU than compiling and linking a one-file program. For that the warm cache
 * also gets an {@value #IMPORTCFG}, the compiler's and linker's map from every standard and GOPATH
 * package to its compiled export data in the cache, written once by {@code go list -export}.
 */
final class GoDependencies {
  static final String GOPATH = "/usr/share/gocode";
  static final String TESTIFY = "github.com/stretchr/testify/assert";
  /** What programs may import: the standard library and all of testify (assert, require, mock, suite). */
  private static final List<String> IMPORTABLE = List.of("std", "github.com/stretchr/testify/...");
  static final String IMPORTCFG = "importcfg";
  /** Stands for the cache's folder in the stored importcfg: the cache is built elsewhere, then moved. */
  private static final String CACHE_PREFIX = "=$GOCACHE/";

  private static volatile Optional<Toolchain> toolchain;
  private static volatile String sourcesKey;
  private static final Map<Path, String> IMPORTCFGS = new java.util.concurrent.ConcurrentHashMap<>();

  private GoDependencies() {}

  /**
   * @param go the go command, in its GOROOT
   * @param goroot GOROOT, bound into the sandbox when outside /usr
   * @param tools GOTOOLDIR, where {@code compile} and {@code link} are
   * @param version {@code go version}
   */
  record Toolchain(Path go, Path goroot, Path tools, String version) {
    List<Path> binds() {
      return goroot.startsWith("/usr") ? List.of() : List.of(goroot);
    }
  }

  /** The go on PATH, looked up once; empty when Go is not installed. */
  static Optional<Toolchain> toolchain() {
    Optional<Toolchain> known = toolchain;
    if (known == null) {
      known = findToolchain();
      toolchain = known;
    }
    return known;
  }

  private static Optional<Toolchain> findToolchain() {
    Optional<Path> onPath = DependencyCache.onPath("go");
    if (onPath.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> goroot = Toolchains.firstLine(onPath.get().toString(), "env", "GOROOT");
    Optional<String> tools = Toolchains.firstLine(onPath.get().toString(), "env", "GOTOOLDIR");
    Optional<String> version = Toolchains.firstLine(onPath.get().toString(), "version");
    if (goroot.isEmpty() || tools.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    Path root = Path.of(goroot.get()).toAbsolutePath().normalize();
    Path go = root.resolve("bin/go");
    return Optional.of(new Toolchain(Files.isExecutable(go) ? go : onPath.get(), root,
        Path.of(tools.get()).toAbsolutePath().normalize(), version.get()));
  }

  /**
   * The environment of every go command, on the host and in the sandbox alike (the same environment
   * is what makes the warm cache's action ids match): GOPATH mode, no cgo, no user configuration.
   */
  static Map<String, String> environment(Path gocache) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GO111MODULE", "off");
    env.put("GOPATH", GOPATH);
    env.put("CGO_ENABLED", "0");
    env.put("GOENV", "off");
    env.put("GOFLAGS", "");
    env.put("GOTOOLCHAIN", "local");
    env.put("GOCACHE", gocache.toString());
    return env;
  }

  /** Names what the test binaries link from GOPATH: every source file's path, size and time. */
  static String sourcesKey() {
    String known = sourcesKey;
    if (known == null) {
      List<String> files = new ArrayList<>();
      Path src = Path.of(GOPATH, "src");
      if (Files.isDirectory(src)) {
        try (Stream<Path> paths = Files.walk(src)) {
          paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(path -> {
            try {
              files.add(src.relativize(path) + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path));
            } catch (IOException e) {
              files.add(src.relativize(path) + ":?");
            }
          });
        } catch (IOException e) {
          files.add("unreadable");
        }
      }
      known = Program.sha256(String.join("\n", files)).substring(0, 16);
      sourcesKey = known;
    }
    return known;
  }

  /**
   * The warm GOCACHE for this toolchain and these sources, built now if no JVM has yet; its {@value
   * #IMPORTCFG} is {@code gocache.resolveSibling(IMPORTCFG)}.
   */
  static Path warmCache(Toolchain toolchain) throws DependencyException {
    if (!Files.isDirectory(Path.of(GOPATH, "src", TESTIFY))) {
      throw new DependencyException("testify not found under " + GOPATH
          + ": run scripts/install-toolchains.sh (golang-github-stretchr-testify-dev)");
    }
    String key = Program.sha256(toolchain.version() + "\0" + toolchain.goroot() + "\0"
        + environment(Path.of("/")) + "\0" + IMPORTABLE + "\0" + sourcesKey()).substring(0, 16);
    Path dir = DependencyCache.ensure(DependencyCache.root(), "go-" + key, into -> build(toolchain, into));
    return dir.resolve("gocache");
  }

  /** The {@value #IMPORTCFG} of a warm cache, read once. */
  static String importcfg(Path gocache) throws IOException {
    String known = IMPORTCFGS.get(gocache);
    if (known == null) {
      known = inCache(Files.readString(gocache.resolveSibling(IMPORTCFG), StandardCharsets.UTF_8), gocache);
      IMPORTCFGS.put(gocache, known);
    }
    return known;
  }

  private static String inCache(String storedImportcfg, Path gocache) {
    return storedImportcfg.replace(CACHE_PREFIX, "=" + gocache + "/");
  }

  /**
   * {@code go build} of the importable packages fills the cache and {@code go list -export} maps them
   * into the importcfg; a tiny test binary and a tiny program are then built the way programs will be,
   * which checks the whole chain before any program depends on it.
   */
  private static void build(Toolchain toolchain, Path dir) throws IOException, InterruptedException {
    Path gocache = Files.createDirectories(dir.resolve("gocache"));
    Path check = Files.createDirectories(dir.resolve("check"));
    Path log = dir.resolve("build.log");
    Map<String, String> env = new LinkedHashMap<>(environment(gocache));
    env.put("HOME", check.toString());
    env.put("TMPDIR", check.toString());
    String go = toolchain.go().toString();
    List<String> buildAll = new ArrayList<>(List.of(go, "build"));
    buildAll.addAll(IMPORTABLE);
    DependencyCache.runHost(buildAll, check, env, log);
    List<String> list = new ArrayList<>(List.of(go, "list", "-export", "-deps",
        "-f", "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}"));
    list.addAll(IMPORTABLE);
    Path importcfg = dir.resolve(IMPORTCFG);
    DependencyCache.runHost(list, check, env, importcfg, log);
    Files.writeString(importcfg, Files.readString(importcfg, StandardCharsets.UTF_8)
        .replace("=" + gocache + "/", CACHE_PREFIX), StandardCharsets.UTF_8);
    checkBuild(toolchain, importcfg, check, env, log, GoBuildScript.TEST_FILE, """
        package main

        import (
            "testing"
            "github.com/stretchr/testify/assert"
        )

        func TestWarm(t *testing.T) {
            assert.Equal(t, 1, 1)
        }
        """);
    checkBuild(toolchain, importcfg, check, env, log, GoBuildScript.FILE, """
        package main

        import (
            "bufio"
            "fmt"
            "os"
        )

        func main() {
            fmt.Fprintln(bufio.NewWriter(os.Stdout), "warm")
        }
        """);
    DependencyCache.deleteTree(check);
  }

  private static void checkBuild(Toolchain toolchain, Path importcfg, Path check, Map<String, String> env,
      Path log, String file, String source) throws IOException, InterruptedException {
    Files.writeString(check.resolve(file), source, StandardCharsets.UTF_8);
    GoBuildScript script;
    try {
      script = GoBuildScript.write(check, file, source,
          inCache(Files.readString(importcfg, StandardCharsets.UTF_8), check.resolveSibling("gocache")));
    } catch (GoBuildScript.NoTestsException e) {
      throw new IllegalStateException(e);
    }
    DependencyCache.runHost(script.argv(toolchain.tools()), check, env, log);
    Files.delete(check.resolve(script.binary()));
  }
}
