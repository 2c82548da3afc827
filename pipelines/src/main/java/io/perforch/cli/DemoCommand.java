package io.perforch.cli;

import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code perforch demo}: both jobs on the built-in sample dataset with the simulated fleet, offline, on
 * the embedded DirectRunner: the profiling job on the train problems, then the orchestrated job on the
 * held-out test problems, routed by that profile. The fleet file is written into the run directory, so
 * the run is self-contained and can be repeated or extended with {@code perforch profile}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Run both jobs offline on the built-in sample dataset (14 problems × 5 languages) with "
        + "PerfOrch's simulated fleet (7 deterministic stand-ins for LLMs, not real models), on the embedded "
        + "DirectRunner: the profiling job (all three stages) on the train problems, then the orchestrated job "
        + "on the held-out test problems, routed by that profile, against every model alone and the oracle: once "
        + "validating each stage with the full tests, as the study does (DIR/orchestrated), once with the example "
        + "tests only (DIR/orchestrated-examples), both scored on the full tests. Prints each run's "
        + "orchestrator-against-baselines table and where its report is.",
      "Any 'perforch profile' option can follow, e.g. --languages python,go or --runner=FlinkRunner "
          + "--flinkMaster=[local]; the languages, sandbox, assembly and Beam options apply to both jobs."},
    footer = {"", "Examples:", "  perforch demo", "  perforch demo --out runs/my-demo --languages python,cpp"})
final class DemoCommand implements Callable<Integer> {
  static final String FLEET_RESOURCE = "demo/simulated.yaml";
  /** Where the demo's orchestrated runs go, inside its profiling run: validated with full and example tests. */
  static final String ORCHESTRATED = "orchestrated/";
  static final String ORCHESTRATED_EXAMPLES = "orchestrated-examples/";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/demo",
      description = "The run directory (default: ${DEFAULT-VALUE}).")
  String out;

  @CommandLine.Unmatched List<String> more = new ArrayList<>();

  /** Profile options that mean the same to orchestrate, passed on to it. */
  private static final List<String> SHARED_OPTIONS = List.of("--languages", "--limit", "--sandbox", "--workers",
      "--assembly", "--measure-repeats", "--runner-options", "--no-cache", "--test-share");

  @Override
  public Integer call() throws IOException {
    String fleet = RunFiles.resolve(out, RunLayout.DEMO_FLEET).toString();
    List<String> args = new ArrayList<>(List.of("--fleet", fleet, "--dataset", "sample", "--out", out,
        "--split", "train"));
    args.addAll(more);
    // the options of both jobs are checked before anything is written
    CommandLine.ParseResult profileArgs =
        spec.root().commandLine().getSubcommands().get("profile").parseArgs(args.toArray(String[]::new));
    List<String> fullTests = orchestrateArgs(fleet, ORCHESTRATED, "full", profileArgs);
    List<String> exampleTests = orchestrateArgs(fleet, ORCHESTRATED_EXAMPLES, "examples", profileArgs);

    RunFiles.writeText(RunFiles.resolve(out, RunLayout.DEMO_FLEET), simulatedFleet());
    PrintWriter err = spec.commandLine().getErr();
    err.println("perforch demo: profiling the simulated fleet (" + fleet + ") on the sample dataset's train "
        + "problems; this is a simulation, not real models");
    args.add(0, "profile");
    int profiled = spec.root().commandLine().execute(args.toArray(String[]::new));
    if (profiled != 0) {
      return profiled;
    }
    err.println("perforch demo: orchestrating the test problems, routed by that profile, against every model alone;"
        + " each stage validated with the full tests, as the study does");
    int orchestrated = spec.root().commandLine().execute(fullTests.toArray(String[]::new));
    if (orchestrated != 0) {
      return orchestrated;
    }
    err.println("perforch demo: the same, each stage validated with the example tests only (the grader's tests "
        + "unseen until the final program is scored)");
    return spec.root().commandLine().execute(exampleTests.toArray(String[]::new));
  }

  /** An orchestrate command line for one validation, its options checked now, before anything runs. */
  private List<String> orchestrateArgs(String fleet, String dir, String validation, CommandLine.ParseResult profile) {
    List<String> args = new ArrayList<>(List.of("--profile", out, "--fleet", fleet, "--dataset", "sample",
        "--validate-with", validation, "--out", RunFiles.resolve(out, dir).toString()));
    args.addAll(shared(profile));
    spec.root().commandLine().getSubcommands().get("orchestrate").parseArgs(args.toArray(String[]::new));
    args.add(0, "orchestrate");
    return args;
  }

  /** The options both jobs share, as given, and the Beam options (which both pass to the runner). */
  private static List<String> shared(CommandLine.ParseResult parsed) {
    List<String> shared = new ArrayList<>();
    for (String name : SHARED_OPTIONS) {
      CommandLine.Model.OptionSpec option = parsed.matchedOption(name);
      if (option == null) {
        continue;
      }
      if (option.arity().max() == 0) {
        shared.add(name);
      } else {
        option.originalStringValues().forEach(value -> {
          shared.add(name);
          shared.add(value);
        });
      }
    }
    shared.addAll(parsed.unmatched());
    return shared;
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
