package io.perforch.models.fleet;

import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.SimulatedProfile;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one entry of a fleet's {@code models} list into a {@link ModelSpec}: the entry's own fields
 * first, then the fleet's {@code defaults}, then the built-in defaults. A default that does not apply to
 * the model's provider (an endpoint for a simulated model, a simulated profile for a real one) is skipped.
 */
final class ModelReader {
  static final List<String> KEYS = List.of("id", "provider", "model", "endpoint", "api_key_env",
      "price_per_million", "max_concurrency", "requests_per_minute", "tokens_per_minute", "timeout_seconds",
      "temperature", "max_tokens", "simulated");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final List<String> PRICE_KEYS = List.of("input", "output");

  private final YamlMapping model;
  private final YamlMapping defaults;

  /** @param defaults the fleet's defaults block, or null */
  ModelReader(YamlMapping model, YamlMapping defaults) {
    this.model = model;
    this.defaults = defaults;
  }

  ModelSpec read() {
    model.allowOnly(KEYS);
    String id = id();
    Provider provider = provider();
    boolean simulated = provider == Provider.SIMULATED;
    if (simulated) {
      rejectOwn("endpoint", "a simulated model runs offline and has no endpoint");
    } else if (model.get("simulated").isPresent()) {
      throw model.keyError("simulated",
          "only models with provider 'simulated' take a simulated profile (this one is " + provider.id() + ")");
    }
    return new ModelSpec(
        id,
        provider,
        simulated ? field("model").map(YamlValue::text).orElse(id)
            : field("model").orElseThrow(() -> model.missing("model", "the provider's model name, e.g. gpt-4.1"))
                .text(),
        simulated ? null : field("endpoint").map(ModelReader::endpoint).orElse(ProviderDefaults.endpoint(provider)),
        simulated ? simulatedKeyEnv() : keyEnv(provider),
        field("price_per_million").map(ModelReader::pricing).orElse(Pricing.FREE),
        field("max_concurrency").map(v -> v.wholeNumber(1)).orElse(4),
        field("requests_per_minute").map(v -> v.wholeNumber(0)).orElse(0),
        field("tokens_per_minute").map(v -> v.wholeNumber(0)).orElse(0),
        Duration.ofSeconds(field("timeout_seconds").map(v -> v.wholeNumber(1)).orElse(120)),
        field("temperature").map(v -> v.number(0, 2)).orElse(0.2),
        field("max_tokens").map(v -> v.wholeNumber(1)).orElse(2048),
        simulated ? profile(id) : null);
  }

  /** The model's own value, else the fleet's default. */
  private Optional<YamlValue> field(String key) {
    Optional<YamlValue> own = model.get(key);
    return own.isPresent() || defaults == null ? own : defaults.get(key);
  }

  private String id() {
    YamlValue value = model.require("id", "every model needs a unique id");
    String id = value.text();
    if (!ID.matcher(id).matches()) {
      throw value.error("'" + id + "' is not a valid id: use letters, digits and . _ : -");
    }
    return id;
  }

  private Provider provider() {
    YamlValue value = field("provider").orElseThrow(() -> model.missing("provider",
        "one of " + Provider.idList() + " (openai-compatible is an alias of openai)"));
    try {
      return Provider.parse(value.text());
    } catch (IllegalArgumentException unknown) {
      throw value.error(unknown.getMessage() + "; openai-compatible is an alias of openai");
    }
  }

  private void rejectOwn(String key, String why) {
    if (model.get(key).isPresent()) {
      throw model.keyError(key, why);
    }
  }

  /** The named variable, null for {@code none}, or the provider's usual variable when not given. */
  private String keyEnv(Provider provider) {
    Optional<YamlValue> value = field("api_key_env");
    // Not Optional.map: 'none' reads as null, which must not fall back to the provider's variable.
    return value.isPresent() ? keyEnv(value.get()) : ProviderDefaults.apiKeyEnv(provider);
  }

  /** Simulated models need no key; an explicit 'none' is harmless, a variable name is a mistake. */
  private String simulatedKeyEnv() {
    model.get("api_key_env").ifPresent(value -> {
      if (keyEnv(value) != null) {
        throw value.error("a simulated model runs offline and needs no API key");
      }
    });
    return null;
  }

  private SimulatedProfile profile(String id) {
    YamlValue value = field("simulated").orElseThrow(() -> model.missing("simulated",
        "a simulated model needs a profile (" + String.join(", ", SimulatedProfileReader.KEYS) + ")"));
    return SimulatedProfileReader.read(value, id);
  }

  private static URI endpoint(YamlValue value) {
    String text = value.text().strip();
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        // Providers append their paths ("/chat/completions"), so a trailing slash would double up.
        return URI.create(text.replaceAll("/+$", ""));
      }
    } catch (URISyntaxException invalid) {
      // reported below
    }
    throw value.error("expected an http(s) URL such as https://api.openai.com/v1, got " + value.describe());
  }

  /** A variable name, or null for {@code none} / YAML null (hosts without keys). */
  private static String keyEnv(YamlValue value) {
    if (value.isNull()) {
      return null;
    }
    String name = value.text().strip();
    if (name.equalsIgnoreCase("none")) {
      return null;
    }
    if (!ENV_NAME.matcher(name).matches()) {
      // The value is not echoed: it may be a pasted key.
      throw value.error("expected the name of the environment variable holding the key (never the key "
          + "itself), e.g. OPENAI_API_KEY, or none");
    }
    return name;
  }

  private static Pricing pricing(YamlValue value) {
    YamlMapping prices = value.mapping();
    prices.allowOnly(PRICE_KEYS);
    String hint = "give both input and output, in USD per million tokens";
    double input = prices.require("input", hint).numberAtLeast(0);
    double output = prices.require("output", hint).numberAtLeast(0);
    return new Pricing(input, output);
  }
}
