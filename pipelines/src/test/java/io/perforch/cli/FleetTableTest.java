package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.models.Fleet;
import io.perforch.models.fleet.FleetLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FleetTableTest {
  private static final Fleet FLEET = FleetLoader.parse("test.yaml", """
      models:
        - {id: a, provider: openai, model: gpt-4.1, price_per_million: {input: 2, output: 8}}
        - {id: b, provider: anthropic, model: claude-sonnet-4-5, requests_per_minute: 50,
           tokens_per_minute: 30000}
        - {id: c, provider: gemini, model: gemini-2.5-flash-lite, price_per_million: {input: 0.075, output: 0.3}}
        - {id: d, provider: openai, model: llama3, endpoint: 'http://localhost:11434/v1', api_key_env: none}
      """.getBytes(StandardCharsets.UTF_8));

  @Test
  void showsWhetherEachKeyIsSetAndListsTheMissingOnes() {
    String out = print(Set.of("OPENAI_API_KEY")::contains);

    assertThat(row(out, "a")).contains("OPENAI_API_KEY (set)");
    assertThat(row(out, "b")).contains("ANTHROPIC_API_KEY (not set)");
    assertThat(row(out, "d")).contains(" none ");
    assertThat(out).contains("Key variables not set: ANTHROPIC_API_KEY, GEMINI_API_KEY");
  }

  @Test
  void alignsColumnsAndFormatsPricesAndLimits() {
    String out = print(variable -> true);

    assertThat(out.lines().findFirst().orElseThrow())
        .isEqualTo("ID  PROVIDER   MODEL                  ENDPOINT                                   KEY"
            + "                      $/M IN  $/M OUT  CONC  RPM     TPM");
    assertThat(row(out, "b")).endsWith("0.00     0.00     4   50  30,000");
    assertThat(row(out, "c")).contains("0.075     0.30").endsWith("-       -");
    assertThat(out).doesNotContain("Key variables not set");
  }

  private static String print(java.util.function.Predicate<String> keyIsSet) {
    StringWriter text = new StringWriter();
    new FleetTable(keyIsSet).print(FLEET, new PrintWriter(text, true));
    return text.toString();
  }

  private static String row(String out, String id) {
    return out.lines().filter(line -> line.startsWith(id + " ")).findFirst().orElseThrow();
  }
}
