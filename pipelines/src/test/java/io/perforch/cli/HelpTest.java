package io.perforch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --help} of every verb prints its usage and nothing else. */
class HelpTest {
  @Test
  void everyVerbsHelpIsCleanOfPicocliWarnings() {
    List<List<String>> verbs = new ArrayList<>();
    collect(new CommandLine(new PerfOrchCli()), new ArrayList<>(), verbs);
    assertThat(verbs).hasSizeGreaterThan(10);

    for (List<String> verb : verbs) {
      List<String> args = new ArrayList<>(verb);
      args.add("--help");
      // picocli reports formatting problems on System.err, not on the command's error stream
      ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
      PrintStream original = System.err;
      CliRun run;
      System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
      try {
        run = CliRun.of(args.toArray(String[]::new));
      } finally {
        System.setErr(original);
      }
      assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: perforch");
      assertThat(systemErr.toString(StandardCharsets.UTF_8) + run.err()).as(String.join(" ", args))
          .doesNotContain("WARN");
    }
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> verbs) {
    verbs.add(List.copyOf(path));
    command.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        collect(sub, longer, verbs);
      }
    });
  }
}
