package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import io.perforch.models.Fleet;
import io.perforch.models.fleet.FleetLoader;
import io.perforch.orchestration.ExampleTests;
import io.perforch.orchestration.LoopSettings;
import io.perforch.orchestration.OrchestrationReport;
import io.perforch.orchestration.ProblemSplit;
import io.perforch.orchestration.RefineMode;
import io.perforch.orchestration.RoutePlanner;
import io.perforch.orchestration.Validation;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.pipelines.OrchestrationPipeline;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.Candidate;
import io.perforch.routing.RouteTable;
import io.perforch.stats.SpeedupRule;
import io.perforch.transforms.candidates.ModelAccess;
import io.perforch.transforms.orchestration.OrchestrationSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code perforch orchestrate}: the orchestrated job, routed by a profiling run, against every model alone. */
@Command(
    name = "orchestrate",
    mixinStandardHelpOptions = true,
    description = {
      "Route each stage of each task to the model a profiling run ranks best for its language, stage and "
          + "category; validate after every stage; roll back a refinement that fails or is not faster. Every "
          + "model also runs the same loop alone, as a baseline, and the oracle bounds what routing can reach.",
      "The route tables learn only from the problems the split allows (default: held-out test problems are "
          + "judged by what the train problems taught). Steps the profile already made are reused by lineage; "
          + "--from-profile replays them only, with no model call.",
      "Writes routes/, traces/ (Avro and JSONL), final/, report.md, report.csv and manifest.json."},
    footer = {"", "Examples:",
      "  perforch orchestrate --profile runs/demo --fleet runs/demo/fleet.yaml --dataset sample --out runs/orch",
      "  perforch orchestrate --from-profile runs/demo --dataset sample --out runs/replay --folds 5",
      "  perforch orchestrate --profile runs/p --fleet fleet.yaml --dataset humaneval-x --policy cost-aware \\",
      "      --max-cost 0.05 --replay runs/p/responses --out runs/o"})
