package io.perforch.models.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way a fleet file can be wrong fails with the file, the line, the field path and what is wrong. */
class FleetLoaderErrorsTest {
  private static final String OPENAI = """
      models:
        - id: a
          provider: openai
          model: m
      """;

  static Stream<Arguments> brokenFleets() {
    return Stream.of(
        broken("wrong type", OPENAI + """
                price_per_million:
                  input: abc
                  output: 1
            """, 6, "models[0].price_per_million.input", "expected a number, got 'abc'"),
        broken("fraction where a whole number belongs", OPENAI + "    max_concurrency: 2.5\n",
            5, "models[0].max_concurrency", "expected a whole number, got '2.5'"),
        broken("mapping where a text belongs", OPENAI.replace("model: m", "model: {name: m}"),
            4, "models[0].model", "expected a text, got a mapping"),
        broken("models not a list", "models:\n  a: {provider: openai}\n",
            2, "models", "expected a list ('- ' items), got a mapping"),
        broken("model not a mapping", "models:\n  - gpt-4.1\n", 2, "models[0]", "expected a mapping"),
        broken("unknown key, with a suggestion", OPENAI + "    timout_seconds: 5\n",
            5, "models[0].timout_seconds", "unknown key (did you mean 'timeout_seconds'?)"),
        broken("unknown key, unlike any", OPENAI + "    colour: blue\n",
            5, "models[0].colour", "unknown key (expected one of id, provider, model, endpoint"),
        broken("unknown top-level key", "model:\n  - id: a\n", 1, "model", "unknown key (did you mean 'models'?)"),
        broken("unknown price key", OPENAI + "    price_per_million: {input: 1, ouput: 2}\n",
            5, "models[0].price_per_million.ouput", "unknown key (did you mean 'output'?)"),
        broken("missing id", "models:\n  - provider: openai\n    model: m\n",
            2, "models[0].id", "missing: every model needs a unique id"),
        broken("missing provider", "models:\n  - id: a\n    model: m\n",
            2, "models[0].provider", "missing: one of openai, anthropic, gemini, simulated"),
        broken("missing model name", "models:\n  - id: a\n    provider: anthropic\n",
            2, "models[0].model", "missing: the provider's model name"),
        broken("missing output price", OPENAI + "    price_per_million: {input: 1}\n",
            5, "models[0].price_per_million.output", "missing: give both input and output"),
        broken("temperature out of range", OPENAI + "    temperature: 3\n",
            5, "models[0].temperature", "must be between 0 and 2, got 3"),
        broken("no concurrency", OPENAI + "    max_concurrency: 0\n",
            5, "models[0].max_concurrency", "must be at least 1, got 0"),
        broken("negative rate limit", OPENAI + "    requests_per_minute: -1\n",
            5, "models[0].requests_per_minute", "must be at least 0, got -1"),
        broken("negative price", OPENAI + "    price_per_million: {input: -1, output: 2}\n",
            5, "models[0].price_per_million.input", "must be at least 0, got -1"),
        broken("huge number", OPENAI + "    max_tokens: 99999999999\n",
            5, "models[0].max_tokens", "is too large"),
        broken("unknown provider", OPENAI.replace("openai", "cohere"),
            3, "models[0].provider", "unknown provider 'cohere' (expected one of openai, anthropic, gemini, simulated)"),
        broken("invalid id", OPENAI.replace("id: a", "id: gpt 4"),
            2, "models[0].id", "'gpt 4' is not a valid id"),
        broken("duplicate id", OPENAI + "  - id: a\n    provider: anthropic\n    model: n\n",
            5, "models[1].id", "duplicate id 'a' (lines 2 and 5)"),
        broken("key given twice", OPENAI + "    model: n\n", 5, "models[0].model", "given twice (lines 4 and 5)"),
        broken("endpoint not a URL", OPENAI + "    endpoint: api.openai.com/v1\n",
            5, "models[0].endpoint", "expected an http(s) URL such as https://api.openai.com/v1, got 'api.openai.com/v1'"),
        broken("api_key_env not a variable name", OPENAI + "    api_key_env: OPENAI API KEY\n",
            5, "models[0].api_key_env", "expected the name of the environment variable holding the key"),
        broken("simulated profile on a real model", OPENAI + "    simulated:\n      default: 0.5\n",
            5, "models[0].simulated", "only models with provider 'simulated' take a simulated profile (this one is openai)"),
        broken("simulated model without a profile", "models:\n  - id: s\n    provider: simulated\n",
            2, "models[0].simulated", "missing: a simulated model needs a profile"),
        broken("simulated model with an endpoint",
            "models:\n  - id: s\n    provider: simulated\n    endpoint: http://x.test\n    simulated: {default: 0}\n",
            4, "models[0].endpoint", "a simulated model runs offline and has no endpoint"),
        broken("simulated model with a key", "models:\n  - id: s\n    provider: simulated\n"
            + "    api_key_env: SIM_KEY\n    simulated: {default: 0}\n",
            4, "models[0].api_key_env", "a simulated model runs offline and needs no API key"),
        broken("unknown language", simulated("skill:\n        cobol: 0.5"),
            6, "models[0].simulated.skill.cobol", "unknown language (expected one of python, java, cpp, go, rust)"),
        broken("language named twice", simulated("skill:\n        python: 0.5\n        py: 0.6"),
            7, "models[0].simulated.skill.py", "names python again (as 'python')"),
        broken("unknown stage", simulated("skill:\n        python: {generate: 0.5, compile: 0.5}"),
            6, "models[0].simulated.skill.python.compile", "unknown stage (expected one of generate, fix, refine)"),
        broken("skill out of range", simulated("skill:\n        java: 1.5"),
            6, "models[0].simulated.skill.java", "must be between 0 and 1, got 1.5"),
        broken("slow share out of range", simulated("slow_share: 2"),
            5, "models[0].simulated.slow_share", "must be between 0 and 1, got 2"),
        broken("unknown profile key", simulated("defualt: 0.5"),
            5, "models[0].simulated.defualt", "unknown key (did you mean 'default'?)"),
        broken("empty models", "models: []\n", 1, "models", "is empty: a fleet needs at least one model"),
        broken("no models", "defaults:\n  temperature: 0.5\n", 1, "models", "missing: a list of models"),
        broken("bad default", "defaults:\n  temperature: hot\n" + OPENAI,
            2, "defaults.temperature", "expected a number, got 'hot'"),
        broken("unknown default", "defaults:\n  temprature: 1\n" + OPENAI,
            2, "defaults.temprature", "unknown key (did you mean 'temperature'?)"),
        broken("default id", "defaults:\n  id: x\n" + OPENAI,
            2, "defaults.id", "an id cannot have a default: give each model its own"),
        broken("merge key", "base: &base {provider: openai}\n" + OPENAI,
            1, "base", "unknown key (expected one of defaults, models)"),
        broken("merge key inside a model", "models:\n  - <<: {provider: openai}\n    id: a\n",
            2, "models[0]", "YAML merge keys (<<) are not supported; put shared settings under 'defaults'"),
        broken("not a mapping at all", "- id: a\n", 1, "", "expected a mapping (key: value lines), got a list"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFleets")
  void namesFileLineAndField(String why, String yaml, int line, String field, String problem) {
    FleetFormatException e = failure(yaml);

    String where = field.isEmpty() ? "fleet.yaml:" + line + ": " : "fleet.yaml:" + line + ": " + field + ": ";
    assertThat(e.getMessage()).startsWith(where).contains(problem);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.file()).isEqualTo("fleet.yaml");
  }

  @Test
  void yamlSyntaxErrorsNameTheLine() {
    FleetFormatException e = failure("""
        models:
          - id: a
            provider: openai
            price_per_million: {input: 1, output: 2
            model: m
        """);

    assertThat(e.getMessage()).startsWith("fleet.yaml:5: not valid YAML: ");
    assertThat(e.field()).isNull();
  }

  @Test
  void badIndentationIsASyntaxErrorWithItsLine() {
    FleetFormatException e = failure("models:\n  - id: a\n    provider: openai\n   model: m\n");

    assertThat(e.getMessage()).startsWith("fleet.yaml:4: not valid YAML: ");
  }

  @Test
  void aBinaryFileOrOneNotInUtf8IsNamedWithItsLine() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0};
    byte[] latin1 = "models:\n  - id: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] control = "models:\n  - id: a\u0001\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(failure(zip)).hasMessage("fleet.yaml:1: a binary file, not YAML text (a NUL byte)");
    assertThat(failure(latin1))
        .hasMessage("fleet.yaml:2: not UTF-8 text (byte 0xE9 at column 12); save the file as UTF-8");
    assertThat(failure(control))
        .hasMessageStartingWith("fleet.yaml:2: not YAML text: character U+0001 is not allowed");
  }

  @Test
  void anEmptyFileSaysSo() {
    assertThat(failure("# nothing but a comment\n"))
        .hasMessage("fleet.yaml: is empty: a fleet file needs a 'models' list");
  }

  @Test
  void aPastedKeyIsNotEchoed() {
    FleetFormatException e = failure(OPENAI + "    api_key_env: sk-proj-abcdef0123456789\n");

    assertThat(e.getMessage()).contains("models[0].api_key_env").doesNotContain("sk-proj");
  }

  private static Arguments broken(String why, String yaml, int line, String field, String problem) {
    return Arguments.of(why, yaml, line, field, problem);
  }

  /** A simulated model whose profile has the given lines (at the profile's indentation). */
  private static String simulated(String profileLines) {
    return "models:\n  - id: s\n    provider: simulated\n    simulated:\n      " + profileLines + "\n";
  }

  private static FleetFormatException failure(String yaml) {
    FleetFormatException e = failure(FleetLoaderTest.bytes(yaml));
    assertThat(e).as("no error for:%n%s", yaml).isNotNull();
    return e;
  }

  private static FleetFormatException failure(byte[] bytes) {
    return catchThrowableOfType(() -> FleetLoader.parse("fleet.yaml", bytes), FleetFormatException.class);
  }
}
