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
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiFormatTest {
  private static final String ANSWER = """
      {"candidates":[{"content":{"role":"model","parts":[
            {"text":"Let me think.","thought":true},
            {"text":"def add(a, b):\\n"},
            {"text":"    return a + b"}]},
          "finishReason":"MAX_TOKENS","index":0}],
       "usageMetadata":{"promptTokenCount":25,"candidatesTokenCount":11,"thoughtsTokenCount":30,
                        "totalTokenCount":66},
       "modelVersion":"gemini-2.5-flash"}""";

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

  private ModelClient client(String model) {
    return ProviderClients.create(Models.spec(Provider.GEMINI, model, server.base("/")), Models.ENV,
        RetryPolicy.defaults().withJitter(0.5), time);
  }

  @Test
  void postsGenerateContentWithGoogleKeyAndModelRoles() throws Exception {
    client("gemini-2.5-flash").complete(Models.conversation());

    FakeProviderServer.Received request = server.last();
    assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
    assertThat(request.header("x-goog-api-key")).isEqualTo("sk-test-123");
    assertThat(request.header("Authorization")).isNull();
    JsonNode body = request.json();
    assertThat(body.path("systemInstruction").path("parts").path(0).path("text").asText())
        .isEqualTo("You write Python.");
    assertThat(body.path("contents")).extracting(c -> c.path("role").asText())
        .containsExactly("user", "model", "user");
    assertThat(body.path("contents").path(1).path("parts").path(0).path("text").asText())
        .isEqualTo("def add(a, b): return a + b");
    assertThat(body.path("generationConfig").path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("generationConfig").path("maxOutputTokens").asInt()).isEqualTo(256);
    assertThat(body.has("model")).isFalse();
  }

  @Test
  void acceptsTheModelsPrefixAndLeavesOutAnAbsentSystemInstruction() throws Exception {
    client("models/gemini-2.5-pro").complete(Models.ask("hi", 8));

    assertThat(server.last().path()).isEqualTo("/v1beta/models/gemini-2.5-pro:generateContent");
    assertThat(server.last().json().has("systemInstruction")).isFalse();
  }

  @Test
  void rejectsAModelNameThatDoesNotFitInThePath() {
    assertThatThrownBy(() -> client("gemini 2.5/../x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'gemini 2.5/../x'");
  }

  @Test
  void joinsTheAnswerPartsSkippingThoughtsAndCountsThoughtsAsOutput() throws Exception {
    ChatResponse response = client("gemini-2.5-flash").complete(Models.ask("add", 64));

    assertThat(response.text()).isEqualTo("def add(a, b):\n    return a + b");
    assertThat(response.usage()).isEqualTo(new TokenUsage(25, 41));
    assertThat(response.finishReason()).isEqualTo("MAX_TOKENS");
  }

  @Test
  void aCandidateStoppedForSafetyIsAnEmptyAnswer() throws Exception {
    server.then(Reply.of(200, """
        {"candidates":[{"finishReason":"SAFETY","index":0,
                        "safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH"}]}],
         "usageMetadata":{"promptTokenCount":9,"totalTokenCount":9}}"""));

    ChatResponse response = client("gemini-2.5-flash").complete(Models.ask("x", 8));

    assertThat(response.text()).isEmpty();
    assertThat(response.finishReason()).isEqualTo("SAFETY");
    assertThat(response.usage()).isEqualTo(new TokenUsage(9, 0));
  }

  @Test
  void aBlockedPromptIsAnEmptyAnswerWithTheBlockReason() throws Exception {
    server.then(Reply.of(200, "{\"promptFeedback\":{\"blockReason\":\"PROHIBITED_CONTENT\"}}"));

    ChatResponse response = client("gemini-2.5-flash").complete(Models.ask("x", 8));

    assertThat(response.text()).isEmpty();
    assertThat(response.finishReason()).isEqualTo("PROHIBITED_CONTENT");
  }

  @Test
  void aReplyWithNeitherCandidatesNorFeedbackIsMalformed() {
    server.then(Reply.of(200, "{\"usageMetadata\":{}}"));

    assertThatThrownBy(() -> client("gemini-2.5-flash").complete(Models.ask("x", 8)))
        .isInstanceOfSatisfying(ProviderException.class, e ->
            assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE));
  }

  @Test
  void waitsTheRetryDelayOfA429ResourceExhausted() throws Exception {
    server.then(Reply.of(429, """
        {"error":{"code":429,"message":"Quota exceeded for metric generate_content_free_tier_requests",
          "status":"RESOURCE_EXHAUSTED",
          "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"7.5s"}]}}"""));

    ChatResponse response = client("gemini-2.5-flash").complete(Models.ask("x", 8));

    assertThat(response.attempts()).isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofMillis(7500));
  }

  @Test
  void reportsTheErrorMessageAndStatus() {
    server.then(Reply.of(404, """
        [{"error":{"code":404,"message":"models/gemini-9 is not found for API version v1beta",
          "status":"NOT_FOUND"}}]"""));

    assertThatThrownBy(() -> client("gemini-9").complete(Models.ask("x", 8)))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
          assertThat(e.getMessage()).contains("models/gemini-9 is not found for API version v1beta (NOT_FOUND)");
        });
  }
}
