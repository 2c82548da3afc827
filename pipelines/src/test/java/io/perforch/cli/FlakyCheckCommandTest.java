package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.io.DatasetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --check-flaky N} and {@code evaluate --check-flaky N} on a genuinely nondeterministic
 * reference: Python/1 tosses a coin from os.urandom and passes half its runs; Python/0 is deterministic.
 * The coin's assertions hold unless 30 fair tosses all come out the same (a chance of 2 in 10^9).
 */
class FlakyCheckCommandTest {
  private static final Pattern COIN_LINE =
      Pattern.compile("(?m)^  Python/1\\s+(\\S+)\\s+(PASSED|FAILED) (\\d+), (PASSED|FAILED) (\\d+)$");

  @TempDir Path tmp;

  @Test
  void validateListsTheFlakyReferenceWithItsVerdictCountsAndExitsWithThree() throws Exception {
    CliRun run = CliRun.of("validate", "--dataset", dataset().toString(), "--check-flaky", "30",
        "--out", tmp.resolve("out").toString(), "--cache-dir", tmp.resolve("cache").toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).contains("Flaky: 1 of 2 programs gave different verdicts over 30 runs each:");
    Matcher coin = COIN_LINE.matcher(run.out());
    assertThat(coin.find()).as(run.out()).isTrue();
    assertThat(coin.group(1)).isEqualTo("canonical");
    assertThat(Integer.parseInt(coin.group(3)) + Integer.parseInt(coin.group(5))).isEqualTo(30);
    assertThat(run.out()).doesNotContainPattern("(?m)^  Python/0 ");

    List<String> lines = Files.readAllLines(tmp.resolve("out/results.jsonl"));
    var deterministic = DatasetFiles.json().readTree(lines.get(0));
    var flaky = DatasetFiles.json().readTree(lines.get(1));
    assertThat(flaky.get("taskId").asText()).isEqualTo("Python/1");
    assertThat(flaky.get("flaky").asBoolean()).isTrue();
    assertThat(flaky.get("verdictsSeen")).hasSize(30);
    assertThat(deterministic.get("flaky").asBoolean()).isFalse();
    assertThat(deterministic.get("verdictsSeen")).hasSize(30);
  }

  @Test
  void evaluateListsTheFlakySample() throws Exception {
    Path samples = tmp.resolve("samples.jsonl");
    Files.writeString(samples, "{\"task_id\": \"Python/0\", \"completion\": \"    return a + b\\n\"}\n"
        + "{\"task_id\": \"Python/1\", \"completion\": \"    return os.urandom(1)[0] % 2\\n\"}\n");

    CliRun run = CliRun.of("evaluate", "--dataset", dataset().toString(), "--samples", samples.toString(),
        "--k", "1", "--check-flaky", "30", "--cache-dir", tmp.resolve("cache").toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).contains("Flaky: 1 of 2 programs gave different verdicts over 30 runs each:");
    Matcher coin = COIN_LINE.matcher(run.out());
    assertThat(coin.find()).as(run.out()).isTrue();
    assertThat(coin.group(1)).isEqualTo("sample-1");
  }

  @Test
  void deterministicReferencesAreReportedAsSuchAndExitWithZero() throws Exception {
    CliRun run = CliRun.of("validate", "--dataset", dataset().toString(), "--check-flaky", "3",
        "--languages", "python", "--cache-dir", tmp.resolve("cache").toString(), "--limit", "1");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Flaky: none of 1 programs changed verdict over 3 runs each");
  }

  @Test
  void fewerThanTwoRunsIsAUsageError() throws Exception {
    CliRun run = CliRun.of("validate", "--dataset", dataset().toString(), "--check-flaky", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--check-flaky'")
        .contains("must be at least 2 (a flakiness check compares runs), not 1");
  }

  /** HumanEval-X-style JSONL: a deterministic reference and one that fails at random. */
  private Path dataset() throws Exception {
    Path file = tmp.resolve("humaneval_python.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"task_id\": \"Python/0\", \"prompt\": \"def add(a, b):\\n\", \"canonical_solution\": "
            + "\"    return a + b\\n\", \"test\": \"\\n\\nassert add(2, 3) == 5\\n\"}",
        "{\"task_id\": \"Python/1\", \"prompt\": \"import os\\n\\n\\ndef coin():\\n\", \"canonical_solution\": "
            + "\"    return os.urandom(1)[0] % 2\\n\", \"test\": \"\\n\\nassert coin() == 0\\n\"}") + "\n");
    return file;
  }
}
