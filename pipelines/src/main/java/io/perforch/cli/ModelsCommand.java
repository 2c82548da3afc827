package io.perforch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code perforch models ...}: the fleet of models a run may call. Each verb is one subcommand class. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "Inspect the models of a fleet file (runner-configs/models/README.md describes the format).",
    subcommands = {ModelsListCommand.class, ModelsCheckCommand.class},
    footer = {
      "",
      "Examples:",
      "  perforch models list --fleet runner-configs/models/fleet.yaml",
      "  perforch models check --fleet runner-configs/models/simulated.yaml"
    })
final class ModelsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command (" + String.join(" or ", spec.subcommands().keySet()) + ")");
  }
}
