package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.testing.SharedData;
import io.perforch.datasets.testing.StaticHttpServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {
  @TempDir Path tmp;

  @Test
  void showPrintsAHumanEvalXProblemFromALocalCopy() {
    CliRun run = CliRun.of("datasets", "show", "humaneval-x", "--path", SharedData.humanEvalX().toString(),
        "--language", "rust", "--limit", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Rust/0  [humaneval-x, rust, problem HumanEval/0]")
        .contains("entry point: has_close_elements")
        .contains("fn has_close_elements(numbers:Vec<f32>, threshold: f32) -> bool{")
        .contains("1 of 164 problems shown");
  }

  @Test
  void showReadsAnEffiBenchFileByPath() {
    CliRun run = CliRun.of("datasets", "show", SharedData.effiBenchSample().toString(), "--language", "go");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Go/aizu_1444  [effibench-x, go, problem effibench-x/aizu_1444]")
        .contains("-- evaluation: io, 100 stdin/stdout cases, judged by the problem's evaluator")
        .contains("1 of 1 problems shown.");
  }

  @Test
  void showJsonWritesLoadableJsonl() throws Exception {
    CliRun run = CliRun.of("datasets", "show", "humaneval-x", "--path", SharedData.humanEvalX().toString(),
        "--language", "python", "--limit", "3", "--json");
    Path file = tmp.resolve("three.jsonl");
    Files.writeString(file, run.out());

    CliRun again = CliRun.of("datasets", "show", file.toString(), "--limit", "0");

    assertThat(run.out().lines()).hasSize(3);
    assertThat(again.out()).contains("Python/2  [humaneval-x, python").contains("3 of 3 problems shown.");
  }

  @Test
  void showTaskSelectsOneProblem() {
    CliRun run = CliRun.of("datasets", "show", SharedData.humanEvalX("java").toString(), "--task", "Java/163");

    assertThat(run.out()).contains("Java/163  [").contains("1 of 1 problems shown.");
  }

  @Test
  void listShowsEveryDatasetAndWhetherItIsHere() throws Exception {
    CliRun run = CliRun.of("datasets", "list", "--dir", tmp.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("humaneval-x", "effibench-x", "sample")
        .contains("humaneval_rust.jsonl.gz    missing")
        .contains("local: built in");
  }

  @Test
  void badInputGetsOneLineAndExitCodeTwo() {
    CliRun unknownOption = CliRun.of("datasets", "show", "sample", "--bogus");
    CliRun badLanguage = CliRun.of("datasets", "show", "sample", "--language", "cobol");
    CliRun badLimit = CliRun.of("datasets", "show", "sample", "--limit", "many");
    CliRun noVerb = CliRun.of("datasets");

    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertThat(unknownOption.err()).startsWith("perforch datasets show: Unknown option: '--bogus'\n")
        .contains("Try 'perforch datasets show --help'.");
    assertThat(badLanguage.exitCode()).isEqualTo(2);
    assertThat(badLanguage.err()).contains("unknown language 'cobol' (expected one of python, java, cpp, go, rust)");
    assertThat(badLimit.exitCode()).isEqualTo(2);
    assertThat(noVerb.exitCode()).isEqualTo(2);
    assertThat(noVerb.err()).startsWith("perforch datasets: missing command");
  }

  @Test
  void aMissingDatasetFailsWithAMessageNotAStackTrace() {
    CliRun run = CliRun.of("datasets", "show", "humaneval-x", "--path", tmp.resolve("none").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("perforch: error: humaneval-x is not present in ")
        .contains("perforch datasets fetch humaneval-x")
        .doesNotContain("\tat ");
  }

  @Test
  void fetchOfflineNamesTheUrlAndTheLocalCopyOption() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CliRun run = CliRun.of("datasets", "fetch", "humaneval-x", "--dest", tmp.toString(),
        "--mirror", "http://127.0.0.1:" + closedPort + "/humaneval-x");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("cannot download humaneval-x from http://127.0.0.1:" + closedPort
            + "/humaneval-x/python/data/humaneval_python.jsonl.gz")
        .contains("--path DIR")
        .doesNotContain("\tat ");
  }

  @Test
  void fetchFromAMirrorVerifiesThePinnedChecksums() throws Exception {
    try (StaticHttpServer mirror = new StaticHttpServer()) {
      mirror.serve("/python/data/humaneval_python.jsonl.gz", "not the real file".getBytes());
      CliRun run = CliRun.of("datasets", "fetch", "humaneval-x", "--dest", tmp.toString(),
          "--mirror", mirror.baseUrl());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("humaneval_python.jsonl.gz from " + mirror.baseUrl())
          .contains("is pinned");
      assertThat(tmp.resolve("humaneval_python.jsonl.gz")).doesNotExist();
    }
  }

  @Test
  void everyVerbHasHelpWithExamples() {
    for (String verb : new String[] {"list", "fetch", "show"}) {
      CliRun run = CliRun.of("datasets", verb, "--help");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: perforch datasets " + verb).contains("Examples:");
    }
  }
}
