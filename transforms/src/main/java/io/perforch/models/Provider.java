package io.perforch.models;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A wire format a model is reached through. */
public enum Provider {
  /**
   * OpenAI Chat Completions ({@code POST {endpoint}/chat/completions}); also vLLM, Ollama, llama.cpp
   * server, DeepSeek, Mistral, Together, OpenRouter and every other OpenAI-compatible host.
   */
  OPENAI("openai"),
  /** Anthropic Messages ({@code POST {endpoint}/v1/messages}). */
  ANTHROPIC("anthropic"),
  /** Google Gemini ({@code POST {endpoint}/v1beta/models/{model}:generateContent}). */
  GEMINI("gemini"),
  /** PerfOrch's simulated models: deterministic, offline, built from a dataset's references. Not an LLM. */
  SIMULATED("simulated");

  private final String id;

  Provider(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Provider parse(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("openai-compatible")) {
      return OPENAI;
    }
    for (Provider provider : values()) {
      if (provider.id.equals(wanted)) {
        return provider;
      }
    }
    throw new IllegalArgumentException("unknown provider '" + name + "' (expected one of " + idList() + ")");
  }

  public static String idList() {
    return Arrays.stream(values()).map(Provider::id).collect(Collectors.joining(", "));
  }
}
