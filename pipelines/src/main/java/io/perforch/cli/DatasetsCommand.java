package io.perforch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code perforch datasets ...}: what benchmarks PerfOrch knows, fetching them, looking inside. */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    description = "List, fetch and inspect benchmark datasets.",
    subcommands = {DatasetsListCommand.class, DatasetsFetchCommand.class, DatasetsShowCommand.class},
    footer = {
      "",
      "Examples:",
      "  perforch datasets list",
      "  perforch datasets fetch humaneval-x",
      "  perforch datasets show humaneval-x --path ../shared/datasets/humaneval-x --language rust --limit 1"
    })
final class DatasetsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (list, fetch or show)");
  }
}
