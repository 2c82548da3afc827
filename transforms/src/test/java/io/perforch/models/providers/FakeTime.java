package io.perforch.models.providers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when someone sleeps, and remembers every sleep. */
final class FakeTime implements TimeSource {
  static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

  private long nanos;
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant now() {
    return START.plusNanos(nanos);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
    nanos += duration.toNanos();
  }

  synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
