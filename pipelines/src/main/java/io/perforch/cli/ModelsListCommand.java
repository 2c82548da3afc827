package io.perforch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code perforch models list}: a fleet as PerfOrch reads it, defaults filled in. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Print each model of a fleet: provider, model name, endpoint, key variable and whether it "
        + "is set (the key itself is never printed), prices, concurrency and rate limits; for simulated "
        + "models, their skills.",
    footer = {
      "",
      "Examples:",
      "  perforch models list --fleet runner-configs/models/fleet.yaml",
      "  perforch models list --fleet gs://my-bucket/perforch/fleet.yaml"
    })
final class ModelsListCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin FleetOption fleet;

  @Override
  public Integer call() {
    new FleetTable(FleetTable::isSetInEnvironment).print(fleet.load(), spec.commandLine().getOut());
    return 0;
  }
}
