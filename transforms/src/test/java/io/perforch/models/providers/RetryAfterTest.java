package io.perforch.models.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

  @Test
  void readsSecondsAndHttpDates() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse(" 1.5 ", NOW)).contains(Duration.ofMillis(1500));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void aPastDateMeansNowAndGarbageMeansNothing() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("NaN", NOW)).isEmpty();
  }

  @Test
  void millisecondsTakePrecedence() {
    HttpHeaders both = HttpHeaders.of(Map.of("Retry-After", List.of("9"), "retry-after-ms", List.of("250")),
        (name, value) -> true);
    HttpHeaders neither = HttpHeaders.of(Map.of(), (name, value) -> true);

    assertThat(RetryAfter.from(both, NOW)).contains(Duration.ofMillis(250));
    assertThat(RetryAfter.from(neither, NOW)).isEmpty();
  }
}
