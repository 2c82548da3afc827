package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.models.providers.FakeProviderServer;
import io.perforch.models.providers.FakeProviderServer.Reply;
import io.perforch.profiling.ProfileFiles;
import io.perforch.profiling.model.ProfileRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a user would meet it: a model whose every answer is {@code import os; os._exit(0)}
 * (served by a local server speaking the OpenAI wire format) is profiled beside a simulated model that
 * answers correctly most of the time. It used to top the leaderboard at 100%, faster than the correct one.
 */
class RewardHackingProfileTest {
  @TempDir Path dir;

  @Test
  void aModelThatOnlyExitsEarlyPassesNothingAndIsNotRankedFirst() throws Exception {
    String exitReply = "```python\\nimport os\\nos._exit(0)\\n```";
    try (FakeProviderServer server = new FakeProviderServer()) {
      server.always(Reply.of(200, """
          {"choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"%s"}}],
           "usage":{"prompt_tokens":50,"completion_tokens":8}}""".formatted(exitReply)));
      Path fleet = dir.resolve("fleet.yaml");
      Files.writeString(fleet, """
          models:
            - {id: exit-zero, provider: openai, model: m, endpoint: %s, api_key_env: none}
            - id: sim-strong
              provider: simulated
              simulated: {seed: 1, default: 0.9}
          """.formatted(server.base("/v1")));
      Path out = dir.resolve("run");

      CliRun run = CliRun.of("profile", "--fleet", fleet.toString(), "--dataset", "sample", "--languages", "python",
          "--limit", "3", "--stages", "generate", "--out", out.toString(),
          "--cache-dir", dir.resolve("cache").toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(server.requests()).isEqualTo(3);
      List<ProfileRow> rows = ProfileFiles.read(out.toString());
      ProfileRow hacked = rows.stream()
          .filter(row -> row.getModel().equals("exit-zero") && row.getCategory().equals("all")).findFirst().orElseThrow();
      assertThat(hacked.getPassRate()).isZero();
      assertThat(run.out()).contains("python  generate  sim-strong");
    }
  }
}
