package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.beam.sdk.io.FileSystems;
import org.junit.jupiter.api.Test;

/** Which commands pay for registering Beam's remote FileSystems. */
class RemoteFileSystemsTest {
  @Test
  void onlyArgumentsNamingARemotePathNeedThem() {
    assertThat(RemoteFileSystems.named(new String[] {"--help"})).isFalse();
    assertThat(RemoteFileSystems.named(new String[] {"datasets", "list"})).isFalse();
    assertThat(RemoteFileSystems.named(new String[] {"validate", "--dataset", "file:///data/x.jsonl"})).isFalse();
    assertThat(RemoteFileSystems.named(new String[] {"models", "list", "--fleet", "gs://bucket/fleet.yaml"})).isTrue();
    assertThat(RemoteFileSystems.named(new String[] {"profile", "--out=gs://bucket/run"})).isTrue();
  }

  @Test
  void aRemotePathArgumentRegistersItsFileSystem() {
    RemoteFileSystems.registerIfNamed(new String[] {"leaderboard", "--profile", "gs://bucket/run"});

    assertThat(FileSystems.matchNewResource("gs://bucket/run/profile.avro", false).getScheme()).isEqualTo("gs");
  }
}
