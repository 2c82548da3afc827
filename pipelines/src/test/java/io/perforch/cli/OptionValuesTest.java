package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric option is checked while the command line is parsed: a bad value is a usage error (exit
 * code 2) naming the option, before any input is read or output written. The inputs named here do not
 * exist, so a command that started working would fail on them instead (exit code 1).
 */
class OptionValuesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "evaluate        | --k               | 0",
      "evaluate        | --k               | -5",
      "evaluate        | --k               | 1,0",
      "evaluate        | --k               | ten",
      "evaluate        | --workers         | 0",
      "evaluate        | --repeats         | -1",
      "validate        | --limit           | -1",
      "validate        | --workers         | 0",
      "validate        | --repeats         | -2",
      "generate        | --samples         | 0",
      "generate        | --limit           | -1",
      "profile         | --samples         | 0",
      "profile         | --limit           | -1",
      "profile         | --measure-repeats | -1",
      "profile         | --measure-repeats | 2",
      "profile         | --workers         | 0",
      "profile         | --repeats         | -1",
      "demo            | --measure-repeats | -1",
      "speedup-check   | --rounds          | 0",
      "speedup-check   | --measure-repeats | 2",
      "speedup-check   | --workers         | -3",
      "datasets show   | --limit           | -1",
      "models check    | --timeout         | 0",
      "profile         | --split           | dev",
      "profile         | --test-share      | 1",
      "orchestrate     | --max-cost        | -1",
      "orchestrate     | --max-calls       | -1",
      "orchestrate     | --top-n           | 0",
      "orchestrate     | --min-correctness | 1.5",
      "orchestrate     | --test-share      | 0",
      "orchestrate     | --max-memory-ratio | 0.5",
      "orchestrate     | --refine-mode     | fastest",
      "orchestrate     | --validate-with   | grader",
      "orchestrate     | --split           | dev",
      "orchestrate     | --policy          | cheapest",
      "orchestrate     | --folds           | -2",
  })
  void aBadValueIsAUsageErrorBeforeAnyWork(String verb, String option, String value) {
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of(verb.split(" ")));
    args.addAll(inputsOf(verb, out));
    args.add(option);
    args.add(value);

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '" + option + "'")
        .contains("Try 'perforch " + (verb.equals("demo") ? "profile" : verb) + " --help'")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource({"fix,refine", "compile"})
  void stagesAreCheckedUpFrontToo(String stages) {
    CliRun run = CliRun.of(profileArgs(dir.resolve("out"), "--stages", stages));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("--stages").contains("Try 'perforch profile --help'");
  }

  private List<String> inputsOf(String verb, Path out) {
    String missing = dir.resolve("missing.jsonl").toString();
    String fleet = dir.resolve("missing.yaml").toString();
    return switch (verb) {
      case "evaluate" -> List.of("--dataset", missing, "--samples", missing, "--out", out.toString());
      case "validate" -> List.of("--dataset", missing, "--out", out.toString());
      case "generate" -> List.of("--fleet", fleet, "--model", "m", "--dataset", missing, "--out", out.toString());
      case "profile" -> List.of("--fleet", fleet, "--dataset", missing, "--out", out.toString());
      case "demo" -> List.of("--out", out.toString());
      case "speedup-check" -> List.of("--dataset", missing);
      case "datasets show" -> List.of(missing);
      case "models check" -> List.of("--fleet", fleet);
      case "orchestrate" -> List.of("--profile", dir.resolve("no-run").toString(), "--fleet", fleet, "--dataset",
          missing, "--out", out.toString());
      default -> throw new IllegalArgumentException(verb);
    };
  }

  private String[] profileArgs(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("profile"));
    args.addAll(inputsOf("profile", out));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }
}
