package io.perforch.execution.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the bwrap command line: what the program can see, and which namespaces it gets.
 *
 * <p>Filesystem: a fresh root with read-only /usr (plus the /bin, /lib* symlinks or dirs), /etc
 * with password hashes and host keys masked, a minimal read-only /dev, a /proc of its own PID
 * namespace, size-capped /tmp and /dev/shm tmpfs, the workdir at {@value #WORK_DIR} (the only writable host directory),
 * and extra read-only binds at their host paths. /root and /home are simply never mounted. The root
 * itself is remounted read-only so nothing can be created beside the mounts.
 */
final class BubblewrapCommand {

  /**
   * Where PerfOrch's own mounts go. Read-only binds keep their host paths, and bwrap creates their
   * mount points inside whatever is mounted above them: a workdir at a common path such as /work
   * would fill with the host's directories (/work/main for a checkout at /work/main) and collide
   * with the program's files. Nothing on a host lives under this directory.
   */
  static final String OWN_ROOT = "/.perforch";
  static final String WORK_DIR = OWN_ROOT + "/work";
  static final String SUPERVISOR = OWN_ROOT + "/supervisor";
  static final String OUT_DIR = OWN_ROOT + "/out";
  static final String RESULT_FILE = OUT_DIR + "/result";

  private static final List<String> LIB_DIRS =
      List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
  private static final List<String> MASKED_FILES =
      List.of("/etc/shadow", "/etc/shadow-", "/etc/gshadow", "/etc/gshadow-", "/etc/sudoers");
  private static final List<String> MASKED_DIRS =
      List.of("/etc/ssh", "/etc/sudoers.d", "/etc/ssl/private");

  private final List<String> args = new ArrayList<>();

  private BubblewrapCommand(Path bwrap) {
    args.add(bwrap.toString());
  }

  /**
   * @param rootMode the JVM runs as root: no user namespace (its uid would map to root, which
   *     RLIMIT_NPROC ignores); the supervisor keeps CAP_SETUID/SETGID to drop to a throwaway uid
   *     and CAP_KILL to kill that uid's processes, and drops both itself on exec
   * @param identityFiles passwd and group files naming the throwaway uid, bound over /etc's
   */
  static List<String> build(
      Path bwrap,
      BubblewrapFeatures features,
      boolean rootMode,
      RunRequest request,
      Path supervisor,
      Path outDir,
      Optional<SandboxUser.IdentityFiles> identityFiles,
      List<String> supervisorCommand) {
    BubblewrapCommand command = new BubblewrapCommand(bwrap);
    command.namespaces(features, rootMode);
    command.systemMounts(features, request.limits());
    identityFiles.ifPresent(
        files -> {
          command.add("--ro-bind", files.passwd().toString(), "/etc/passwd");
          command.add("--ro-bind", files.group().toString(), "/etc/group");
        });
    Set<Path> created = new HashSet<>();
    command.traversableParents(features, Path.of(WORK_DIR), created);
    command.add("--bind", request.workDir().toString(), WORK_DIR);
    for (Path bind : request.readOnlyBinds()) {
      if (bind.startsWith(OWN_ROOT)) {
        throw new IllegalArgumentException("cannot bind " + bind + " into the sandbox: " + OWN_ROOT
            + " is where the sandbox mounts its work directory");
      }
      command.traversableParents(features, bind, created);
      command.add("--ro-bind", bind.toString(), bind.toString());
    }
    command.add("--ro-bind", supervisor.toString(), SUPERVISOR);
    command.add("--bind", outDir.toString(), OUT_DIR);
    command.add("--remount-ro", "/");
    command.args.add("--");
    command.args.addAll(supervisorCommand);
    return List.copyOf(command.args);
  }

  private void namespaces(BubblewrapFeatures features, boolean rootMode) {
    add("--die-with-parent", "--new-session", "--as-pid-1");
    if (rootMode) {
      add("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try");
      add("--cap-drop", "ALL");
      add("--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_KILL");
    } else {
      add("--unshare-all", "--unshare-user", "--cap-drop", "ALL");
      if (features.disableUserns()) {
        add("--disable-userns"); // the supervisor's seccomp filter blocks this too
      }
    }
    add("--hostname", "perforch-sandbox");
  }

  private void systemMounts(BubblewrapFeatures features, SandboxLimits limits) {
    add("--ro-bind", "/usr", "/usr");
    for (String dir : LIB_DIRS) {
      Path path = Path.of(dir);
      if (Files.isSymbolicLink(path)) {
        add("--symlink", readLink(path), dir);
      } else if (Files.isDirectory(path)) {
        add("--ro-bind", dir, dir);
      }
    }
    add("--ro-bind", "/etc", "/etc");
    for (String file : MASKED_FILES) {
      if (Files.isRegularFile(Path.of(file))) {
        add("--ro-bind", "/dev/null", file);
      }
    }
    for (String dir : MASKED_DIRS) {
      if (Files.isDirectory(Path.of(dir))) {
        add("--tmpfs", dir, "--remount-ro", dir);
      }
    }
    add("--proc", "/proc", "--dev", "/dev");
    // tmpfs pages are in no process's RSS, so each writable tmpfs is capped like one more file.
    // /dev itself goes read-only: under a user namespace its tmpfs belongs to the program.
    sharedTmpfs(features, limits, "/dev/shm"); // POSIX semaphores (multiprocessing) need it
    add("--remount-ro", "/dev");
    sharedTmpfs(features, limits, "/tmp");
  }

  /**
   * bwrap creates the missing parents of a bind point with mode 0700, owned by root: the throwaway uid
   * could not reach a cache under /root or /var/tmp. Create them 0755 first (bound system trees, /usr
   * and /etc, already exist and are left alone).
   */
  private void traversableParents(BubblewrapFeatures features, Path bind, Set<Path> created) {
    if (!features.perms()) {
      return;
    }
    Path parent = bind.getParent();
    List<Path> chain = new ArrayList<>();
    for (Path p = parent; p != null && p.getParent() != null; p = p.getParent()) {
      chain.add(0, p);
    }
    for (Path dir : chain) {
      if (dir.startsWith("/usr") || dir.startsWith("/etc") || !created.add(dir)) {
        continue;
      }
      add("--perms", "0755", "--dir", dir.toString());
    }
  }

  private void sharedTmpfs(BubblewrapFeatures features, SandboxLimits limits, String dir) {
    if (features.perms()) {
      add("--perms", "1777");
    }
    if (features.size()) {
      add("--size", String.valueOf(limits.maxFileSizeBytes()));
    }
    add("--tmpfs", dir);
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read symlink " + link, e);
    }
  }

  private void add(String... values) {
    args.addAll(List.of(values));
  }

  /** Rewrites host paths inside the workdir to where the sandbox mounts it. */
  static List<String> translateArgv(List<String> argv, Path hostWorkDir) {
    List<String> translated = new ArrayList<>(argv.size());
    for (String arg : argv) {
      translated.add(translate(arg, hostWorkDir));
    }
    return translated;
  }

  /** The same rewriting for the values of environment variables (a file the program is to write). */
  static Map<String, String> translateEnvironment(Map<String, String> environment, Path hostWorkDir) {
    Map<String, String> translated = new LinkedHashMap<>();
    environment.forEach((name, value) -> translated.put(name, translate(value, hostWorkDir)));
    return translated;
  }

  private static String translate(String value, Path hostWorkDir) {
    String host = hostWorkDir.toString();
    if (value.equals(host)) {
      return WORK_DIR;
    }
    return value.startsWith(host + "/") ? WORK_DIR + value.substring(host.length()) : value;
  }
}
