package io.perforch.execution.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BubblewrapCommandTest {

  private static final BubblewrapFeatures ALL = new BubblewrapFeatures(true, true, true);

  private static List<String> build(boolean rootMode) {
    RunRequest request =
        RunRequest.builder(Path.of("/tmp/w")).command("prog").readOnlyBind(Path.of("/opt/tool")).build();
    return BubblewrapCommand.build(
        Path.of("/usr/bin/bwrap"), ALL, rootMode, request, Path.of("/cache/sup"), Path.of("/tmp/out"),
        Optional.empty(), List.of("/.perforch/supervisor", "--", "prog"));
  }

  @Test
  void rootModeUsesNoUserNamespaceAndKeepsOnlyWhatTheSupervisorNeeds() {
    List<String> args = build(true);

    assertThat(args).contains("--unshare-net", "--unshare-pid", "--die-with-parent", "--new-session", "--as-pid-1")
        .doesNotContain("--unshare-user", "--unshare-all");
    assertThat(String.join(" ", args))
        .contains("--cap-drop ALL --cap-add CAP_SETUID --cap-add CAP_SETGID --cap-add CAP_KILL");
  }

  @Test
  void userModeUnsharesEverythingAndDisablesNestedUserNamespaces() {
    assertThat(build(false)).contains("--unshare-all", "--unshare-user", "--disable-userns")
        .doesNotContain("--cap-add");
  }

  @Test
  void mountsOnlyTheSystemTheWorkdirAndTheRequestedBinds() {
    String joined = String.join(" ", build(true));

    assertThat(joined)
        .contains("--ro-bind /usr /usr", "--ro-bind /etc /etc", "--bind /tmp/w /.perforch/work",
            "--ro-bind /opt/tool /opt/tool", "--ro-bind /cache/sup /.perforch/supervisor",
            "--tmpfs /tmp", "--remount-ro /")
        .doesNotContain(" /root", " /home");
    assertThat(joined.indexOf("--remount-ro / ")).isGreaterThan(joined.indexOf("--bind /tmp/out"));
    assertThat(joined).endsWith("-- /.perforch/supervisor -- prog");
  }

  @Test
  void argvPathsInTheWorkdirAreTranslated() {
    assertThat(BubblewrapCommand.translateArgv(
            List.of("python3", "/tmp/w/main.py", "/tmp/w", "/tmp/wx", "rel.py"), Path.of("/tmp/w")))
        .containsExactly("python3", "/.perforch/work/main.py", "/.perforch/work", "/tmp/wx", "rel.py");
  }

  @Test
  void hostPathsUnderACommonWorkFolderStayOutOfTheSandboxWorkDirectory() {
    // a checkout at /work/main: its caches are bound at their host paths, and must not appear in the
    // program's work directory (a Go or Rust binary called main collided with the folder bwrap made)
    RunRequest request = RunRequest.builder(Path.of("/tmp/w")).command("prog")
        .readOnlyBind(Path.of("/work/main/target/test-cache/deps")).build();
    List<String> args = BubblewrapCommand.build(Path.of("/usr/bin/bwrap"), ALL, true, request, Path.of("/cache/sup"),
        Path.of("/tmp/out"), Optional.empty(), List.of("prog"));

    String workDir = args.get(args.indexOf("/tmp/w") + 1);
    assertThat(Path.of("/work/main/target/test-cache/deps").startsWith(Path.of(workDir))).as(workDir).isFalse();
  }

  @Test
  void aBindInsideTheSandboxOwnFolderIsRefused() {
    RunRequest request = RunRequest.builder(Path.of("/tmp/w")).command("prog")
        .readOnlyBind(Path.of("/.perforch/work/x")).build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BubblewrapCommand.build(Path.of("/usr/bin/bwrap"), ALL,
            true, request, Path.of("/cache/sup"), Path.of("/tmp/out"), Optional.empty(), List.of("prog")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/.perforch");
  }
}
