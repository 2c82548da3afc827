package io.perforch.models.fleet;

import io.perforch.models.Provider;
import java.net.URI;

/** Where each provider is reached and which variable holds its key, when a fleet file does not say. */
final class ProviderDefaults {
  private ProviderDefaults() {}

  /** The provider's public endpoint; null for simulated models, which run offline. */
  static URI endpoint(Provider provider) {
    return switch (provider) {
      case OPENAI -> URI.create("https://api.openai.com/v1");
      case ANTHROPIC -> URI.create("https://api.anthropic.com");
      case GEMINI -> URI.create("https://generativelanguage.googleapis.com");
      case SIMULATED -> null;
    };
  }

  /** The variable the provider's own SDKs read; null for simulated models. */
  static String apiKeyEnv(Provider provider) {
    return switch (provider) {
      case OPENAI -> "OPENAI_API_KEY";
      case ANTHROPIC -> "ANTHROPIC_API_KEY";
      case GEMINI -> "GEMINI_API_KEY";
      case SIMULATED -> null;
    };
  }
}
