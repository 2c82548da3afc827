package io.perforch.models.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.SimulatedProfile;
import io.perforch.models.Stage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestKeyTest {
  private static ModelSpec openAi(String id, URI endpoint, int concurrency) {
    return new ModelSpec(id, Provider.OPENAI, "gpt-4.1", endpoint, "OPENAI_API_KEY", new Pricing(2, 8),
        concurrency, 500, 0, Duration.ofSeconds(60), 0.2, 1024, null);
  }

  private static ModelSpec simulated(double pythonGenerate) {
    SimulatedProfile profile = new SimulatedProfile(7, 0.3,
        Map.of(Language.PYTHON, Map.of(Stage.GENERATE, pythonGenerate, Stage.FIX, 0.5)), 0.2);
    return new ModelSpec("sim-a", Provider.SIMULATED, "simulated/a", null, null, Pricing.FREE, 8, 0, 0,
        Duration.ofSeconds(5), 0, 1024, profile);
  }

  private static ChatRequest request(ModelSpec model, String prompt, int sample) {
    return ChatRequest.of(model, List.of(ChatMessage.system("You write code."), ChatMessage.user(prompt)), sample, null);
  }

  @Test
  void sameModelAndRequestGiveTheSameKeyWhereverTheModelIsServedFrom() {
    ModelSpec here = openAi("gpt-4.1", URI.create("https://api.openai.com/v1"), 4);
    ModelSpec proxy = openAi("gpt-4.1", URI.create("https://proxy.example/v1"), 16);

    assertThat(RequestKey.of(proxy, request(proxy, "add", 0)).sha256())
        .isEqualTo(RequestKey.of(here, request(here, "add", 0)).sha256())
        .hasSize(64);
  }

  @Test
  void whatDecidesTheAnswerChangesTheKey() {
    ModelSpec model = openAi("gpt-4.1", URI.create("https://api.openai.com/v1"), 4);
    String base = RequestKey.of(model, request(model, "add", 0)).sha256();

    assertThat(RequestKey.of(model, request(model, "add two", 0)).sha256()).isNotEqualTo(base);
    assertThat(RequestKey.of(model, request(model, "add", 1)).sha256()).isNotEqualTo(base);
    assertThat(RequestKey.of(model, new ChatRequest(request(model, "add", 0).messages(), 0.7, 1024, 0, null))
        .sha256()).isNotEqualTo(base);
    ModelSpec renamed = openAi("gpt-4.1-eu", URI.create("https://api.openai.com/v1"), 4);
    assertThat(RequestKey.of(renamed, request(renamed, "add", 0)).sha256()).isNotEqualTo(base);
  }

  @Test
  void aSimulatedModelsProfileIsPartOfItsIdentity() {
    ModelSpec strong = simulated(0.9);
    ModelSpec weak = simulated(0.1);

    assertThat(RequestKey.of(strong, request(strong, "add", 0)).sha256())
        .isEqualTo(RequestKey.of(simulated(0.9), request(simulated(0.9), "add", 0)).sha256())
        .isNotEqualTo(RequestKey.of(weak, request(weak, "add", 0)).sha256());
  }
}
