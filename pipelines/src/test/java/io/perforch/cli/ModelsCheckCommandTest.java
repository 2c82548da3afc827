package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.models.providers.FakeProviderServer;
import io.perforch.models.providers.FakeProviderServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCheckCommandTest {
  @TempDir Path dir;

  @Test
  void theShippedSimulatedFleetPassesOffline() {
    CliRun run = CliRun.of("models", "check", "--fleet", "../runner-configs/models/simulated.yaml");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out()).contains("sim-python-ace").contains("reachable").contains("7 of 7 models reachable");
  }

  @Test
  void eachModelsProblemIsNamedAndTheExitCodeSaysSomethingFailed() throws Exception {
    try (FakeProviderServer ok = new FakeProviderServer(); FakeProviderServer refusing = new FakeProviderServer()) {
      ok.always(Reply.of(200, """
          {"choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"ok"}}],
           "usage":{"prompt_tokens":9,"completion_tokens":1}}"""));
      refusing.always(Reply.of(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}"));
      Path fleet = dir.resolve("fleet.yaml");
      Files.writeString(fleet, """
          models:
            - {id: up, provider: openai, model: m, endpoint: %s, api_key_env: none}
            - {id: refused, provider: openai, model: m, endpoint: %s, api_key_env: none}
            - {id: no-key, provider: anthropic, model: claude-haiku-4-5, api_key_env: PERFORCH_TEST_UNSET_KEY}
          """.formatted(ok.base("/v1"), refusing.base("/v1")));

      CliRun run = CliRun.of("models", "check", "--fleet", fleet.toString(), "--timeout", "5");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).containsPattern("up +openai +reachable")
          .containsPattern("refused +openai +auth failed .*Incorrect API key")
          .containsPattern("no-key +anthropic +auth failed .*PERFORCH_TEST_UNSET_KEY")
          .contains("1 of 3 models reachable");
    }
  }

  @Test
  void anUnknownModelIsAUsageError() {
    CliRun run = CliRun.of("models", "check", "--fleet", "../runner-configs/models/simulated.yaml", "--model", "gpt-9");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no model 'gpt-9'");
  }
}
