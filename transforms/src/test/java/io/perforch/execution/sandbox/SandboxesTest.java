package io.perforch.execution.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxesTest {

  @TempDir Path tempDir;

  @Test
  void defaultModeIsBubblewrap() {
    assertThat(Sandboxes.create(null).mode()).isEqualTo("bwrap");
    assertThat(Sandboxes.create(" BWRAP ").mode()).isEqualTo("bwrap");
  }

  @Test
  void noneGivesTheUnsandboxedRunner() {
    assertThat(Sandboxes.create("none")).isInstanceOf(UnsandboxedRunner.class);
  }

  @Test
  void unknownModeIsRejected() {
    assertThatThrownBy(() -> Sandboxes.create("docker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bwrap")
        .hasMessageContaining("none");
  }

  @Test
  void missingBwrapSaysHowToInstallOrOptOut() {
    Path missing = tempDir.resolve("no-such-bwrap");

    assertThatThrownBy(() -> Sandboxes.create("bwrap", missing))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("bwrap not found at " + missing)
        .hasMessageContaining("apt-get install bubblewrap")
        .hasMessageContaining("--sandbox none")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void bwrapThatCannotBuildASandboxIsUnavailable() throws Exception {
    // Looks like bubblewrap to --help, but fails like a kernel without user namespaces.
    Path fake = tempDir.resolve("bwrap");
    Files.writeString(
        fake,
        """
        #!/bin/sh
        if [ "$1" = --help ]; then echo "usage: bwrap --unshare-pid"; exit 0; fi
        echo "bwrap: No permissions to creating new namespace" >&2
        exit 1
        """);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> Sandboxes.create("bwrap", fake))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("cannot create a sandbox here")
        .hasMessageContaining("No permissions to creating new namespace")
        .hasMessageContaining("apt-get install bubblewrap")
        .hasMessageContaining("--sandbox none")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void somethingThatIsNotBwrapIsUnavailable() {
    assertThatThrownBy(() -> Sandboxes.create("bwrap", Path.of("/bin/true")))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("apt-get install bubblewrap");
  }
}
