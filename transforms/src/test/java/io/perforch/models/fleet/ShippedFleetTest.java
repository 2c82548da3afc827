package io.perforch.models.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.models.Fleet;
import io.perforch.models.ModelSpec;
import io.perforch.models.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example fleet in runner-configs/models/ loads, and covers the providers it says it does. */
class ShippedFleetTest {
  private static final Path FLEET = Path.of("..", "runner-configs", "models", "fleet.yaml");

  @Test
  void loadsSeventeenModels() {
    assertThat(FLEET).exists();

    Fleet fleet = FleetLoader.load(FLEET.toString());

    assertThat(fleet.models()).hasSize(17);
    assertThat(fleet.ids()).doesNotHaveDuplicates();
    assertThat(fleet.sha256()).hasSize(64);
  }

  @Test
  void coversEveryProviderKind() {
    List<ModelSpec> models = FleetLoader.load(FLEET.toString()).models();

    assertThat(models).extracting(ModelSpec::provider)
        .contains(Provider.OPENAI, Provider.ANTHROPIC, Provider.GEMINI)
        .doesNotContain(Provider.SIMULATED);
    // OpenAI, Anthropic, Google, DeepSeek, Mistral, Qwen (DashScope), Llama (Together), Ollama, vLLM.
    assertThat(models).extracting(model -> model.endpoint().getAuthority()).contains(
        "api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com", "api.deepseek.com",
        "api.mistral.ai", "dashscope-intl.aliyuncs.com", "api.together.xyz", "localhost:11434",
        "localhost:8000");
  }

  @Test
  void hostedModelsHaveAKeyVariableAndAPriceAndLocalOnesNeither() {
    for (ModelSpec model : FleetLoader.load(FLEET.toString()).models()) {
      boolean local = model.endpoint().getHost().equals("localhost");
      assertThat(model.apiKeyEnv() == null).as(model.id()).isEqualTo(local);
      assertThat(model.pricing().outputPerMillion() > 0).as(model.id()).isEqualTo(!local);
      assertThat(model.pricing().inputPerMillion()).as(model.id()).isLessThanOrEqualTo(
          model.pricing().outputPerMillion());
    }
  }

  @Test
  void holdsNoKeys() throws Exception {
    String text = Files.readString(FLEET);

    assertThat(text).doesNotContainPattern("sk-[A-Za-z0-9]{8,}").doesNotContainPattern("AIza[0-9A-Za-z_-]{20,}");
  }
}
