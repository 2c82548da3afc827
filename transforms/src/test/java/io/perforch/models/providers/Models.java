package io.perforch.models.providers;

import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Specs, requests and environments for the provider tests. */
final class Models {
  static final String KEY_ENV = "TEST_PROVIDER_KEY";
  static final Function<String, String> ENV = Map.of(KEY_ENV, "sk-test-123")::get;

  private Models() {}

  static ModelSpec spec(Provider provider, String model, URI endpoint) {
    return new Spec(provider, model, endpoint).build();
  }

  /** A spec with adjustable limits. */
  record Spec(Provider provider, String model, URI endpoint, String keyEnv, int concurrency, int rpm, int tpm,
      Duration timeout) {
    Spec(Provider provider, String model, URI endpoint) {
      this(provider, model, endpoint, KEY_ENV, 4, 0, 0, Duration.ofSeconds(5));
    }

    Spec keyEnv(String env) {
      return new Spec(provider, model, endpoint, env, concurrency, rpm, tpm, timeout);
    }

    Spec concurrency(int n) {
      return new Spec(provider, model, endpoint, keyEnv, n, rpm, tpm, timeout);
    }

    Spec rpm(int n) {
      return new Spec(provider, model, endpoint, keyEnv, concurrency, n, tpm, timeout);
    }

    Spec tpm(int n) {
      return new Spec(provider, model, endpoint, keyEnv, concurrency, rpm, n, timeout);
    }

    Spec timeout(Duration d) {
      return new Spec(provider, model, endpoint, keyEnv, concurrency, rpm, tpm, d);
    }

    ModelSpec build() {
      return new ModelSpec("test-" + model, provider, model, endpoint, keyEnv, Pricing.FREE, concurrency, rpm, tpm,
          timeout, 0.2, 256, null);
    }
  }

  /** A system prompt, a user turn, an assistant turn and a second user turn. */
  static ChatRequest conversation() {
    return new ChatRequest(List.of(
        ChatMessage.system("You write Python."),
        ChatMessage.user("Add two numbers."),
        new ChatMessage(ChatMessage.Role.ASSISTANT, "def add(a, b): return a + b"),
        ChatMessage.user("Now make it faster.")), 0.2, 256, 0, null);
  }

  static ChatRequest ask(String prompt, int maxTokens) {
    return new ChatRequest(List.of(ChatMessage.user(prompt)), 0.0, maxTokens, 0, null);
  }
}
