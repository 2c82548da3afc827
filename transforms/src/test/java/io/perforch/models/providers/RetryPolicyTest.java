package io.perforch.models.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void defaultsAreSixAttemptsFromOneSecondToAMinute() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.maxAttempts()).isEqualTo(6);
    assertThat(policy.baseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void theCeilingDoublesUpToTheCap() {
    RetryPolicy top = RetryPolicy.defaults().withJitter(1.0);

    assertThat(top.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(top.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(top.backoff(6)).isEqualTo(Duration.ofSeconds(32));
    assertThat(top.backoff(7)).isEqualTo(Duration.ofSeconds(60));
    assertThat(top.backoff(500)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void fullJitterDrawsFromZeroToTheCeiling() {
    assertThat(RetryPolicy.defaults().withJitter(0.0).backoff(3)).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.defaults().withJitter(0.25).backoff(3)).isEqualTo(Duration.ofSeconds(1));
    for (int i = 0; i < 100; i++) {
      assertThat(RetryPolicy.defaults().backoff(4)).isBetween(Duration.ZERO, Duration.ofSeconds(8));
    }
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
        .hasMessageContaining("maxAttempts must be >= 1");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(1), () -> 0.5))
        .hasMessageContaining("baseDelay <= maxDelay");
  }
}
