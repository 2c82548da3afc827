package io.perforch.cli;

import io.perforch.profiling.Leaderboard;
import io.perforch.profiling.ProfileFiles;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.ProfileRow;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code perforch leaderboard}: tables from a run's profile, without running anything again. */
@Command(
    name = "leaderboard",
    mixinStandardHelpOptions = true,
    description = {"Regenerate the leaderboards of a profiling run from its profile table "
        + "(" + RunLayout.PROFILE + "), without rerunning it. Writes leaderboard.<format> into the run "
        + "directory, or prints it with --print."},
    footer = {"", "Examples:",
      "  perforch leaderboard --profile runs/demo",
      "  perforch leaderboard --profile gs://my-bucket/perforch/run-7 --format md,csv,html",
      "  perforch leaderboard --profile runs/demo --format csv --print"})
final class LeaderboardCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--profile", required = true, paramLabel = "DIR",
      description = "The run directory of 'perforch profile' (local or gs://).")
  String runDir;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "md,csv",
      description = "md, csv and/or html (default: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Option(names = "--print", description = "Print the leaderboard (one format; md unless --format says) instead of "
      + "writing files.")
  boolean print;

  @Override
  public Integer call() throws IOException {
    for (String format : formats) {
      if (!Leaderboard.FORMATS.contains(format)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown --format '" + format + "' (expected md, csv or html)");
      }
    }
    if (print && !spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      formats = List.of("md");
    }
    if (print && formats.size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--print takes exactly one --format");
    }
    List<ProfileRow> rows = readProfile();
    PrintWriter out = spec.commandLine().getOut();
    if (print) {
      out.print(new Leaderboard(rows).render(formats.get(0)));
      out.flush();
      return 0;
    }
    for (String file : ProfileFiles.writeLeaderboards(runDir, rows, formats)) {
      out.println("Wrote " + RunFiles.resolve(runDir, file));
    }
    return 0;
  }

  private List<ProfileRow> readProfile() throws IOException {
    try {
      return ProfileFiles.read(runDir);
    } catch (FileNotFoundException | NoSuchFileException e) {
      throw new UserFacingException(runDir + " has no profile table (" + RunLayout.PROFILE
          + "): is it the --out of a 'perforch profile' run?");
    }
  }
}
