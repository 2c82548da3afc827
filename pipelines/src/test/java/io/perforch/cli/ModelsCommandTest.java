package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.models.Fleet;
import io.perforch.models.ModelSpec;
import io.perforch.models.fleet.FleetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {
  private static final String SHIPPED = Path.of("..", "runner-configs", "models", "fleet.yaml").toString();

  @TempDir Path tmp;

  @Test
  void listPrintsEveryModelOfTheShippedFleet() {
    CliRun run = CliRun.of("models", "list", "--fleet", SHIPPED);

    assertThat(run.exitCode()).as(run.err()).isZero();
    Fleet fleet = FleetLoader.load(SHIPPED);
    assertThat(run.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
        .startsWith("ID").contains("PROVIDER", "MODEL", "ENDPOINT", "KEY", "$/M IN", "$/M OUT", "CONC", "RPM", "TPM"));
    for (ModelSpec model : fleet.models()) {
      assertThat(run.out()).contains(model.id() + " ");
    }
    assertThat(rowOf(run.out(), "deepseek-reasoner"))
        .contains("openai", "https://api.deepseek.com", "DEEPSEEK_API_KEY", "0.28", "0.42");
    assertThat(rowOf(run.out(), "ollama-qwen2.5-coder-7b"))
        .contains("qwen2.5-coder:7b", "http://localhost:11434/v1", " none ", "0.00");
    assertThat(rowOf(run.out(), "gemini-2.5-pro")).contains("150", "2,000,000");
    assertThat(run.out()).contains("17 models from " + SHIPPED + " (sha256 " + fleet.sha256().substring(0, 12));
  }

  @Test
  void listSaysWhetherEachKeyIsSetButNeverPrintsOne() {
    CliRun run = CliRun.of("models", "list", "--fleet", SHIPPED);

    for (ModelSpec model : FleetLoader.load(SHIPPED).models()) {
      if (model.apiKeyEnv() == null) {
        continue;
      }
      String value = System.getenv(model.apiKeyEnv());
      boolean set = value != null && !value.isBlank();
      assertThat(rowOf(run.out(), model.id())).contains(model.apiKeyEnv() + (set ? " (set)" : " (not set)"));
      if (set) {
        assertThat(run.out()).doesNotContain(value.strip());
      }
    }
  }

  @Test
  void listSummarisesSimulatedSkills() throws Exception {
    Path file = tmp.resolve("sim.yaml");
    Files.writeString(file, """
        models:
          - id: sim-python
            provider: simulated
            simulated:
              seed: 7
              default: 0.3
              skill:
                python: {generate: 0.9, fix: 0.7, refine: 0.5}
                java: 0.4
              slow_share: 0.3
        """);

    CliRun run = CliRun.of("models", "list", "--fleet", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(rowOf(run.out(), "sim-python")).contains("simulated", "(offline)");
    assertThat(run.out()).contains(
        "  sim-python  python 0.90/0.70/0.50, java 0.40, others 0.30; slow share 0.30; seed 7");
  }

  @Test
  void aBrokenFleetFailsWithFileLineAndFieldAndNoStackTrace() throws Exception {
    Path file = tmp.resolve("fleet.yaml");
    Files.writeString(file, """
        models:
          - id: gpt-4.1
            provider: openai
            model: gpt-4.1
            price_per_million:
              input: abc
              output: 8
        """);

    CliRun run = CliRun.of("models", "list", "--fleet", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("perforch: error: " + file
        + ":6: models[0].price_per_million.input: expected a number, got 'abc'\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFleetFileFails() {
    String path = tmp.resolve("absent.yaml").toString();

    CliRun run = CliRun.of("models", "list", "--fleet", path);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("perforch: error: " + path + ": no such file\n");
  }

  @Test
  void usageErrorsGetOneLineAHintAndExitCodeTwo() {
    CliRun noFleet = CliRun.of("models", "list");
    CliRun noVerb = CliRun.of("models");

    assertThat(noFleet.exitCode()).isEqualTo(2);
    assertThat(noFleet.err()).isEqualTo(
        "perforch models list: Missing required option: '--fleet=FILE'\nTry 'perforch models list --help'.\n");
    assertThat(noVerb.exitCode()).isEqualTo(2);
    assertThat(noVerb.err()).startsWith("perforch models: missing command (list or check)\n");
  }

  @Test
  void helpHasExamples() {
    for (String[] args : new String[][] {{"models", "--help"}, {"models", "list", "--help"}}) {
      CliRun run = CliRun.of(args);

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: perforch " + String.join(" ", args).replace(" --help", ""))
          .contains("Examples:", "perforch models list --fleet runner-configs/models/fleet.yaml");
    }
  }

  /** The table row of a model: the line that starts with its id. */
  private static String rowOf(String out, String id) {
    return out.lines().filter(line -> line.startsWith(id + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + id + " in:\n" + out));
  }
}
