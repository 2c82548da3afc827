package io.perforch.models.providers;

import io.perforch.models.ModelClient;
import io.perforch.models.ModelSpec;
import io.perforch.models.Provider;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds the client of a model reached over HTTP, choosing its wire format by its provider. */
public final class ProviderClients {
  private static final Map<Provider, WireFormat> FORMATS = formats();

  private ProviderClients() {}

  private static Map<Provider, WireFormat> formats() {
    Map<Provider, WireFormat> formats = new EnumMap<>(Provider.class);
    formats.put(Provider.OPENAI, new OpenAiChatFormat());
    formats.put(Provider.ANTHROPIC, new AnthropicMessagesFormat());
    formats.put(Provider.GEMINI, new GeminiFormat());
    return Collections.unmodifiableMap(formats);
  }

  /** The providers this factory builds clients for. */
  public static Set<Provider> supported() {
    return FORMATS.keySet();
  }

  /**
   * A client with the default retry policy and the real clock.
   *
   * @param env looks up environment variables, e.g. {@code System::getenv}
   */
  public static ModelClient create(ModelSpec spec, Function<String, String> env) {
    return create(spec, env, RetryPolicy.defaults(), TimeSource.SYSTEM);
  }

  public static ModelClient create(ModelSpec spec, Function<String, String> env, RetryPolicy retry,
      TimeSource time) {
    WireFormat format = FORMATS.get(spec.provider());
    if (format == null) {
      throw new IllegalArgumentException("model " + spec.id() + ": provider '" + spec.provider().id()
          + "' is not reached over HTTP (HTTP providers: " + String.join(", ",
              supported().stream().map(Provider::id).toList()) + ")");
    }
    return new HttpModelClient(spec, format, env, retry, time);
  }
}
