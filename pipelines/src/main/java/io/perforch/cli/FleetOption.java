package io.perforch.cli;

import io.perforch.models.Fleet;
import io.perforch.models.fleet.FleetFormatException;
import io.perforch.models.fleet.FleetLoader;
import picocli.CommandLine.Option;

/** {@code --fleet FILE}, shared by the {@code models} commands: which fleet file, and loading it. */
final class FleetOption {
  @Option(names = "--fleet", required = true, paramLabel = "FILE",
      description = "Fleet file (YAML; a local path or gs://), e.g. runner-configs/models/fleet.yaml.")
  String path;

  /** The fleet; a file that cannot be used fails with its file:line: field message, no stack trace. */
  Fleet load() {
    try {
      return FleetLoader.load(path);
    } catch (FleetFormatException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }
}
