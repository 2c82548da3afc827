package io.perforch.models.providers;

import static io.perforch.models.providers.FakeProviderServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.Provider;
import io.perforch.models.ProviderException;
import io.perforch.models.ProviderException.Kind;
import io.perforch.models.TokenUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiChatFormatTest {
  private static final String ANSWER = """
      {"id":"chatcmpl-1","object":"chat.completion","model":"gpt-4.1",
       "choices":[{"index":0,"message":{"role":"assistant","content":"def add(a, b):\\n    return a + b"},
                   "finish_reason":"length"}],
       "usage":{"prompt_tokens":31,"completion_tokens":12,"total_tokens":43}}""";

  private FakeProviderServer server;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws Exception {
    server = new FakeProviderServer().always(Reply.of(200, ANSWER));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ModelClient client(Models.Spec spec) {
    return ProviderClients.create(spec.build(), Models.ENV, RetryPolicy.defaults().withJitter(0.5), time);
  }

  private ModelClient client(String model) {
    return client(new Models.Spec(Provider.OPENAI, model, server.base("/v1")));
  }

  @Test
  void postsChatCompletionsWithBearerKeyAndTheConversation() throws Exception {
    client("gpt-4.1").complete(Models.conversation());

    FakeProviderServer.Received request = server.last();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test-123");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    JsonNode body = request.json();
    assertThat(body.path("model").asText()).isEqualTo("gpt-4.1");
    assertThat(body.path("messages")).extracting(m -> m.path("role").asText())
        .containsExactly("system", "user", "assistant", "user");
    assertThat(body.path("messages").path(3).path("content").asText()).isEqualTo("Now make it faster.");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("max_tokens").asInt()).isEqualTo(256);
    assertThat(body.has("max_completion_tokens")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"o1-mini", "o3", "o4-mini", "gpt-5", "gpt-5-mini"})
  void reasoningModelsGetMaxCompletionTokensAndNoTemperature(String model) throws Exception {
    client(model).complete(Models.conversation());

    JsonNode body = server.last().json();
    assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(256);
    assertThat(body.has("max_tokens")).isFalse();
    assertThat(body.has("temperature")).isFalse();
  }

  @Test
  void aTrailingSlashOnTheEndpointIsNotDoubled() throws Exception {
    client(new Models.Spec(Provider.OPENAI, "gpt-4.1", server.base("/v1/"))).complete(Models.ask("hi", 8));

    assertThat(server.last().path()).isEqualTo("/v1/chat/completions");
  }

  @Test
  void sendsNoAuthorizationToAHostWithoutKey() throws Exception {
    client(new Models.Spec(Provider.OPENAI, "qwen2.5-coder", server.base("/v1")).keyEnv(null))
        .complete(Models.ask("hi", 8));

    assertThat(server.last().header("Authorization")).isNull();
  }

  @Test
  void readsTextUsageAndFinishReason() throws Exception {
    ChatResponse response = client("gpt-4.1").complete(Models.ask("add", 64));

    assertThat(response.text()).isEqualTo("def add(a, b):\n    return a + b");
    assertThat(response.usage()).isEqualTo(new TokenUsage(31, 12));
    assertThat(response.finishReason()).isEqualTo("length");
    assertThat(response.attempts()).isEqualTo(1);
  }

  @Test
  void aRefusalWithNullContentIsAnEmptyAnswerAndMissingUsageIsZero() throws Exception {
    server.then(Reply.of(200, """
        {"choices":[{"message":{"role":"assistant","content":null,"refusal":"I can't."},
                     "finish_reason":"stop"}]}"""));

    ChatResponse response = client("gpt-4.1").complete(Models.ask("x", 8));

    assertThat(response.text()).isEmpty();
    assertThat(response.usage()).isEqualTo(TokenUsage.NONE);
    assertThat(response.finishReason()).isEqualTo("stop");
  }

  @Test
  void reportsTheErrorMessageTypeAndCode() {
    server.then(Reply.of(400, """
        {"error":{"message":"max_tokens is too large","type":"invalid_request_error",
                  "param":"max_tokens","code":"context_length_exceeded"}}"""));

    assertThatThrownBy(() -> client("gpt-4.1").complete(Models.ask("x", 8)))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
          assertThat(e.getMessage()).contains("HTTP 400: max_tokens is too large (invalid_request_error, "
              + "context_length_exceeded)").contains("model test-gpt-4.1");
        });
  }

  @Test
  void readsTheErrorShapesOfCompatibleHosts() {
    OpenAiChatFormat format = new OpenAiChatFormat();

    assertThat(format.error(HttpFailures.parse("{\"error\":\"model 'llama9' not found\"}").orElseThrow()))
        .hasValueSatisfying(e -> assertThat(e.message()).isEqualTo("model 'llama9' not found"));
    assertThat(format.error(HttpFailures.parse("{\"object\":\"error\",\"message\":\"bad role\"}").orElseThrow()))
        .hasValueSatisfying(e -> assertThat(e.message()).isEqualTo("bad role"));
    assertThat(format.error(HttpFailures.parse("{\"detail\":\"Not Found\"}").orElseThrow()))
        .hasValueSatisfying(e -> assertThat(e.message()).isEqualTo("Not Found"));
    assertThat(format.error(HttpFailures.parse("{\"choices\":[]}").orElseThrow())).isEmpty();
  }

  @Test
  void reasoningModelsAreRecognisedByPrefixOnly() {
    assertThat(OpenAiChatFormat.isReasoningModel("O3-mini")).isTrue();
    assertThat(OpenAiChatFormat.isReasoningModel("gpt-4o")).isFalse();
    assertThat(OpenAiChatFormat.isReasoningModel("llama-3.1-o1-distill")).isFalse();
  }
}
