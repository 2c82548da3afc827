package io.perforch.models;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One model of a fleet: how to reach it, what it costs, how hard it may be driven, and how it samples.
 *
 * @param id the fleet's name for the model, unique in the fleet (what tables and routing use)
 * @param provider the wire format
 * @param model the provider's model name, e.g. {@code gpt-4.1} or {@code claude-sonnet-4-5}
 * @param endpoint base URL; the provider appends its path
 * @param apiKeyEnv environment variable holding the API key; null for hosts that need none (local
 *     Ollama/vLLM, simulated)
 * @param pricing price per million tokens
 * @param maxConcurrency requests in flight at once
 * @param requestsPerMinute 0 for no limit
 * @param tokensPerMinute 0 for no limit
 * @param timeout for one HTTP request
 * @param temperature sampling temperature
 * @param maxTokens output token cap
 * @param simulated the profile of a {@link Provider#SIMULATED} model, else null
 */
public record ModelSpec(
    String id,
    Provider provider,
    String model,
    URI endpoint,
    String apiKeyEnv,
    Pricing pricing,
    int maxConcurrency,
    int requestsPerMinute,
    int tokensPerMinute,
    Duration timeout,
    double temperature,
    int maxTokens,
    SimulatedProfile simulated) {

  public ModelSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(timeout, "timeout");
    if (provider != Provider.SIMULATED) {
      Objects.requireNonNull(endpoint, "endpoint");
    } else {
      Objects.requireNonNull(simulated, "simulated");
    }
  }

  /** The same model with another per-request timeout (e.g. a short one for {@code models check}). */
  public ModelSpec withTimeout(Duration newTimeout) {
    return new ModelSpec(id, provider, model, endpoint, apiKeyEnv, pricing, maxConcurrency, requestsPerMinute,
        tokensPerMinute, newTimeout, temperature, maxTokens, simulated);
  }

  public double cost(TokenUsage usage) {
    return pricing.cost(usage);
  }
}
