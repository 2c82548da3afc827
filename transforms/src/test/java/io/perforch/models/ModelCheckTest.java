package io.perforch.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.models.providers.FakeProviderServer;
import io.perforch.models.providers.FakeProviderServer.Reply;
import io.perforch.models.providers.RetryPolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCheckTest {
  private static final Map<String, String> ENV = Map.of("LOCAL_KEY", "sk-local");

  private static ModelSpec model(URI endpoint, String keyEnv) {
    return new ModelSpec("local", Provider.OPENAI, "coder", endpoint, keyEnv, Pricing.FREE, 1, 0, 0,
        Duration.ofSeconds(5), 0.2, 2048, null);
  }

  private static ModelCheck.Result check(ModelSpec spec) throws InterruptedException {
    try (ModelClient client = ModelClients.open(spec, ENV::get, RetryPolicy.defaults().withMaxAttempts(1))) {
      return ModelCheck.check(client);
    }
  }

  @Test
  void aModelThatAnswersIsReachableAndShowsItsReply() throws Exception {
    try (FakeProviderServer server = new FakeProviderServer()) {
      server.always(Reply.of(200, """
          {"id":"c1","object":"chat.completion","model":"coder",
           "choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],
           "usage":{"prompt_tokens":20,"completion_tokens":1,"total_tokens":21}}"""));

      ModelCheck.Result result = check(model(server.base("/v1"), "LOCAL_KEY"));

      assertThat(result.status()).isEqualTo(ModelCheck.Status.REACHABLE);
      assertThat(result.detail()).isEqualTo("ok");
      assertThat(server.last().json().path("max_tokens").asInt()).isEqualTo(ModelCheck.MAX_TOKENS);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void refusedKeysAndUnknownModelsAreNamed() throws Exception {
    try (FakeProviderServer server = new FakeProviderServer()) {
      server.then(
          Reply.of(401, "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"),
          Reply.of(404, "{\"error\":{\"message\":\"The model `coder` does not exist\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}"));

      ModelCheck.Result refused = check(model(server.base("/v1"), "LOCAL_KEY"));
      ModelCheck.Result unknown = check(model(server.base("/v1"), "LOCAL_KEY"));

      assertThat(refused.status()).isEqualTo(ModelCheck.Status.AUTH_FAILED);
      assertThat(refused.detail()).contains("Incorrect API key");
      assertThat(unknown.status()).isEqualTo(ModelCheck.Status.NOT_FOUND);
      assertThat(unknown.detail()).contains("does not exist");
    }
  }

  @Test
  void aMissingKeyFailsWithoutSendingAnything() throws Exception {
    try (FakeProviderServer server = new FakeProviderServer()) {
      ModelCheck.Result result = check(model(server.base("/v1"), "UNSET_KEY_VARIABLE"));

      assertThat(result.status()).isEqualTo(ModelCheck.Status.AUTH_FAILED);
      assertThat(result.detail()).contains("UNSET_KEY_VARIABLE");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void aHostWithNothingListeningIsUnreachable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ModelCheck.Result result = check(model(URI.create("http://127.0.0.1:" + port + "/v1"), null));

    assertThat(result.status()).isEqualTo(ModelCheck.Status.UNREACHABLE);
    assertThat(ModelCheck.summary(List.of(result))).isEqualTo("0 of 1 models reachable");
  }
}
