package io.perforch.execution.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OutputCaptureTest {

  @Test
  void streamsShareOneBudgetAndTheLimitFiresOnce() {
    AtomicLong total = new AtomicLong();
    AtomicBoolean fired = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    OutputCapture out = new OutputCapture(100, 150, total, fired, calls::incrementAndGet);
    OutputCapture err = new OutputCapture(100, 150, total, fired, calls::incrementAndGet);

    out.drain(new ByteArrayInputStream("a".repeat(100).getBytes()));
    err.drain(new ByteArrayInputStream("b".repeat(100).getBytes()));

    assertThat(calls).hasValue(1);
    assertThat(out.text()).isEqualTo("a".repeat(100));
    assertThat(err.text()).isEqualTo("b".repeat(50) + "\n[perforch: output truncated after 50 bytes]");
  }

  @Test
  void keepsOnlyThePrefixButCountsEverything() {
    OutputCapture out = new OutputCapture(3, 1000, new AtomicLong(), new AtomicBoolean(), () -> {});

    out.drain(new ByteArrayInputStream("abcdef".getBytes()));

    assertThat(out.truncated()).isTrue();
    assertThat(out.text()).isEqualTo("abc\n[perforch: output truncated after 3 bytes]");
  }
}
