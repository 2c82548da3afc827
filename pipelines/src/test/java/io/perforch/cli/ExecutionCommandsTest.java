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
  void evaluateReportsTheRowsItCouldNotJudgeBecauseTheRequestFailed() throws Exception {
    Path samples = tmp.resolve("samples.jsonl");
    Files.writeString(samples, String.join("\n",
        "{\"task_id\": \"Python/2\", \"completion\": \"    return number % 1.0\\n\"}",
        "{\"task_id\": \"Python/2\", \"model\": \"m\", \"error\": \"RATE_LIMITED: 429 after 6 attempts\"}",
        "{\"task_id\": \"Python/0\", \"completion\": \"    return False\\n\"}",
        "{\"task_id\": \"Python/0\", \"error\": \"UNREACHABLE: connection refused\"}") + "\n");

    CliRun run = CliRun.of("evaluate", "--dataset", "humaneval-x", "--path", SharedData.humanEvalX().toString(),
        "--languages", "python", "--samples", samples.toString(), "--k", "1,2",
        "--cache-dir", tmp.resolve("cache").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("python      2 tasks,     2 samples   pass@1  50.0%")
        .contains("pass@2 not reported: a task has only 1 sample(s)")
        .contains("Provider errors: 2 row(s) without code were not judged and are not in pass@k:")
        .contains("  " + samples + ":2  Python/2  RATE_LIMITED: 429 after 6 attempts")
        .contains("  " + samples + ":4  Python/0  UNREACHABLE: connection refused");
  }

  @Test
  void aCompletionThatIsNotAStringIsRejectedWithItsLine() throws Exception {
    Path samples = tmp.resolve("numbers.jsonl");
    Files.writeString(samples, "{\"task_id\": \"Python/0\", \"completion\": \"    return False\\n\"}\n"
        + "{\"task_id\": \"Python/0\", \"completion\": 42}\n");

    CliRun run = CliRun.of("evaluate", "--dataset", "humaneval-x", "--path", SharedData.humanEvalX().toString(),
        "--languages", "python", "--samples", samples.toString(), "--cache-dir", tmp.resolve("cache").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(samples + ":2: field 'completion': expected a string but found number");
  }

  @Test
  void aDatasetWithARepeatedTaskIdOrBytesThatAreNotUtf8IsRejected() throws Exception {
    String row = Files.readAllLines(SharedData.humanEvalX("python")).get(0);
    Path twice = tmp.resolve("twice.jsonl");
    Files.writeString(twice, row + "\n" + row + "\n");
    Path latin1 = tmp.resolve("latin1.jsonl");
    Files.write(latin1, (row + "\n" + row.replace("Python/0", "Python/1 caf\u00e9") + "\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    CliRun repeated = CliRun.of("validate", "--dataset", twice.toString(),
        "--cache-dir", tmp.resolve("cache").toString());
    CliRun notUtf8 = CliRun.of("datasets", "show", latin1.toString());

    assertThat(repeated.exitCode()).isEqualTo(1);
    assertThat(repeated.err()).contains(twice + ":2: field 'task_id': duplicate task id 'Python/0' (first at "
        + twice + ":1)");
    assertThat(notUtf8.exitCode()).isEqualTo(1);
    assertThat(notUtf8.err()).contains(latin1 + ":2: not UTF-8 text (byte 0xE9 at column ");
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
