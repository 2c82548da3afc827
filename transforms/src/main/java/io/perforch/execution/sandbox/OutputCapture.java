package io.perforch.execution.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains one output stream of the sandbox, keeping a bounded prefix.
 *
 * <p>stdout and stderr share one byte budget; the first capture to push the total past it fires
 * {@code onLimit} once. Draining continues after that (discarding), so a dying program never
 * blocks on a full pipe.
 */
final class OutputCapture {

  private final int keepBytes;
  private final long sharedLimit;
  private final AtomicLong sharedTotal;
  private final AtomicBoolean limitFired;
  private final Runnable onLimit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long seen;

  OutputCapture(
      int keepBytes,
      long sharedLimit,
      AtomicLong sharedTotal,
      AtomicBoolean limitFired,
      Runnable onLimit) {
    this.keepBytes = keepBytes;
    this.sharedLimit = sharedLimit;
    this.sharedTotal = sharedTotal;
    this.limitFired = limitFired;
    this.onLimit = onLimit;
  }

  /** Reads until end of stream; starts on its own daemon thread. */
  Thread startDraining(InputStream in, String name) {
    Thread thread = new Thread(() -> drain(in), name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  void drain(InputStream in) {
    byte[] buffer = new byte[64 * 1024];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        accept(buffer, n);
      }
    } catch (IOException e) {
      // The pipe was closed under us because the run is being torn down: keep what we have.
    }
  }

  private void accept(byte[] buffer, int n) {
    long before = sharedTotal.getAndAdd(n);
    long allowed = Math.max(0, Math.min(n, sharedLimit - before));
    synchronized (this) {
      int room = (int) Math.max(0, Math.min(allowed, keepBytes - (long) kept.size()));
      kept.write(buffer, 0, room);
      seen += n;
    }
    if (before + n > sharedLimit && limitFired.compareAndSet(false, true)) {
      onLimit.run();
    }
  }

  synchronized boolean truncated() {
    return seen > kept.size();
  }

  /** The kept bytes as UTF-8, with a marker when anything was dropped. */
  synchronized String text() {
    String text = kept.toString(StandardCharsets.UTF_8);
    if (!truncated()) {
      return text;
    }
    return text + "\n[perforch: output truncated after " + kept.size() + " bytes]";
  }
}
