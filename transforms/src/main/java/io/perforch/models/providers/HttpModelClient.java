package io.perforch.models.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perforch.models.ChatRequest;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelSpec;
import io.perforch.models.ProviderException;
import io.perforch.models.ProviderException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A model reached over HTTP in one {@link WireFormat}: reads its API key, keeps to its limits,
 * retries what is worth retrying, and reports the rest as {@link ProviderException}s. Thread-safe.
 */
public final class HttpModelClient implements ModelClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelSpec spec;
  private final WireFormat format;
  private final URI uri;
  private final Function<String, String> env;
  private final RetryPolicy retry;
  private final TimeSource time;
  private final RequestLimiter limiter;
  private final HttpFailures failures;
  private final HttpClient http;

  HttpModelClient(ModelSpec spec, WireFormat format, Function<String, String> env, RetryPolicy retry,
      TimeSource time) {
    this.spec = spec;
    this.format = format;
    this.uri = format.uri(spec);
    this.env = env;
    this.retry = retry;
    this.time = time;
    this.limiter = new RequestLimiter(spec, time);
    this.failures = new HttpFailures(spec, format, uri, time);
    this.http = HttpClient.newBuilder()
        .connectTimeout(spec.timeout())
        // Plain-http hosts (local vLLM, Ollama) do not speak HTTP/2: skip the h2c upgrade attempt.
        .version("http".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
        .build();
  }

  @Override
  public ModelSpec spec() {
    return spec;
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException, InterruptedException {
    HttpRequest httpRequest = httpRequest(apiKey(), request);
    long promptCharacters = request.messages().stream().mapToLong(message -> message.content().length()).sum();
    long estimate = RequestLimiter.estimateTokens(promptCharacters, request.maxTokens());
    for (int attempt = 1; ; attempt++) {
      ProviderException failure;
      try {
        return attempt(httpRequest, estimate, attempt);
      } catch (ProviderException e) {
        failure = e;
      }
      if (!failure.kind().retryable() || attempt >= retry.maxAttempts()) {
        throw failure;
      }
      Optional<Duration> asked = failure.retryAfter();
      if (asked.isPresent() && asked.get().compareTo(retry.maxDelay()) > 0) {
        throw failures.pauseTooLong(failure, retry.maxDelay());
      }
      time.sleep(asked.isPresent() ? asked.get() : retry.backoff(attempt));
    }
  }

  private ChatResponse attempt(HttpRequest httpRequest, long estimate, int attempt)
      throws ProviderException, InterruptedException {
    try (RequestLimiter.Slot slot = limiter.enter(estimate)) {
      long start = time.nanoTime();
      HttpResponse<String> response = exchange(httpRequest, attempt);
      long latencyMillis = TimeUnit.NANOSECONDS.toMillis(time.nanoTime() - start);
      if (response.statusCode() / 100 != 2) {
        throw failures.status(response, attempt);
      }
      WireFormat.Reply reply = reply(response, attempt);
      slot.used(reply.usage());
      return new ChatResponse(reply.text(), reply.usage(), reply.finishReason(), latencyMillis, attempt);
    }
  }

  /** One HTTP exchange, bounded by the model's timeout from sending to the last byte of the body. */
  private HttpResponse<String> exchange(HttpRequest httpRequest, int attempt)
      throws ProviderException, InterruptedException {
    CompletableFuture<HttpResponse<String>> future =
        http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofString());
    try {
      return future.get(spec.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw failures.timeout(attempt, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw failures.exchange(io, attempt);
      }
      throw failures.exchange(new IOException(String.valueOf(cause), cause), attempt);
    }
  }

  private WireFormat.Reply reply(HttpResponse<String> response, int attempt) throws ProviderException {
    Optional<JsonNode> body = HttpFailures.parse(response.body());
    if (body.isEmpty() || !body.get().isObject()) {
      throw failures.malformed(response, "not a JSON object", attempt);
    }
    try {
      return format.reply(body.get());
    } catch (MalformedReplyException e) {
      throw failures.malformed(response, e.getMessage(), attempt);
    }
  }

  /** The key, read on every request so that a key set or rotated later is used. Null if none is needed. */
  private String apiKey() throws ProviderException {
    String variable = spec.apiKeyEnv();
    if (variable == null || variable.isBlank()) {
      return null;
    }
    String key = env.apply(variable);
    if (key == null || key.isBlank()) {
      throw new ProviderException(Kind.AUTH_FAILED, "model " + spec.id() + ": environment variable " + variable
          + " is " + (key == null ? "not set" : "empty") + "; it must hold the " + format.name() + " API key",
          0, null, 0, null);
    }
    return key.strip();
  }

  private HttpRequest httpRequest(String apiKey, ChatRequest request) {
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(format.body(spec, request));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(spec.timeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    format.headers(apiKey).forEach(builder::header);
    return builder.build();
  }

  @Override
  public void close() {
    // HttpClient is closeable from Java 21 on; on 17 its threads end when it is collected.
    if (http instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the HTTP client of model " + spec.id(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "HttpModelClient[" + spec.id() + " via " + format.name() + " at " + uri + "]";
  }
}
