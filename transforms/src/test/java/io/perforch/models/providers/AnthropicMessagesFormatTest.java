package io.perforch.models.providers;

import static io.perforch.models.providers.FakeProviderServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.Provider;
import io.perforch.models.ProviderException;
import io.perforch.models.ProviderException.Kind;
import io.perforch.models.TokenUsage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicMessagesFormatTest {
  private static final String ANSWER = """
      {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
       "content":[{"type":"thinking","thinking":"Sum them.","signature":"abc"},
                  {"type":"text","text":"def add(a, b):\\n"},
                  {"type":"tool_use","id":"t1","name":"run","input":{}},
                  {"type":"text","text":"    return a + b"}],
       "stop_reason":"end_turn","stop_sequence":null,
       "usage":{"input_tokens":40,"output_tokens":17}}""";

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

  private ModelClient client() {
    return ProviderClients.create(Models.spec(Provider.ANTHROPIC, "claude-sonnet-4-5", server.base()), Models.ENV,
        RetryPolicy.defaults().withJitter(0.5), time);
  }

  @Test
  void postsMessagesWithApiKeyVersionAndSystemApart() throws Exception {
    ChatRequest twoSystemPrompts = new ChatRequest(List.of(ChatMessage.system("You write Python."),
        ChatMessage.system("Answer with code only."), ChatMessage.user("Add two numbers."),
        new ChatMessage(ChatMessage.Role.ASSISTANT, "def add"), ChatMessage.user("Go on.")), 0.7, 300, 0, null);

    client().complete(twoSystemPrompts);

    FakeProviderServer.Received request = server.last();
    assertThat(request.path()).isEqualTo("/v1/messages");
    assertThat(request.header("x-api-key")).isEqualTo("sk-test-123");
    assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(request.header("Authorization")).isNull();
    JsonNode body = request.json();
    assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
    assertThat(body.path("max_tokens").asInt()).isEqualTo(300);
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.7);
    assertThat(body.path("system").asText()).isEqualTo("You write Python.\n\nAnswer with code only.");
    assertThat(body.path("messages")).extracting(m -> m.path("role").asText())
        .containsExactly("user", "assistant", "user");
    assertThat(body.path("messages").path(1).path("content").asText()).isEqualTo("def add");
  }

  @Test
  void leavesSystemOutWhenThereIsNone() throws Exception {
    client().complete(Models.ask("hi", 8));

    assertThat(server.last().json().has("system")).isFalse();
  }

  @Test
  void joinsTheTextBlocksOnlyAndReadsUsageAndStopReason() throws Exception {
    ChatResponse response = client().complete(Models.ask("add", 64));

    assertThat(response.text()).isEqualTo("def add(a, b):\n    return a + b");
    assertThat(response.usage()).isEqualTo(new TokenUsage(40, 17));
    assertThat(response.finishReason()).isEqualTo("end_turn");
  }

  @Test
  void retriesAn529Overload() throws Exception {
    server.then(Reply.of(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));

    ChatResponse response = client().complete(Models.ask("add", 64));

    assertThat(response.attempts()).isEqualTo(2);
    assertThat(server.requests()).isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void reportsTheErrorTypeAndMessage() {
    server.then(Reply.of(400, """
        {"type":"error","error":{"type":"invalid_request_error","message":"messages: roles must alternate"}}"""));

    assertThatThrownBy(() -> client().complete(Models.ask("x", 8)))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("messages: roles must alternate (invalid_request_error)");
        });
  }

  @Test
  void aReplyWithoutContentIsMalformed() {
    server.then(Reply.of(200, "{\"type\":\"message\",\"stop_reason\":\"end_turn\"}"));

    assertThatThrownBy(() -> client().complete(Models.ask("x", 8)))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
          assertThat(e.getMessage()).contains("not a valid Anthropic Messages answer (no content array)");
        });
  }
}
