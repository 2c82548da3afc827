package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.io.DatasetFiles;
import io.perforch.datasets.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's acceptance on the real HumanEval-X: every reference solution passes in all five
 * languages (but the one whose upstream test is broken here), and swapping in the next problem's solution
 * is caught. Slow when the build cache is cold (minutes), so it runs with the integration tests; it uses the
 * default cache, so a rerun on the same machine takes seconds.
 */
class HumanEvalXReferencesIT {
  /** Upstream problems that cannot pass here, and why; listed in the README too. */
  private static final Map<String, String> BROKEN_UPSTREAM = Map.of(
      "Rust/50", "its test calls rand 0.4's gen_range(low, high); Debian ships rand 0.8 (gen_range(range))");

  @TempDir Path out;

  @Test
  void everyReferenceSolutionPassesInEveryLanguage() throws Exception {
    CliRun run = CliRun.of("validate", "--dataset", "humaneval-x", "--path", SharedData.humanEvalX().toString(),
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> notPassed = new TreeMap<>();
    Map<String, Integer> passedPerLanguage = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
      var result = DatasetFiles.json().readTree(line);
      String language = result.get("language").asText();
      if (result.get("verdict").asText().equals("PASSED")) {
        passedPerLanguage.merge(language, 1, Integer::sum);
      } else {
        notPassed.put(result.get("taskId").asText(), result.get("verdict").asText() + ": "
            + result.get("message").asText());
      }
    }
    assertThat(notPassed.keySet()).as("failures: %s", notPassed).isEqualTo(BROKEN_UPSTREAM.keySet());
    assertThat(notPassed.get("Rust/50")).startsWith("COMPILE_ERROR").contains("SampleRange");
    assertThat(passedPerLanguage).containsEntry("python", 164).containsEntry("java", 164)
        .containsEntry("cpp", 164).containsEntry("go", 164).containsEntry("rust", 163);
  }

  @Test
  void anotherProblemsSolutionIsRejectedInAtLeast95PercentOfCases() {
    CliRun run = CliRun.of("validate", "--swap", "--dataset", "humaneval-x", "--path",
        SharedData.humanEvalX().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String language : new String[] {"python", "java", "cpp", "go", "rust"}) {
      var matcher = java.util.regex.Pattern.compile("(?m)^" + language + "\\s+(\\d+)\\s+(\\d+)\\s").matcher(run.out());
      assertThat(matcher.find()).as(run.out()).isTrue();
      int rejected = Integer.parseInt(matcher.group(1));
      int total = Integer.parseInt(matcher.group(2));
      assertThat(total).isEqualTo(164);
      assertThat(rejected).as("%s rejected %d of %d", language, rejected, total).isGreaterThanOrEqualTo(156);
    }
  }
}
