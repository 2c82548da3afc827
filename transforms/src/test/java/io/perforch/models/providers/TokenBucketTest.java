package io.perforch.models.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private final FakeTime time = new FakeTime();

  @Test
  void startsFullAndMakesOverdraftsWaitForTheRefill() {
    TokenBucket bucket = new TokenBucket(60, time); // one a second

    assertThat(bucket.take(60)).isEqualTo(Duration.ZERO);
    assertThat(bucket.take(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(bucket.take(1)).isEqualTo(Duration.ofSeconds(2)); // queued behind the first overdraft
  }

  @Test
  void refillsWithTimeButNeverAboveAMinutesWorth() {
    TokenBucket bucket = new TokenBucket(600, time);
    bucket.take(600);

    time.advance(Duration.ofSeconds(30));
    assertThat(bucket.balance()).isCloseTo(300, within(1e-9));
    time.advance(Duration.ofMinutes(5));
    assertThat(bucket.balance()).isCloseTo(600, within(1e-9));
  }

  @Test
  void givingBackCorrectsAnEstimateBothWays() {
    TokenBucket bucket = new TokenBucket(1000, time);
    bucket.take(500);

    bucket.giveBack(400); // used 100 of the 500 charged
    assertThat(bucket.balance()).isCloseTo(900, within(1e-9));
    bucket.giveBack(-1200); // used more than charged
    assertThat(bucket.balance()).isCloseTo(-300, within(1e-9));
    bucket.giveBack(5000);
    assertThat(bucket.balance()).isCloseTo(1000, within(1e-9));
  }

  @Test
  void estimatesPromptCharactersOverFourPlusTheOutputCap() {
    assertThat(RequestLimiter.estimateTokens(400, 256)).isEqualTo(356);
    assertThat(RequestLimiter.estimateTokens(401, 0)).isEqualTo(101);
  }
}
