package io.perforch.models.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.datasets.io.FileGlob;
import io.perforch.models.ChatResponse;
import io.perforch.models.TokenUsage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Model responses on any Beam FileSystems path (a local folder, {@code gs://bucket/prefix}), one JSON
 * file per request at {@code <root>/<first two hex digits>/<sha256>.json}, content-addressed by {@link
 * RequestKey}. Each file keeps the request's identity next to the answer, so a store can be read (and
 * audited) without PerfOrch. Files are written under a temporary name and renamed, so a crash never
 * leaves a half-written answer that a later run would serve.
 */
public final class ResponseStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String root;
  private final ResourceId rootDir;

  public ResponseStore(String root) {
    this.root = root;
    this.rootDir = FileSystems.matchNewResource(root.endsWith("/") ? root : root + "/", true);
  }

  public String root() {
    return root;
  }

  /** The stored answer to this request, if there is one. */
  public Optional<ChatResponse> get(RequestKey key) throws IOException {
    ResourceId file = fileOf(key);
    if (FileGlob.match(file.toString()).isEmpty()) {
      return Optional.empty();
    }
    JsonNode stored;
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      stored = JSON.readTree(in);
    } catch (FileNotFoundException gone) {
      return Optional.empty();
    }
    JsonNode response = stored.path("response");
    if (!response.path("text").isTextual()) {
      throw new IOException(file + ": not a PerfOrch stored response (no response.text)");
    }
    return Optional.of(new ChatResponse(
        response.path("text").asText(),
        new TokenUsage(response.path("input_tokens").asLong(), response.path("output_tokens").asLong()),
        response.path("finish_reason").asText(""),
        response.path("latency_millis").asLong(),
        response.path("attempts").asInt(1)));
  }

  /** Records an answer; a later {@link #get} of the same key serves it. */
  public void put(RequestKey key, ChatResponse response) throws IOException {
    ObjectNode stored = JSON.createObjectNode();
    stored.put("key", key.sha256());
    stored.set("request", key.identity());
    ObjectNode answer = stored.putObject("response");
    answer.put("text", response.text());
    answer.put("input_tokens", response.usage().inputTokens());
    answer.put("output_tokens", response.usage().outputTokens());
    answer.put("finish_reason", response.finishReason());
    answer.put("latency_millis", response.latencyMillis());
    answer.put("attempts", response.attempts());
    stored.put("recorded_at", Instant.now().toString());
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored);

    ResourceId file = fileOf(key);
    ResourceId temporary = file.getCurrentDirectory()
        .resolve(".tmp-" + UUID.randomUUID() + "-" + file.getFilename(), StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temporary, "application/json"))) {
      out.write(bytes);
    }
    FileSystems.rename(List.of(temporary), List.of(file), StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  private ResourceId fileOf(RequestKey key) {
    return rootDir.resolve(key.sha256().substring(0, 2), StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(key.sha256() + ".json", StandardResolveOptions.RESOLVE_FILE);
  }

  @Override
  public String toString() {
    return "response store " + root;
  }
}
