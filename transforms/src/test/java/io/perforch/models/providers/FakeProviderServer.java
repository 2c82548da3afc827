package io.perforch.models.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider on 127.0.0.1 that answers from a script (then with a fallback), records what it
 * received and counts the requests it is serving at once.
 */
public final class FakeProviderServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the server received. */
  public record Received(String method, String path, Headers headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** An answer to give. */
  public record Reply(int status, String body, Map<String, String> headers, Duration delay) {
    public static Reply of(int status, String body) {
      return new Reply(status, body, Map.of(), Duration.ZERO);
    }

    public Reply withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, body, more, delay);
    }

    public Reply after(Duration wait) {
      return new Reply(status, body, headers, wait);
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private Reply fallback = Reply.of(500, "{\"error\":{\"message\":\"no scripted reply\"}}");

  public FakeProviderServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public URI base(String path) {
    return URI.create(base() + path);
  }

  /** Answers the next requests with these, in order. */
  public synchronized FakeProviderServer then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  /** Answers every request after the script with this. */
  public synchronized FakeProviderServer always(Reply reply) {
    fallback = reply;
    return this;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  public synchronized int requests() {
    return received.size();
  }

  public synchronized Received last() {
    return received.get(received.size() - 1);
  }

  public int maxInFlight() {
    return maxInFlight.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Reply reply;
      synchronized (this) {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders(), body));
        reply = script.isEmpty() ? fallback : script.poll();
      }
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay().toMillis());
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
