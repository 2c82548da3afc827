package io.perforch.cli;

import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code perforch demo}: the profiling job on the built-in sample dataset with the simulated fleet,
 * offline, on the embedded DirectRunner. The fleet file is written into the run directory, so the run
 * is self-contained and can be repeated or extended with {@code perforch profile}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Run the profiling job offline: the built-in sample dataset (14 problems × 5 languages) and "
        + "PerfOrch's simulated fleet (7 deterministic stand-ins for LLMs, not real models), all three stages, "
        + "on the embedded DirectRunner. Prints where the leaderboard is.",
      "Any 'perforch profile' option can follow, e.g. --languages python,go or --runner=FlinkRunner "
          + "--flinkMaster=[local]."},
    footer = {"", "Examples:", "  perforch demo", "  perforch demo --out runs/my-demo --languages python,cpp"})
final class DemoCommand implements Callable<Integer> {
  static final String FLEET_RESOURCE = "demo/simulated.yaml";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/demo",
      description = "The run directory (default: ${DEFAULT-VALUE}).")
  String out;

  @CommandLine.Unmatched List<String> more = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    String fleet = RunFiles.resolve(out, RunLayout.DEMO_FLEET).toString();
    List<String> args = new ArrayList<>(List.of("--fleet", fleet, "--dataset", "sample", "--out", out));
    args.addAll(more);
    // the profile options are checked before anything is written
    spec.root().commandLine().getSubcommands().get("profile").parseArgs(args.toArray(String[]::new));
    RunFiles.writeText(RunFiles.resolve(out, RunLayout.DEMO_FLEET), simulatedFleet());
    args.add(0, "profile");
    spec.commandLine().getErr().println("perforch demo: profiling the simulated fleet (" + fleet
        + ") on the sample dataset; this is a simulation, not real models");
    return spec.root().commandLine().execute(args.toArray(String[]::new));
  }

  static String simulatedFleet() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(FLEET_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + FLEET_RESOURCE + ": rebuild it with mvn package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
