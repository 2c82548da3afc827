package io.perforch.models.providers;

import static io.perforch.models.providers.FakeProviderServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.ProviderException;
import io.perforch.models.ProviderException.Kind;
import io.perforch.models.SimulatedProfile;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the client does for every wire format, shown with OpenAI's. */
class HttpModelClientTest {
  private static final String OK = """
      {"choices":[{"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":10,"completion_tokens":20}}""";
  private static final String NO_USAGE = """
      {"choices":[{"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}""";

  private FakeProviderServer server;
  private final FakeTime time = new FakeTime();
  private RetryPolicy retry = RetryPolicy.defaults().withJitter(0.5);

  @BeforeEach
  void start() throws Exception {
    server = new FakeProviderServer().always(Reply.of(200, OK));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Models.Spec spec() {
    return new Models.Spec(Provider.OPENAI, "gpt-4.1", server.base("/v1"));
  }

  private ModelClient client(Models.Spec spec) {
    return ProviderClients.create(spec.build(), Models.ENV, retry, time);
  }

  private ProviderException failure(ModelClient client) {
    try {
      ChatResponse response = client.complete(Models.ask("x", 8));
      throw new AssertionError("expected a ProviderException, got " + response);
    } catch (ProviderException e) {
      return e;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void waitsTheRetryAfterSecondsOfA429() throws Exception {
    server.then(Reply.of(429, "{\"error\":{\"message\":\"Rate limit reached\"}}").withHeader("Retry-After", "3"));

    ChatResponse response = client(spec()).complete(Models.ask("x", 8));

    assertThat(response.text()).isEqualTo("ok");
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(server.requests()).isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void waitsUntilTheRetryAfterDate() throws Exception {
    String in20Seconds = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(FakeTime.START.plusSeconds(20).atOffset(ZoneOffset.UTC));
    server.then(Reply.of(503, "{}").withHeader("Retry-After", in20Seconds));

    client(spec()).complete(Models.ask("x", 8));

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void prefersRetryAfterMillis() throws Exception {
    server.then(Reply.of(429, "{}").withHeader("Retry-After", "2").withHeader("retry-after-ms", "1250"));

    client(spec()).complete(Models.ask("x", 8));

    assertThat(time.waits()).containsExactly(Duration.ofMillis(1250));
  }

  @Test
  void failsAtOnceWhenAskedToWaitLongerThanTheCap() {
    server.then(Reply.of(429, "{\"error\":{\"message\":\"daily quota spent\"}}").withHeader("Retry-After", "3600"));

    ProviderException e = failure(client(spec()));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(e.getMessage()).contains("daily quota spent").contains("retry after 3600 s");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void retriesA500ToSuccessAfterAJitteredBackoff() throws Exception {
    server.then(Reply.of(500, "{\"error\":{\"message\":\"internal\"}}"));

    ChatResponse response = client(spec()).complete(Models.ask("x", 8));

    assertThat(response.attempts()).isEqualTo(2);
    assertThat(server.requests()).isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofMillis(500)); // jitter 0.5 of the 1 s base
  }

  @ParameterizedTest
  @CsvSource({"408, TIMEOUT", "429, RATE_LIMITED", "500, SERVER_ERROR", "503, SERVER_ERROR", "529, RATE_LIMITED"})
  void retriesTransientStatuses(int status, Kind kind) throws Exception {
    server.then(Reply.of(status, "{}"));

    ChatResponse response = client(spec()).complete(Models.ask("x", 8));

    assertThat(HttpFailures.kindOf(status)).isEqualTo(kind);
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(server.requests()).isEqualTo(2);
  }

  @Test
  void givesUpAfterTheLastAttemptWithBackoffDoubling() {
    retry = RetryPolicy.defaults().withJitter(1.0);
    server.always(Reply.of(502, "<html>Bad Gateway</html>"));

    ProviderException e = failure(client(spec()));

    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.attempts()).isEqualTo(6);
    assertThat(e.getMessage()).contains("HTTP 502: '<html>Bad Gateway</html>'");
    assertThat(server.requests()).isEqualTo(6);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(8), Duration.ofSeconds(16));
  }

  @ParameterizedTest
  @CsvSource({"400, BAD_REQUEST", "401, AUTH_FAILED", "403, AUTH_FAILED", "404, NOT_FOUND", "422, BAD_REQUEST"})
  void doesNotRetryClientErrors(int status, Kind kind) {
    server.always(Reply.of(status, "{\"error\":{\"message\":\"provider says no\",\"type\":\"some_error\"}}"));

    ProviderException e = failure(client(spec()));

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("provider says no (some_error)");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void aNon2xxBodyIsMalformedAndNotRetried() {
    server.always(Reply.of(200, "<html><body>Welcome to nginx!</body></html>"));

    ProviderException e = failure(client(spec()));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("not a JSON object").contains("'<html><body>Welcome to nginx!");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void aJson2xxWithoutChoicesIsMalformed() {
    server.always(Reply.of(200, "{\"object\":\"list\",\"data\":[]}"));

    ProviderException e = failure(client(spec()));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("(no choices array)").contains("'{\"object\":\"list\"");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void timesOutASlowServerOnEveryAttempt() {
    retry = retry.withMaxAttempts(2);
    server.always(Reply.of(200, OK).after(Duration.ofSeconds(3)));
    long start = System.nanoTime();

    ProviderException e = failure(client(spec().timeout(Duration.ofMillis(200))));

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.getMessage()).contains("no answer within 0.2 s");
    assertThat(server.requests()).isEqualTo(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aRefusedConnectionIsANetworkFailureRetried() throws Exception {
    retry = retry.withMaxAttempts(3);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Models.Spec nobody = new Models.Spec(Provider.OPENAI, "gpt-4.1", URI.create("http://127.0.0.1:" + closedPort));

    ProviderException e = failure(client(nobody));

    assertThat(e.kind()).isEqualTo(Kind.NETWORK);
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getMessage()).contains("ConnectException");
    assertThat(time.waits()).hasSize(2);
  }

  @Test
  void aMissingOrEmptyKeyFailsBeforeSending() {
    ModelClient unset = ProviderClients.create(spec().build(), name -> null, retry, time);
    ModelClient empty = ProviderClients.create(spec().build(), Map.of(Models.KEY_ENV, " ")::get, retry, time);

    for (ModelClient client : List.of(unset, empty)) {
      ProviderException e = failure(client);
      assertThat(e.kind()).isEqualTo(Kind.AUTH_FAILED);
      assertThat(e.attempts()).isZero();
      assertThat(e.getMessage()).contains("environment variable " + Models.KEY_ENV);
    }
    assertThat(server.requests()).isZero();
  }

  @Test
  void neverHasMoreRequestsInFlightThanTheConcurrencyLimit() throws Exception {
    server.always(Reply.of(200, OK).after(Duration.ofMillis(150)));
    ModelClient client = client(spec().concurrency(2));
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try {
      List<Future<ChatResponse>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(callers.submit(() -> client.complete(Models.ask("x", 8))));
      }
      for (Future<ChatResponse> answer : answers) {
        assertThat(answer.get().text()).isEqualTo("ok");
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(server.requests()).isEqualTo(6);
    assertThat(server.maxInFlight()).isEqualTo(2);
  }

  @Test
  void pacesRequestsPerMinute() throws Exception {
    ModelClient client = client(spec().rpm(2));

    for (int i = 0; i < 4; i++) {
      client.complete(Models.ask("x", 8));
    }

    // A full bucket lets the first two through; then one request every 30 s.
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(server.requests()).isEqualTo(4);
  }

  @Test
  void chargesTheTokenEstimateAndRefundsWhatTheUsageShows() throws Exception {
    // 40 characters (10 tokens) + 490 output tokens: an estimate of 500 against 1000 a minute.
    String prompt = "x".repeat(40);
    ModelClient client = client(spec().tpm(1000));

    for (int i = 0; i < 3; i++) {
      client.complete(Models.ask(prompt, 490)); // each reports 30 tokens used
    }
    assertThat(time.waits()).isEmpty();

    server.always(Reply.of(200, NO_USAGE));
    for (int i = 0; i < 3; i++) {
      client.complete(Models.ask(prompt, 490)); // no usage: each keeps its 500
    }
    // 910 left after the first three; then 410, then -90 (a wait for 90 tokens: 5.4 s), then -500 (30 s).
    assertThat(time.waits()).containsExactly(Duration.ofMillis(5400), Duration.ofSeconds(30));
  }

  @Test
  void reportsTheLatencyOfTheAnsweringAttempt() throws Exception {
    server.always(Reply.of(200, OK).after(Duration.ofMillis(120)));
    ModelClient client = ProviderClients.create(spec().build(), Models.ENV, retry, TimeSource.SYSTEM);

    ChatResponse response = client.complete(Models.ask("x", 8));

    assertThat(response.latencyMillis()).isBetween(120L, 2_000L);
  }

  @Test
  void buildsNoClientForSimulatedModels() {
    assertThat(ProviderClients.supported()).containsExactlyInAnyOrder(Provider.OPENAI, Provider.ANTHROPIC,
        Provider.GEMINI);
    ModelSpec simulated = new ModelSpec("sim", Provider.SIMULATED, "sim", null, null, Pricing.FREE, 1, 0, 0,
        Duration.ofSeconds(1), 0, 10, new SimulatedProfile(1, 0.5, Map.of(), 0));

    assertThatThrownBy(() -> ProviderClients.create(simulated, Models.ENV))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model sim: provider 'simulated'");
  }
}
