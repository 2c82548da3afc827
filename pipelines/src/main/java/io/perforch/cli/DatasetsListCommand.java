package io.perforch.cli;

import io.perforch.datasets.catalog.DatasetCatalog;
import io.perforch.datasets.catalog.DatasetFetcher;
import io.perforch.datasets.catalog.DatasetInfo;
import io.perforch.datasets.catalog.RemoteFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code perforch datasets list}: the known datasets, their sources and whether they are here. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the datasets PerfOrch knows, where each comes from, and whether it is present locally.",
    footer = {"", "Examples:", "  perforch datasets list", "  perforch datasets list --dir /data/perforch"})
final class DatasetsListCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Folder holding fetched datasets (default: $" + DatasetCatalog.DATA_DIR_ENV
          + " or ~/.cache/perforch/datasets).")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (DatasetInfo info : DatasetCatalog.all()) {
      out.printf("%-12s %s%n", info.name(), info.description());
      out.printf("%-12s format: %s%n", "", info.format().id());
      if (info.builtIn()) {
        out.printf("%-12s local: built in%n%n", "");
        continue;
      }
      out.printf("%-12s source: %s%n", "", info.baseUrl());
      Path location = dir != null ? dir.resolve(info.name()) : DatasetCatalog.defaultLocation(info.name());
      if (!info.fetchable()) {
        out.printf("%-12s local: read with --path (not fetched by PerfOrch: see 'datasets fetch %s')%n%n",
            "", info.name());
        continue;
      }
      out.printf("%-12s local: %s%n", "", location);
      for (RemoteFile file : info.files()) {
        out.printf("%-12s   %-8s %-26s %s%n", "", file.language(), file.fileName(), state(location, file));
      }
      out.println();
    }
    return 0;
  }

  private static String state(Path location, RemoteFile file) {
    Path path = location.resolve(file.fileName());
    if (!Files.exists(path)) {
      return "missing";
    }
    return file.sha256().equals(DatasetFetcher.sha256(path)) ? "present" : "present, CHECKSUM MISMATCH";
  }
}
