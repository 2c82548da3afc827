package io.perforch.models.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelClient;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.ProviderException;
import io.perforch.models.TokenUsage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredModelClientTest {
  private static final ModelSpec SPEC = new ModelSpec("local-coder", Provider.OPENAI, "coder-7b",
      URI.create("http://127.0.0.1:1/v1"), null, Pricing.FREE, 2, 0, 0, Duration.ofSeconds(5), 0.2, 256, null);

  @TempDir Path dir;

  /** A model that answers with a counter, so a served-from-store answer is told apart from a new one. */
  private static final class CountingModel implements ModelClient {
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean failNext;

    @Override
    public ModelSpec spec() {
      return SPEC;
    }

    @Override
    public ChatResponse complete(ChatRequest request) throws ProviderException {
      int call = calls.incrementAndGet();
      if (failNext) {
        failNext = false;
        throw new ProviderException(ProviderException.Kind.SERVER_ERROR, "HTTP 503 after 6 attempts");
      }
      return new ChatResponse("answer " + call + " to " + request.messages().get(0).content(),
          new TokenUsage(12, 34), "stop", 250 + call, 1);
    }
  }

  private static ChatRequest ask(String prompt, int sample) {
    return ChatRequest.of(SPEC, List.of(ChatMessage.user(prompt)), sample, null);
  }

  @Test
  void cacheAsksOnceAndServesTheRecordedAnswerAfterwards() throws Exception {
    CountingModel model = new CountingModel();
    StoredModelClient client = new StoredModelClient(SPEC, model, new ResponseStore(dir.toString()), StoreMode.CACHE);

    ChatResponse first = client.complete(ask("reverse a list", 0));
    ChatResponse second = client.complete(ask("reverse a list", 0));

    assertThat(model.calls).hasValue(1);
    assertThat(second).isEqualTo(first);
    assertThat(client.hits()).isEqualTo(1);
    assertThat(client.misses()).isEqualTo(1);
  }

  @Test
  void eachSampleIsItsOwnRequest() throws Exception {
    CountingModel model = new CountingModel();
    StoredModelClient client = new StoredModelClient(SPEC, model, new ResponseStore(dir.toString()), StoreMode.CACHE);

    ChatResponse sample0 = client.complete(ask("reverse a list", 0));
    ChatResponse sample1 = client.complete(ask("reverse a list", 1));

    assertThat(model.calls).hasValue(2);
    assertThat(sample1.text()).isNotEqualTo(sample0.text());
  }

  @Test
  void replayServesWhatACachedRunRecordedWithoutTheModel() throws Exception {
    ResponseStore store = new ResponseStore(dir.toString());
    ChatResponse recorded = new StoredModelClient(SPEC, new CountingModel(), store, StoreMode.CACHE)
        .complete(ask("sum of squares", 3));

    StoredModelClient replay = new StoredModelClient(SPEC, null, new ResponseStore(dir.toString()), StoreMode.REPLAY);

    assertThat(replay.complete(ask("sum of squares", 3))).isEqualTo(recorded);
  }

  @Test
  void replayMissIsAClearErrorNotAnAnswer() {
    StoredModelClient replay = new StoredModelClient(SPEC, null, new ResponseStore(dir.toString()), StoreMode.REPLAY);

    assertThatThrownBy(() -> replay.complete(ask("never recorded", 0)))
        .isInstanceOfSatisfying(ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.REPLAY_MISS))
        .hasMessageContaining("local-coder").hasMessageContaining("--cache " + dir);
  }

  @Test
  void providerErrorsAreNotStoredSoARerunAsksAgain() throws Exception {
    CountingModel model = new CountingModel();
    StoredModelClient client = new StoredModelClient(SPEC, model, new ResponseStore(dir.toString()), StoreMode.CACHE);
    model.failNext = true;

    assertThatThrownBy(() -> client.complete(ask("flaky", 0))).isInstanceOf(ProviderException.class);
    ChatResponse retried = client.complete(ask("flaky", 0));

    assertThat(retried.text()).startsWith("answer 2");
    assertThat(model.calls).hasValue(2);
  }

  @Test
  void storedFilesNameTheRequestAndLeaveNoTemporaries() throws Exception {
    new StoredModelClient(SPEC, new CountingModel(), new ResponseStore(dir.toString()), StoreMode.CACHE)
        .complete(ask("fizzbuzz", 0));

    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSize(1);
    String key = RequestKey.of(SPEC, ask("fizzbuzz", 0)).sha256();
    assertThat(files.get(0)).isEqualTo(dir.resolve(key.substring(0, 2)).resolve(key + ".json"));
    JsonNode stored = new ObjectMapper().readTree(files.get(0).toFile());
    assertThat(stored.path("request").path("model").asText()).isEqualTo("coder-7b");
    assertThat(stored.path("request").path("messages").get(0).path("content").asText()).isEqualTo("fizzbuzz");
    assertThat(stored.path("response").path("output_tokens").asLong()).isEqualTo(34);
  }

  @Test
  void aCorruptStoredFileIsAStoreErrorNamingTheStore() throws IOException {
    ResponseStore store = new ResponseStore(dir.toString());
    String key = RequestKey.of(SPEC, ask("fizzbuzz", 0)).sha256();
    Files.createDirectories(dir.resolve(key.substring(0, 2)));
    Files.writeString(dir.resolve(key.substring(0, 2)).resolve(key + ".json"), "{\"response\": 1}");
    StoredModelClient client = new StoredModelClient(SPEC, new CountingModel(), store, StoreMode.CACHE);

    assertThatThrownBy(() -> client.complete(ask("fizzbuzz", 0)))
        .isInstanceOfSatisfying(ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.STORE_ERROR))
        .hasMessageContaining(dir.toString());
  }
}
