package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.models.providers.FakeProviderServer;
import io.perforch.models.providers.FakeProviderServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** perforch generate against a local server speaking OpenAI's wire format, recorded, then replayed. */
class GenerateCommandTest {
  @TempDir Path dir;

  /** A chat model's typical answer: a sentence and the whole function in a tagged fence. */
  private static final String REPLY = """
      {"id":"chatcmpl-1","object":"chat.completion","model":"coder-7b",
       "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant",
         "content":"Here is a solution:\\n\\n```python\\ndef solve(*args):\\n    return None\\n```\\n"}}],
       "usage":{"prompt_tokens":180,"completion_tokens":24,"total_tokens":204}}""";

  private Path fleet(FakeProviderServer server) throws Exception {
    Path fleet = dir.resolve("fleet.yaml");
    Files.writeString(fleet, """
        models:
          - id: local-coder
            provider: openai
            model: coder-7b
            endpoint: %s
            api_key_env: none
            price_per_million: {input: 1.0, output: 2.0}
          - id: sim-generalist
            provider: simulated
            simulated: {seed: 5, default: 0.6}
        """.formatted(server.base("/v1")));
    return fleet;
  }

  @Test
  void aReplayedRunWritesTheRecordedRunsSamplesByteForByteWithoutTheNetwork() throws Exception {
    Path recorded = dir.resolve("recorded.jsonl");
    Path replayed = dir.resolve("replayed.jsonl");
    Path store = dir.resolve("store");
    Path fleet;
    try (FakeProviderServer server = new FakeProviderServer()) {
      server.always(Reply.of(200, REPLY));
      fleet = fleet(server);

      CliRun record = CliRun.of("generate", "--fleet", fleet.toString(), "--model", "local-coder",
          "--dataset", "sample", "--languages", "python,go", "--limit", "2", "--samples", "2",
          "--cache", store.toString(), "--out", recorded.toString());

      assertThat(record.exitCode()).as(record.err()).isZero();
      assertThat(server.requests()).isEqualTo(8);
    }
    // the server is gone: only the store can answer now
    CliRun replay = CliRun.of("generate", "--fleet", fleet.toString(), "--model", "local-coder",
        "--dataset", "sample", "--languages", "python,go", "--limit", "2", "--samples", "2",
        "--replay", store.toString(), "--out", replayed.toString());

    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(Files.readAllBytes(replayed)).isEqualTo(Files.readAllBytes(recorded));
    String first = Files.readAllLines(recorded).get(0);
    assertThat(first).contains("\"model\":\"local-coder\"").contains("\"form\":\"continuation\"")
        .contains("\"input_tokens\":180").contains("\"cost_usd\":2.28E-4");
  }

  @Test
  void aReplayWithoutTheAnswerRecordsAnErrorRowInsteadOfAnAnswer() throws Exception {
    Path out = dir.resolve("missing.jsonl");
    try (FakeProviderServer server = new FakeProviderServer()) {
      CliRun replay = CliRun.of("generate", "--fleet", fleet(server).toString(), "--model", "local-coder",
          "--dataset", "sample", "--languages", "python", "--limit", "1",
          "--replay", dir.resolve("empty-store").toString(), "--out", out.toString());

      assertThat(replay.exitCode()).isEqualTo(1);
      assertThat(server.requests()).isZero();
    }
    assertThat(Files.readString(out)).contains("\"error\":\"REPLAY_MISS").doesNotContain("completion");
  }

  @Test
  void simulatedSamplesAreDeterministicAndEvaluateJudgesThem() throws Exception {
    Path once = dir.resolve("once.jsonl");
    Path twice = dir.resolve("twice.jsonl");
    try (FakeProviderServer server = new FakeProviderServer()) {
      String fleet = fleet(server).toString();
      for (Path out : new Path[] {once, twice}) {
        CliRun run = CliRun.of("generate", "--fleet", fleet, "--model", "sim-generalist", "--dataset", "sample",
            "--languages", "python", "--limit", "4", "--samples", "3", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
      }
    }
    assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once));

    CliRun evaluate = CliRun.of("evaluate", "--dataset", "sample", "--languages", "python",
        "--samples", once.toString(), "--k", "1,3", "--cache-dir", dir.resolve("cache").toString());

    assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
    assertThat(evaluate.out()).contains("python      4 tasks,    12 samples").contains("pass@3");
  }
}
