/**
 * Clients of real LLM providers over HTTP. Plain Java ({@code java.net.http} and Jackson), no Beam.
 *
 * <p>Entry point: {@link io.perforch.models.providers.ProviderClients#create} gives the {@link
 * io.perforch.models.ModelClient} of an OpenAI-compatible, Anthropic or Gemini {@link
 * io.perforch.models.ModelSpec}. Each API's shape is one small {@code WireFormat}; {@link
 * io.perforch.models.providers.HttpModelClient} does the rest for all of them:
 *
 * <ul>
 *   <li>reads the API key from {@code spec.apiKeyEnv()} through an injected lookup, and fails with
 *       {@code AUTH_FAILED} without sending anything when it is missing;
 *   <li>keeps at most {@code maxConcurrency} requests in flight, and paces requests and tokens per
 *       minute with token buckets. A request is charged prompt characters / 4 + its output cap before
 *       it is sent, corrected to the reported usage after;
 *   <li>retries 408, 429, 5xx/529, timeouts and connection errors with full-jitter exponential
 *       backoff ({@link io.perforch.models.providers.RetryPolicy}), waiting exactly as long as a
 *       provider's {@code Retry-After} asks when it asks for no more than the policy's cap;
 *   <li>bounds each attempt by {@code spec.timeout()}, from sending to the last byte of the answer.
 * </ul>
 *
 * <p>All waiting goes through a {@link io.perforch.models.providers.TimeSource}, so tests assert the
 * waits instead of spending them.
 */
package io.perforch.models.providers;
