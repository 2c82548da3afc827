package io.perforch.datasets.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.testing.StaticHttpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFetcherTest {
  private static final byte[] PYTHON = "{\"task_id\": \"Python/0\"}\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] RUST = "{\"task_id\": \"Rust/0\"}\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;
  private final List<String> progress = new ArrayList<>();

  @Test
  void downloadsVerifiesAndSkipsWhatIsAlreadyThere() throws Exception {
    try (StaticHttpServer server = new StaticHttpServer()) {
      server.serve("/python/a.jsonl", PYTHON).serve("/rust/b.jsonl", RUST);
      DatasetInfo info = dataset(server.baseUrl(), sha256(PYTHON), sha256(RUST));

      new DatasetFetcher(progress::add).fetch(info, tmp, null);
      new DatasetFetcher(progress::add).fetch(info, tmp, null);

      assertThat(tmp.resolve("a.jsonl")).hasBinaryContent(PYTHON);
      assertThat(tmp.resolve("b.jsonl")).hasBinaryContent(RUST);
      assertThat(server.requests()).isEqualTo(2);
      assertThat(progress).contains("  a.jsonl: already present, checksum ok");
    }
  }

  @Test
  void aChecksumMismatchKeepsNothing() throws Exception {
    try (StaticHttpServer server = new StaticHttpServer()) {
      server.serve("/python/a.jsonl", PYTHON).serve("/rust/b.jsonl", "tampered".getBytes(StandardCharsets.UTF_8));
      DatasetInfo info = dataset(server.baseUrl(), sha256(PYTHON), sha256(RUST));

      assertThatThrownBy(() -> new DatasetFetcher(progress::add).fetch(info, tmp, null))
          .isInstanceOf(DatasetFetchException.class)
          .hasMessageContaining("b.jsonl from " + server.baseUrl() + "rust/b.jsonl has SHA-256")
          .hasMessageContaining("nothing was kept");
      assertThat(tmp.resolve("b.jsonl")).doesNotExist();
      assertThat(tmp.resolve("b.jsonl.part")).doesNotExist();
    }
  }

  @Test
  void offlineFailsWithTheUrlAndTheLocalCopyOption() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DatasetInfo info = dataset("http://127.0.0.1:" + closedPort + "/", sha256(PYTHON), sha256(RUST));

    assertThatThrownBy(() -> new DatasetFetcher(progress::add).fetch(info, tmp, null))
        .isInstanceOf(DatasetFetchException.class)
        .hasMessageContaining("cannot download demo from http://127.0.0.1:" + closedPort + "/python/a.jsonl")
        .hasMessageContaining("--path DIR");
  }

  @Test
  void httpErrorsAreReported() throws Exception {
    try (StaticHttpServer server = new StaticHttpServer()) {
      DatasetInfo info = dataset(server.baseUrl(), sha256(PYTHON), sha256(RUST));

      assertThatThrownBy(() -> new DatasetFetcher(progress::add).fetch(info, tmp, null))
          .hasMessageContaining("HTTP 404");
    }
  }

  @Test
  void aMirrorReplacesTheBaseUrl() throws Exception {
    try (StaticHttpServer server = new StaticHttpServer()) {
      server.serve("/mirror/python/a.jsonl", PYTHON).serve("/mirror/rust/b.jsonl", RUST);
      DatasetInfo info = dataset("http://invalid.invalid/", sha256(PYTHON), sha256(RUST));

      new DatasetFetcher(progress::add).fetch(info, tmp, server.baseUrl() + "mirror");

      assertThat(tmp.resolve("b.jsonl")).hasBinaryContent(RUST);
    }
  }

  @Test
  void datasetsWithoutPinnedFilesExplainHowToGetThem() {
    DatasetInfo effibench = DatasetCatalog.find("effibench-x").orElseThrow();

    assertThatThrownBy(() -> new DatasetFetcher(progress::add).fetch(effibench, tmp, null))
        .hasMessageContaining("hf_dataset.py download")
        .hasMessageContaining("--path");
  }

  private static DatasetInfo dataset(String base, String pythonSha, String rustSha) {
    return new DatasetInfo("demo", "demo", DatasetFormat.HUMANEVAL_X, base,
        List.of(new RemoteFile("a.jsonl", "python/a.jsonl", pythonSha, "python"),
            new RemoteFile("b.jsonl", "rust/b.jsonl", rustSha, "rust")),
        null);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

}
