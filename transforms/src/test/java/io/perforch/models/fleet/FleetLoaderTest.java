package io.perforch.models.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.perforch.datasets.model.Language;
import io.perforch.models.Fleet;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.SimulatedProfile;
import io.perforch.models.Stage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetLoaderTest {
  @TempDir Path tmp;

  @Test
  void readsEveryFieldAndFillsInDefaults() throws Exception {
    Path file = write("""
        defaults:
          timeout_seconds: 60
          max_tokens: 4096
        models:
          - id: full
            provider: openai
            model: gpt-4.1
            endpoint: https://llm.example.test/v1/
            api_key_env: MY_KEY
            price_per_million: {input: 2.0, output: 8}
            max_concurrency: 3
            requests_per_minute: 500
            tokens_per_minute: 1_000
            timeout_seconds: 30
            temperature: 0
            max_tokens: 100
          - id: sonnet
            provider: anthropic
            model: claude-sonnet-4-5
          - id: flash
            provider: gemini
            model: gemini-2.5-flash
          - id: local
            provider: openai-compatible
            model: qwen2.5-coder:7b
            endpoint: http://localhost:11434/v1
            api_key_env: none
        """);

    Fleet fleet = FleetLoader.load(file.toString());

    assertThat(fleet.source()).isEqualTo(file.toString());
    assertThat(fleet.sha256()).isEqualTo(sha256(Files.readAllBytes(file)));
    assertThat(fleet.ids()).containsExactly("full", "sonnet", "flash", "local");
    assertThat(fleet.model("full")).isEqualTo(new ModelSpec("full", Provider.OPENAI, "gpt-4.1",
        URI.create("https://llm.example.test/v1"), "MY_KEY", new Pricing(2, 8), 3, 500, 1000,
        Duration.ofSeconds(30), 0.0, 100, null));
    assertThat(fleet.model("sonnet")).isEqualTo(new ModelSpec("sonnet", Provider.ANTHROPIC, "claude-sonnet-4-5",
        URI.create("https://api.anthropic.com"), "ANTHROPIC_API_KEY", Pricing.FREE, 4, 0, 0,
        Duration.ofSeconds(60), 0.2, 4096, null));
    ModelSpec flash = fleet.model("flash");
    assertThat(flash.endpoint()).isEqualTo(URI.create("https://generativelanguage.googleapis.com"));
    assertThat(flash.apiKeyEnv()).isEqualTo("GEMINI_API_KEY");
    ModelSpec local = fleet.model("local");
    assertThat(local.provider()).isEqualTo(Provider.OPENAI);
    assertThat(local.apiKeyEnv()).isNull();
    assertThat(local.model()).isEqualTo("qwen2.5-coder:7b");
  }

  @Test
  void openAiDefaultsApplyToAnOpenAiModelThatGivesOnlyItsName() {
    ModelSpec model = FleetLoader.parse("inline.yaml", bytes("""
        models:
          - {id: gpt-4o, provider: openai, model: gpt-4o}
        """)).model("gpt-4o");

    assertThat(model.endpoint()).isEqualTo(URI.create("https://api.openai.com/v1"));
    assertThat(model.apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
    assertThat(model.timeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(model.maxTokens()).isEqualTo(2048);
  }

  @Test
  void readsASimulatedProfile() {
    Fleet fleet = FleetLoader.parse("sim.yaml", bytes("""
        defaults:
          endpoint: http://ignored.example.test/v1   # not for simulated models
        models:
          - id: sim
            provider: simulated
            price_per_million: {input: 1, output: 2}
            simulated:
              seed: 7
              default: 0.3
              skill:
                python: {generate: 0.9, fix: 0.7, refine: 0.5}
                java: 0.4
                golang: {fix: 0.6}
              slow_share: 0.25
        """));

    ModelSpec sim = fleet.model("sim");
    assertThat(sim.model()).isEqualTo("sim");
    assertThat(sim.endpoint()).isNull();
    assertThat(sim.apiKeyEnv()).isNull();
    assertThat(sim.pricing()).isEqualTo(new Pricing(1, 2));
    SimulatedProfile profile = sim.simulated();
    assertThat(profile.seed()).isEqualTo(7);
    assertThat(profile.slowShare()).isEqualTo(0.25);
    assertThat(profile.skill(Language.PYTHON, Stage.GENERATE)).isEqualTo(0.9);
    assertThat(profile.skill(Language.PYTHON, Stage.REFINE)).isEqualTo(0.5);
    assertThat(profile.skill(Language.JAVA, Stage.FIX)).isEqualTo(0.4);
    assertThat(profile.skill(Language.GO, Stage.FIX)).isEqualTo(0.6);
    assertThat(profile.skill(Language.GO, Stage.GENERATE)).isEqualTo(0.3);
    assertThat(profile.skill(Language.RUST, Stage.REFINE)).isEqualTo(0.3);
  }

  @Test
  void simulatedModelsWithoutASeedStillGetDifferentOnes() {
    Fleet fleet = FleetLoader.parse("sim.yaml", bytes("""
        defaults:
          provider: simulated
          simulated: {default: 0.5}
        models:
          - id: twin-a
          - id: twin-b
        """));

    long seedA = fleet.model("twin-a").simulated().seed();
    assertThat(seedA).isNotEqualTo(fleet.model("twin-b").simulated().seed());
    assertThat(FleetLoader.parse("again.yaml", bytes("""
        models:
          - {id: twin-a, provider: simulated, simulated: {default: 0.5}}
        """)).model("twin-a").simulated().seed()).isEqualTo(seedA);
  }

  @Test
  void aMissingFileSaysSo() {
    String path = tmp.resolve("none.yaml").toString();

    FleetFormatException e = catchThrowableOfType(() -> FleetLoader.load(path), FleetFormatException.class);

    assertThat(e).hasMessage(path + ": no such file");
  }

  @Test
  void theSha256IsOfTheFileBytes() throws Exception {
    Path file = write("models: [{id: a, provider: openai, model: m}]\n");
    Path same = tmp.resolve("copy.yaml");
    Files.copy(file, same);
    Path other = tmp.resolve("other.yaml");
    Files.writeString(other, "models: [{id: a, provider: openai, model: m}]  # a comment\n");

    assertThat(FleetLoader.load(same.toString()).sha256()).isEqualTo(FleetLoader.load(file.toString()).sha256());
    assertThat(FleetLoader.load(other.toString()).sha256())
        .isNotEqualTo(FleetLoader.load(file.toString()).sha256());
  }

  private Path write(String yaml) throws Exception {
    Path file = tmp.resolve("fleet.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  static byte[] bytes(String yaml) {
    return yaml.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
