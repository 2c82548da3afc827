package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate and evaluate as a user runs them, on the built-in sample and on HumanEval-X. */
class ExecutionCommandsTest {
  @TempDir Path tmp;

  @Test
  void validateRunsTheSampleReferencesAndWritesResults() throws Exception {
    CliRun run = CliRun.of("validate", "--dataset", "sample", "--languages", "python", "--labels",
        "canonical,slow", "--limit", "3", "--out", tmp.toString(), "--cache-dir", tmp.resolve("cache").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("python\\s+6\\s+6\\s+100.0%");
    List<String> lines = Files.readAllLines(tmp.resolve("results.jsonl"));
    assertThat(lines).hasSize(6);
    assertThat(DatasetFiles.json().readTree(lines.get(0)).get("verdict").asText()).isEqualTo("PASSED");
    try (var avro = new DataFileReader<GenericRecord>(tmp.resolve("results.avro").toFile(),
        new GenericDatumReader<>())) {
      assertThat(avro.iterator()).toIterable().hasSize(6);
    }
  }

  @Test
  void aRerunIsServedFromTheCache() {
    String[] args = {"validate", "--dataset", "sample", "--languages", "cpp", "--limit", "2",
        "--cache-dir", tmp.resolve("cache").toString()};

    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);

    assertThat(first.out()).containsPattern("cpp\\s+2\\s+2\\s+100.0%\\s+0");
    assertThat(second.out()).containsPattern("cpp\\s+2\\s+2\\s+100.0%\\s+2");
  }

  @Test
  void swapRejectsOtherProblemsSolutions() {
    CliRun run = CliRun.of("validate", "--swap", "--dataset", "humaneval-x", "--path",
        SharedData.humanEvalX().toString(), "--languages", "python", "--limit", "20",
        "--cache-dir", tmp.resolve("cache").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("python\\s+20\\s+20\\s+100.0%");
  }

  @Test
  void evaluateReportsPassAtK() throws Exception {
    Path samples = tmp.resolve("samples.jsonl");
    Files.writeString(samples, String.join("\n",
        "{\"task_id\": \"Python/0\", \"completion\": \"    return any(abs(a - b) < threshold for i, a in "
            + "enumerate(numbers) for j, b in enumerate(numbers) if i != j)\\n\"}",
        "{\"task_id\": \"Python/0\", \"generation\": \"    return False\\n\"}",
        "{\"task_id\": \"Python/2\", \"language\": \"python\", \"completion\": \"    return number % 1.0\\n\"}",
        "{\"task_id\": \"Python/2\", \"completion\": \"    return number\\n\"}") + "\n");

    CliRun run = CliRun.of("evaluate", "--dataset", "humaneval-x", "--path", SharedData.humanEvalX().toString(),
        "--languages", "python", "--samples", samples.toString(), "--k", "1,2",
        "--cache-dir", tmp.resolve("cache").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("python      2 tasks,     4 samples   pass@1  50.0%   pass@2 100.0%")
        .contains("PASSED 2, FAILED 2");
  }

  @Test
  void evaluateNamesAnUnknownTaskWithItsLine() throws Exception {
    Path samples = tmp.resolve("bad.jsonl");
    Files.writeString(samples, "{\"task_id\": \"Python/0\", \"completion\": \"x\"}\n"
        + "{\"task_id\": \"Python/9999\", \"completion\": \"x\"}\n");

    CliRun run = CliRun.of("evaluate", "--dataset", "humaneval-x", "--path", SharedData.humanEvalX().toString(),
        "--languages", "python", "--samples", samples.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(samples + ":2: field 'task_id': no problem 'Python/9999'");
  }

  @Test
  void anUnknownSandboxModeIsAUsageError() {
    CliRun run = CliRun.of("validate", "--dataset", "sample", "--sandbox", "docker");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown sandbox mode 'docker'");
  }
}
