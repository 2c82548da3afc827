package io.perforch.models.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perforch.models.ModelSpec;
import io.perforch.models.ProviderException;
import io.perforch.models.ProviderException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** Turns what went wrong with one attempt into a {@link ProviderException} that says where and why. */
final class HttpFailures {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT_CHARS = 200;

  private final ModelSpec spec;
  private final WireFormat format;
  private final URI uri;
  private final TimeSource time;

  HttpFailures(ModelSpec spec, WireFormat format, URI uri, TimeSource time) {
    this.spec = spec;
    this.format = format;
    this.uri = uri;
    this.time = time;
  }

  /** The kind of failure an HTTP status means. */
  static Kind kindOf(int status) {
    if (status == 401 || status == 403) {
      return Kind.AUTH_FAILED;
    } else if (status == 404) {
      return Kind.NOT_FOUND;
    } else if (status == 408) {
      return Kind.TIMEOUT;
    } else if (status == 429 || status == 529) {
      return Kind.RATE_LIMITED; // 529: Anthropic's overloaded_error, "try again later"
    } else if (status >= 500 && status < 600) {
      return Kind.SERVER_ERROR;
    }
    return Kind.BAD_REQUEST;
  }

  /** A non-2xx answer: the provider's own message where its error body has one. */
  ProviderException status(HttpResponse<String> response, int attempt) {
    int status = response.statusCode();
    Optional<WireFormat.ProviderError> error = parse(response.body()).flatMap(format::error);
    String said = error.map(WireFormat.ProviderError::message).orElseGet(() -> excerpt(response.body()));
    Duration retryAfter = RetryAfter.from(response.headers(), time.now())
        .or(() -> error.map(WireFormat.ProviderError::retryDelay))
        .orElse(null);
    Kind kind = kindOf(status);
    String hint = kind == Kind.AUTH_FAILED && spec.apiKeyEnv() != null
        ? " (check the key in $" + spec.apiKeyEnv() + ")" : "";
    return new ProviderException(kind, where() + ": HTTP " + status + ": " + said + hint, status, retryAfter,
        attempt, null);
  }

  /** A 2xx whose body is not the format's answer. */
  ProviderException malformed(HttpResponse<String> response, String reason, int attempt) {
    return new ProviderException(Kind.MALFORMED_RESPONSE, where() + ": HTTP " + response.statusCode()
        + " is not a valid " + format.name() + " answer (" + reason + "); the body starts: " + excerpt(response.body()),
        response.statusCode(), null, attempt, null);
  }

  /** No HTTP answer at all. */
  ProviderException exchange(IOException e, int attempt) {
    if (e instanceof HttpConnectTimeoutException) {
      return new ProviderException(Kind.NETWORK, where() + ": cannot connect within " + seconds(spec.timeout()),
          0, null, attempt, e);
    }
    if (e instanceof HttpTimeoutException) {
      return timeout(attempt, e);
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName()
        + ": " + e.getMessage();
    return new ProviderException(Kind.NETWORK, where() + ": " + detail, 0, null, attempt, e);
  }

  ProviderException timeout(int attempt, Throwable cause) {
    return new ProviderException(Kind.TIMEOUT, where() + ": no answer within " + seconds(spec.timeout()),
        0, null, attempt, cause);
  }

  /** The failure, noting that the provider asked for a longer pause than the client waits. */
  ProviderException pauseTooLong(ProviderException failure, Duration longest) {
    return new ProviderException(failure.kind(), failure.getMessage() + "; it asks to retry after "
        + seconds(failure.retryAfter().orElseThrow()) + ", longer than the " + seconds(longest) + " this client waits",
        failure.status(), failure.retryAfter().orElse(null), failure.attempts(), failure.getCause());
  }

  /** The body as JSON, if it is JSON. */
  static Optional<JsonNode> parse(String body) {
    try {
      return Optional.ofNullable(JSON.readTree(body));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The start of a body, on one line, for messages. */
  static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    String line = body.strip().replaceAll("\\s+", " ");
    return "'" + (line.length() <= EXCERPT_CHARS ? line : line.substring(0, EXCERPT_CHARS) + "...") + "'";
  }

  private String where() {
    return "model " + spec.id() + " (" + format.name() + " at " + uri + ")";
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
  }
}
