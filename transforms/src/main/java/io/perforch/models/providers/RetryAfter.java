package io.perforch.models.providers;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pause a provider asks for: {@code retry-after-ms} (OpenAI's, milliseconds) when present, else
 * {@code Retry-After} as seconds or as an HTTP date. A value that cannot be read is ignored (the
 * backoff applies), a date in the past means "now".
 */
final class RetryAfter {
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");

  private RetryAfter() {}

  static Optional<Duration> from(HttpHeaders headers, Instant now) {
    Optional<Duration> millis = headers.firstValue("retry-after-ms")
        .flatMap(value -> number(value.strip(), 1_000_000L));
    if (millis.isPresent()) {
      return millis;
    }
    return headers.firstValue("retry-after").flatMap(value -> parse(value, now));
  }

  static Optional<Duration> parse(String value, Instant now) {
    String text = value.strip();
    Optional<Duration> seconds = seconds(text);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A non-negative decimal number of seconds. */
  static Optional<Duration> seconds(String text) {
    return number(text.strip(), 1_000_000_000L);
  }

  private static Optional<Duration> number(String text, long nanosPerUnit) {
    if (!DECIMAL.matcher(text).matches()) {
      return Optional.empty();
    }
    double nanos = Double.parseDouble(text) * nanosPerUnit;
    return Optional.of(Duration.ofNanos((long) Math.min(Long.MAX_VALUE, nanos)));
  }
}