final class OrchestrateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatasetOptions dataset;
  @Mixin ExecutionOptions execution;
  @Mixin RoutingOptions routing;
  @Mixin DryRunOption dryRun;

  @Option(names = "--profile", paramLabel = "RUN",
      description = "The profiling run whose candidates teach the route tables (and are reused by lineage).")
  String profile;

  @Option(names = "--from-profile", paramLabel = "RUN",
      description = "Replay: every step comes from this profiling run's candidates; no model is asked.")
  String fromProfile;

  @Option(names = "--fleet", paramLabel = "FILE", description = "The fleet to ask (needed unless --from-profile).")
  String fleet;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The run directory (local or gs://).")
  String out;

  @Option(names = "--reuse-candidates", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Take a step the profile already made from it (default). --no-reuse-candidates makes every "
          + "step again (through --cache/--replay), e.g. to check that a replay agrees with live routing.")
  boolean reuseCandidates;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "Only the first N judged problems of each language (default: all).")
  int limit;

  @Option(names = "--measure-repeats", paramLabel = "N", defaultValue = "5", converter = Counts.MeasuredRuns.class,
      description = "Measured runs of each program before and after refine (default: ${DEFAULT-VALUE}).")
  int measureRepeats;

  @CommandLine.ArgGroup(exclusive = true)
  ProfileCommand.StoreChoice store;

  @Option(names = "--runner-options", paramLabel = "FILE",
      description = "Beam options from a file, one a line, e.g. runner-configs/flink-local.options.")
  java.nio.file.Path runnerOptions;

  @CommandLine.Unmatched List<String> beamArgs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    String profileDir = fromProfile != null ? fromProfile : profile;
    if (profileDir == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "name the profiling run that routes: --profile RUN (or --from-profile RUN to replay it)");
    }
    if (fromProfile != null && profile != null && !fromProfile.equals(profile)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--profile and --from-profile name different runs: a replay is routed by the run it replays");
    }
    if (fromProfile == null && fleet == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--fleet is needed to ask the models (or replay a profile with --from-profile)");
    }
    if (fromProfile != null && !reuseCandidates) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--from-profile replays the profile's candidates: --no-reuse-candidates would leave no step to take");
    }
    ProblemSplit split = routing.split();
    routing.stages();
    LoopSettings loop = routing.loop();
    List<Problem> problems = dataset.load();
    List<Candidate> candidates = ProfileRuns.candidates(profileDir);
    List<Problem> judged = Limits.firstPerLanguage(
        problems.stream().filter(p -> split.judged(p.getProblemId())).toList(), limit);
    if (judged.isEmpty()) {
      throw new UserFacingException("no problems to judge: the split (" + split.describe() + ") leaves none of "
          + problems.size() + "; check --dataset, --languages, --split and --test-share");
    }
    long learnt = learnt(candidates, split);
    List<String> models = ProfileRuns.models(candidates);
    Fleet loaded = fleet == null ? null : loadFleet();
    if (loaded != null) {
      models = models.stream().filter(loaded.ids()::contains).toList();
    }
    if (models.isEmpty()) {
      throw new UserFacingException("the profile in " + profileDir + " has no candidates of any model"
          + (loaded == null ? "" : " in " + fleet) + ": run perforch profile first");
    }

    if (dryRun.dryRun) {
      if (loaded == null) {
        spec.commandLine().getOut().println("Dry run: a replay of " + fromProfile + " asks no model and costs nothing.");
      } else {
        DryRunOption.printOrchestration(spec.commandLine().getOut(), new io.perforch.estimate.CallEstimate()
            .orchestrate(judged, models.stream().map(loaded::model).toList(), routing.stages(), loop.topN(),
                loop.maxCalls()));
      }
      return 0;
    }
    RoutePlanner.Plan<RouteTable> plan = routing.planner(split, loop.topN()).plan(candidates, judged);
    RoutesFiles.write(out, plan);
    OrchestrationSettings settings = new OrchestrationSettings(
        fromProfile != null ? null : new ModelAccess(fleet,
            ProfileCommand.StoreChoice.pathOf(store, RunFiles.resolve(out, RunLayout.RESPONSES).toString()),
            ProfileCommand.StoreChoice.modeOf(store)),
        execution.judgeSettings(measureRepeats, SpeedupRule.DEFAULT), loop, plan.routes(), models, reuseCandidates,
        routing.stages());

    PrintWriter err = spec.commandLine().getErr();
    err.printf("Orchestrating %d tasks (%s; %d problems learnt from) with %s routing and %d single-model "
        + "baselines; steps %s; run directory %s%n", judged.size(), split.describe(), learnt,
        routing.policyName(), models.size(), stepsSource(), out);
    err.flush();
    List<String> allBeamArgs = RunnerOptionsFile.beamArgs(runnerOptions, beamArgs, execution.sandbox.workers);
    String candidatesFile = candidates.isEmpty() ? null : RunFiles.resolve(profileDir, RunLayout.CANDIDATES).toString();
    BeamRun run = BeamRun.start(allBeamArgs, pipeline -> OrchestrationPipeline.build(pipeline, dataset.request(),
        taskIds(judged), settings, candidatesFile, out), err);

    List<TaskResult> results = RunFiles.readAvro(RunFiles.resolve(out, RunLayout.FINAL_RESULTS), TaskResult.class);
    List<TraceStep> traces = RunFiles.readAvro(RunFiles.resolve(out, RunLayout.TRACES), TraceStep.class);
    OrchestrationReport report = new OrchestrationReport(results, traces);
    OrchestrationReport.Context context = new OrchestrationReport.Context(routing.describe(), split.describe(),
        validationOf(loop.validation()), stepsSource(),
        simulated(loaded, profileDir, models),
        learnt, judged.size());
    RunFiles.writeText(RunFiles.resolve(out, RunLayout.REPORT_MD), report.toMarkdown(context));
    RunFiles.writeText(RunFiles.resolve(out, RunLayout.REPORT_CSV), report.toCsv());
    RunFiles.writeText(RunFiles.resolve(out, RunLayout.MANIFEST), Manifests.orchestrate(run, loaded, models,
        judged, dataset, profileDir, optionsOf(split, loop)).toJson());

    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(run.summary());
    stdout.println(HeadlineTable.of(report, loop.validation()));
    stdout.println("Report: " + RunFiles.resolve(out, RunLayout.REPORT_MD));
    return 0;
  }

  private static String validationOf(Validation validation) {
    return validation == Validation.FULL
        ? "full: every stage is validated with the tests that score it (the study's setting)"
        : "examples: every stage is validated with the problem's example tests only (HumanEval-X's example_test; "
            + "an EffiBench-X problem's first " + ExampleTests.FIRST_CASES + " cases; a problem without examples is "
            + "only built and run), and the final program is scored and timed on the full tests, which no stage saw";
  }

  /** The fleet to ask; a file that cannot be used fails with its file:line: field message. */
  private Fleet loadFleet() {
    FleetOption option = new FleetOption();
    option.path = fleet;
    return option.load();
  }

  private String stepsSource() {
    if (fromProfile != null) {
      return "replayed from the profile " + fromProfile + " (no model asked)";
    }
    return (reuseCandidates ? "reused from the profile " + profile + " where it made them, else asked" : "all asked again")
        + " (response store: " + ProfileCommand.StoreChoice.pathOf(store, RunFiles.resolve(out, RunLayout.RESPONSES).toString()) + ")";
  }

  /**
   * Whether every routed model is a simulated one, from the fleet asked or, for a replay, the fleet file
   * the profile names; when that cannot be read, the report does not claim it.
   */
  private static boolean simulated(Fleet asked, String profileDir, List<String> models) {
    Fleet fleetFile = asked;
    if (fleetFile == null) {
      try {
        fleetFile = Manifests.previousFleet(profileDir).map(FleetLoader::load).orElse(null);
      } catch (RuntimeException unreadable) {
        fleetFile = null;
      }
    }
    Fleet known = fleetFile;
    return known != null && models.stream().allMatch(id -> known.ids().contains(id) && known.model(id).simulated() != null);
  }

  /** The problems the route tables learn from: the profile's, on the side (or in the folds) the split allows. */
  private static long learnt(List<Candidate> candidates, ProblemSplit split) {
    return candidates.stream().map(Candidate::getProblemId).distinct()
        .filter(id -> split.crossValidated() || split.inTable(id, 0)).count();
  }

  private static HashSet<String> taskIds(List<Problem> problems) {
    HashSet<String> ids = new HashSet<>();
    problems.forEach(problem -> ids.add(problem.getTaskId()));
    return ids;
  }

  private Map<String, String> optionsOf(ProblemSplit split, LoopSettings loop) {
    Map<String, String> options = new LinkedHashMap<>(routing.options());
    options.put("profile", profile == null ? "" : profile);
    options.put("from_profile", fromProfile == null ? "" : fromProfile);
    options.put("split", split.describe());
    options.put("top_n", Integer.toString(loop.topN()));
    options.put("max_calls", Integer.toString(loop.maxCalls()));
    options.put("max_cost_usd", Double.toString(loop.maxCostUsd()));
    options.put("refine_mode", loop.refineMode().id());
    options.put("validate_with", loop.validation().id());
    options.put("max_memory_ratio", Double.toString(loop.maxMemoryRatio()));
    options.put("limit", limit == 0 ? "" : Integer.toString(limit));
    options.put("reuse_candidates", Boolean.toString(reuseCandidates));
    options.put("measure_repeats", Integer.toString(measureRepeats));
    options.put("sandbox", execution.sandbox.mode);
    options.put("assembly", execution.assembly().id());
    options.put("beam_args", String.join(" ", beamArgs));
    return options;
  }
}
