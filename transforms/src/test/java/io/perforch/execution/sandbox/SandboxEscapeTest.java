package io.perforch.execution.sandbox;

import static io.perforch.execution.sandbox.SandboxTestSupport.assertNothingSurvives;
import static io.perforch.execution.sandbox.SandboxTestSupport.bwrap;
import static io.perforch.execution.sandbox.SandboxTestSupport.marker;
import static io.perforch.execution.sandbox.SandboxTestSupport.python;
import static io.perforch.execution.sandbox.SandboxTestSupport.pythonScript;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile programs that try to get out: each probe prints "OPEN" or "BLOCKED <reason>", and the
 * test also checks the host side (no connection accepted, no file created).
 */
class SandboxEscapeTest {

  /** Runs each probe; any exception means the sandbox held. */
  private static final String PROBE_PRELUDE = """
      import os, socket, sys
      def probe(name, action):
          try:
              action()
              print(name, "OPEN")
          except Exception as e:
              print(name, "BLOCKED", type(e).__name__)
      """;

  @TempDir Path workDir;

  private final String marker = marker();

  private RunResult runProbes(String probes) throws Exception {
    Path script = pythonScript(workDir, marker, PROBE_PRELUDE + probes);
    RunResult result = bwrap().run(python(workDir, script).build());
    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.EXITED);
    assertNothingSurvives(marker);
    return result;
  }

  @Test
  void networkIsUnreachableEvenOnLoopback() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      RunResult result =
          runProbes("""
              def connect(host, port):
                  s = socket.socket()
                  s.settimeout(1)
                  s.connect((host, port))
              probe("loopback", lambda: connect("127.0.0.1", %d))
              probe("internet", lambda: connect("1.1.1.1", 53))
              probe("dns", lambda: socket.getaddrinfo("example.com", 80))
              """.formatted(server.getLocalPort()));

      assertThat(result.stdout().lines())
          .allSatisfy(line -> assertThat(line).contains("BLOCKED"))
          .hasSize(3);
      assertThat(acceptedAnything(server)).as("host server saw a connection").isFalse();
    }
  }

  private static boolean acceptedAnything(ServerSocket server) throws Exception {
    try (Socket accepted = server.accept()) {
      return accepted.isConnected();
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  @Test
  void rootHomeAndSecretsAreNotReadable() throws Exception {
    String home = System.getProperty("user.home");
    RunResult result =
        runProbes("""
            probe("root", lambda: os.listdir("/root"))
            probe("home", lambda: os.listdir("/home"))
            probe("user.home", lambda: os.listdir("%s"))
            probe("shadow", lambda: open("/etc/shadow").read())
            probe("hostroot", lambda: os.listdir("/proc/1/root/root"))
            """.formatted(home));

    assertThat(result.stdout().lines()).hasSize(5).allSatisfy(line -> assertThat(line).contains("BLOCKED"));
  }

  @Test
  void writesOutsideTheWorkdirFailOrStayInsideTheSandbox() throws Exception {
    Path hostTmpFile = Path.of("/tmp", marker + "-escape");
    Path besideWorkdir = workDir.resolveSibling(marker + "-escape");
    RunResult result =
        runProbes("""
            probe("tmp", lambda: open("/tmp/%1$s-escape", "w").write("x"))
            probe("usr", lambda: open("/usr/%1$s-escape", "w").write("x"))
            probe("etc", lambda: open("/etc/%1$s-escape", "w").write("x"))
            probe("parent", lambda: open("../%1$s-escape", "w").write("x"))
            probe("rootdir", lambda: open("/%1$s-escape", "w").write("x"))
            probe("dev", lambda: open("/dev/%1$s-escape", "w").write("x"))
            probe("workdir", lambda: open("inside.txt", "w").write("kept"))
            """.formatted(marker));

    // /tmp is the sandbox's own tmpfs: writing there works but reaches nothing on the host.
    assertThat(result.stdout())
        .contains("tmp OPEN", "usr BLOCKED", "etc BLOCKED", "parent BLOCKED", "rootdir BLOCKED", "dev BLOCKED",
            "workdir OPEN");
    assertThat(hostTmpFile).doesNotExist();
    assertThat(besideWorkdir).doesNotExist();
    assertThat(Path.of("/usr", marker + "-escape")).doesNotExist();
    Path inside = workDir.resolve("inside.txt");
    assertThat(inside).hasContent("kept");
    // The workdir was only lent to the sandbox user: its owner gets everything back.
    Object owner = Files.getAttribute(workDir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    assertThat(Files.getAttribute(inside, "unix:uid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(owner);
  }

  @Test
  void programHasNoPrivilegesAndCannotCreateNamespacesOrMounts() throws Exception {
    RunResult result =
        runProbes("""
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            def check(rc):
                if rc != 0:
                    raise OSError(ctypes.get_errno(), "failed")
            status = open("/proc/self/status").read()
            print("uid", os.getuid(), "euid", os.geteuid())
            print([l for l in status.splitlines() if l.startswith(("CapEff", "NoNewPrivs"))])
            probe("setuid0", lambda: os.setuid(0))
            probe("userns", lambda: check(libc.unshare(0x10000000)))
            probe("mount", lambda: check(libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)))
            """);

    String out = result.stdout();
    assertThat(out).doesNotContain("uid 0 ").contains("CapEff:\\t0000000000000000", "NoNewPrivs:\\t1");
    assertThat(out.lines().filter(line -> line.contains("OPEN") || line.contains("BLOCKED")))
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("BLOCKED"));
  }

  @Test
  void programCannotKillTheSupervisorOrForgeItsReport() throws Exception {
    Path script =
        pythonScript(workDir, marker, """
            import os, signal, sys
            for sig in (signal.SIGKILL, signal.SIGTERM):
                try:
                    os.kill(1, sig)
                except OSError:
                    pass
            try:
                with open("/.perforch/out/result", "w") as f:
                    f.write("exit=0 signal=0 killed_by=none wall_ns=1 user_ns=1 sys_ns=1 maxrss_kb=1 "
                            "peak_rss=1 mean_rss=1 peak_vm=1 peak_tasks=1 samples=1 error=\\n")
            except OSError:
                pass
            sys.exit(7)
            """);

    RunResult result = bwrap().run(python(workDir, script).build());

    assertThat(result.status()).as(result.toString()).isEqualTo(RunStatus.EXITED);
    assertThat(result.exitCode()).isEqualTo(7);
    assertThat(result.peakRssBytes()).isGreaterThan(1);
    assertNothingSurvives(marker);
  }

  @Test
  void readOnlyBindIsVisibleButNotWritable(@TempDir Path toolchain) throws Exception {
    // Toolchain dirs are world-readable; under a root JVM the program runs as a throwaway uid.
    Files.setPosixFilePermissions(toolchain, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(toolchain.resolve("tool.txt"), "v1");
    Path script =
        pythonScript(workDir, marker, PROBE_PRELUDE + """
            print(open("%1$s/tool.txt").read())
            probe("write", lambda: open("%1$s/tool.txt", "w").write("v2"))
            """.formatted(toolchain));

    RunResult result =
        bwrap().run(python(workDir, script).readOnlyBind(toolchain).build());

    assertThat(result.stdout()).startsWith("v1\n").contains("write BLOCKED");
    assertThat(toolchain.resolve("tool.txt")).hasContent("v1");
  }
}
