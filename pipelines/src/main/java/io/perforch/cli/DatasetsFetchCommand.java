package io.perforch.cli;

import io.perforch.datasets.catalog.DatasetCatalog;
import io.perforch.datasets.catalog.DatasetFetchException;
import io.perforch.datasets.catalog.DatasetFetcher;
import io.perforch.datasets.catalog.DatasetInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code perforch datasets fetch NAME}: downloads a dataset's pinned files and checks them. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = "Download a dataset from its public source, verifying each file's pinned SHA-256.",
    footer = {
      "",
      "Examples:",
      "  perforch datasets fetch humaneval-x",
      "  perforch datasets fetch humaneval-x --dest /data/humaneval-x",
      "  perforch datasets fetch humaneval-x --mirror https://mirror.example.org/humaneval-x/"
    })
final class DatasetsFetchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "Dataset name (see 'perforch datasets list').")
  String name;

  @Option(
      names = "--dest",
      paramLabel = "DIR",
      description = "Where to put the files (default: $" + DatasetCatalog.DATA_DIR_ENV
          + "/NAME or ~/.cache/perforch/datasets/NAME).")
  Path dest;

  @Option(
      names = "--mirror",
      paramLabel = "URL",
      description = "Download from a mirror with the same layout as the public source.")
  String mirror;

  @Override
  public Integer call() throws DatasetFetchException {
    DatasetInfo info =
        DatasetCatalog.find(name)
            .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown dataset '" + name + "' (known: " + DatasetCatalog.all().stream()
                    .map(DatasetInfo::name).collect(Collectors.joining(", ")) + ")"));
    if (info.builtIn()) {
      spec.commandLine().getOut().println(name + " is built in: nothing to fetch.");
      return 0;
    }
    Path destination = dest != null ? dest : DatasetCatalog.defaultLocation(name);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Fetching " + name + " into " + destination);
    new DatasetFetcher(out::println).fetch(info, destination, mirror);
    out.println("Done. Read it with: perforch datasets show " + name
        + (dest != null ? " --path " + destination : ""));
    return 0;
  }
}
