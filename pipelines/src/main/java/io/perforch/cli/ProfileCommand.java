package io.perforch.cli;

import io.perforch.datasets.model.Problem;
import io.perforch.models.Fleet;
import io.perforch.models.Stage;
import io.perforch.models.store.StoreMode;
import io.perforch.orchestration.ProblemSplit;
import io.perforch.pipelines.ProfilingPipeline;
import io.perforch.profiling.ProfileFiles;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.ProfileRow;
import io.perforch.stats.SpeedupRule;
import io.perforch.transforms.candidates.ModelAccess;
import io.perforch.transforms.profiling.ProfileSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code perforch profile}: the profiling job over model × language × stage. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Profile a fleet of models: every problem × model × sample is generated and judged; failing programs "
          + "go to every model to fix; correct programs go to every model to refine, measured before and "
          + "after. Writes the run directory: " + RunLayout.CANDIDATES + " (every candidate), "
          + RunLayout.PROFILE + " and .csv (the profile table), " + RunLayout.LEADERBOARD_MD + " and .csv, "
          + RunLayout.MANIFEST + ".",
      "Model answers are recorded in a response store (default: DIR/responses), so a rerun never pays "
          + "twice; candidates already in DIR are reused, so --add-model runs only the new model's tasks.",
      "Beam options pass through: --runner=FlinkRunner --flinkMaster=[local] (or HOST:PORT) "
          + "--parallelism=N; the DirectRunner is the default."},
    footer = {"", "Examples:",
      "  perforch profile --fleet runner-configs/models/simulated.yaml --dataset sample --out runs/demo",
      "  perforch profile --fleet runner-configs/models/fleet.yaml --dataset humaneval-x --languages python,go \\",
      "      --stages generate,fix --samples 5 --out gs://bucket/perforch/run-1",
      "  perforch profile --fleet runner-configs/models/simulated.yaml --dataset sample --out runs/demo --add-model sim-new",
      "  perforch profile ... --runner=FlinkRunner --flinkMaster=localhost:8081 --filesToStage=pipelines/target/perforch.jar"})
final class ProfileCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin FleetOption fleet;
  @Mixin DatasetOptions dataset;
  @Mixin ExecutionOptions execution;
  @Mixin DryRunOption dryRun;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The run directory (local or gs://).")
  String out;

  @Option(names = "--models", split = ",", paramLabel = "ID", description = "Fleet models to profile (default: all).")
  List<String> models;

  @Option(names = "--add-model", split = ",", paramLabel = "ID",
      description = "Profile these models into an existing run directory, next to the models it already has.")
  List<String> addModels;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE", defaultValue = "generate,fix,refine",
      converter = StageConverter.class, description = "Stages to run (default: ${DEFAULT-VALUE}).")
  List<Stage> stages;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1", converter = Counts.AtLeastOne.class,
      description = "Samples per problem and model at generate, for pass@k with k <= N (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", converter = Counts.ZeroOrMore.class,
      description = "Only the first N problems of each language (default: all).")
  int limit;

  @Option(names = "--split", paramLabel = "SIDE", defaultValue = "all", converter = Choices.Splits.class,
      description = "Profile only one side of the orchestrated job's split by problem id: train (what "
          + "orchestrate --split test learns from), test, or all (default).")
  ProblemSplit.Mode split;

  @Option(names = "--test-share", paramLabel = "P", defaultValue = "0.5", converter = Amounts.ProperShare.class,
      description = "Share of problem ids on the test side, as for orchestrate (default: ${DEFAULT-VALUE}).")
  double testShare;

  @Option(names = "--measure-repeats", paramLabel = "N", defaultValue = "5", converter = Counts.MeasuredRuns.class,
      description = "Measured runs of each program before and after refine (default: ${DEFAULT-VALUE}).")
  int measureRepeats;

  @CommandLine.ArgGroup(exclusive = true)
  StoreChoice store;

  static final class StoreChoice {
    @Option(names = "--cache", paramLabel = "STORE",
        description = "Response store to serve from and record into (default: DIR/responses).")
    String cache;

    @Option(names = "--replay", paramLabel = "STORE",
        description = "Serve every answer from this store, with no network; a request it lacks is a PROVIDER_ERROR.")
    String replay;

    /** The store chosen, or {@code fallback} when neither option was given (null for no store). */
    static String pathOf(StoreChoice choice, String fallback) {
      if (choice == null) {
        return fallback;
      }
      return choice.replay != null ? choice.replay : choice.cache != null ? choice.cache : fallback;
    }

    static StoreMode modeOf(StoreChoice choice) {
      return choice != null && choice.replay != null ? StoreMode.REPLAY : StoreMode.CACHE;
    }
  }

  @Option(names = "--runner-options", paramLabel = "FILE",
      description = "Beam options from a file, one a line, e.g. runner-configs/flink-local.options.")
  java.nio.file.Path runnerOptions;

  @CommandLine.Unmatched List<String> beamArgs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!stages.contains(Stage.GENERATE)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--stages needs generate: fix and refine work on its programs");
    }
    Fleet loaded = fleet.load();
    List<String> chosen = chooseModels(loaded);
    List<Problem> problems = Limits.firstPerLanguage(splitSide(dataset.load()), limit);
    if (problems.isEmpty()) {
      throw new UserFacingException("no problems to profile: check --dataset, --languages, --split and --limit");
    }
    ModelAccess access = new ModelAccess(fleet.path,
        StoreChoice.pathOf(store, RunFiles.resolve(out, RunLayout.RESPONSES).toString()), StoreChoice.modeOf(store));
    ProfileSettings settings = new ProfileSettings(access, chosen, stages, samples,
        execution.judgeSettings(measureRepeats, SpeedupRule.DEFAULT));

    if (dryRun.dryRun) {
      DryRunOption.printProfile(spec.commandLine().getOut(), new io.perforch.estimate.CallEstimate().profile(problems,
          chosen.stream().map(loaded::model).toList(), stages, samples, dryRun.passRate()), dryRun.passRate());
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("Profiling %d models × %d problems (%s) × stages %s, %d sample(s) each; run directory %s%n",
        chosen.size(), problems.size(), languagesOf(problems), stageIds(), samples, out);
    err.flush();
    List<String> allBeamArgs = RunnerOptionsFile.beamArgs(runnerOptions, beamArgs, execution.sandbox.workers);
    BeamRun run = BeamRun.start(allBeamArgs, pipeline -> ProfilingPipeline.build(pipeline,
        dataset.request(), taskIds(problems), settings, out), err);
    RunFiles.writeText(RunFiles.resolve(out, RunLayout.CANDIDATE_SCHEMA),
        Candidate.getClassSchema().toString(true) + "\n");
    RunFiles.writeText(RunFiles.resolve(out, RunLayout.MANIFEST), Manifests.profile(run, loaded, chosen, problems,
        dataset, settings, optionsOf()).toJson());

    List<ProfileRow> rows = ProfileFiles.read(out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(run.summary());
    stdout.println(BestModels.describe(rows));
    stdout.println("Leaderboard: " + RunFiles.resolve(out, RunLayout.LEADERBOARD_MD));
    stdout.println("Profile table: " + RunFiles.resolve(out, RunLayout.PROFILE_CSV));
    return 0;
  }

  private List<String> chooseModels(Fleet loaded) {
    LinkedHashSet<String> ids = new LinkedHashSet<>(models != null ? models : loaded.ids());
    if (addModels != null) {
      if (models == null) {
        ids = new LinkedHashSet<>(Manifests.previousModels(out).orElseThrow(() -> new UserFacingException(
            "--add-model needs an existing run in " + out + " (its " + RunLayout.MANIFEST
                + " names the models it has)")));
      }
      ids.addAll(addModels);
    }
    try {
      return loaded.select(List.copyOf(ids)).ids();
    } catch (java.util.NoSuchElementException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The problems on the chosen side of the split (train: not test; all: every one). */
  private List<Problem> splitSide(List<Problem> problems) {
    ProblemSplit side = new ProblemSplit(split, testShare, 0);
    return switch (side.mode()) {
      case ALL -> problems;
      case TRAIN -> problems.stream().filter(p -> !side.isTest(p.getProblemId())).toList();
      case TEST -> problems.stream().filter(p -> side.isTest(p.getProblemId())).toList();
    };
  }

  private static HashSet<String> taskIds(List<Problem> problems) {
    HashSet<String> ids = new HashSet<>();
    problems.forEach(problem -> ids.add(problem.getTaskId()));
    return ids;
  }

  private static String languagesOf(List<Problem> problems) {
    return String.join(",", problems.stream().map(Problem::getLanguage).distinct().toList());
  }

  private String stageIds() {
    return String.join(",", stages.stream().map(Stage::id).toList());
  }

  private Map<String, String> optionsOf() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("stages", stageIds());
    options.put("samples", Integer.toString(samples));
    options.put("split", split.id());
    options.put("test_share", Double.toString(testShare));
    options.put("limit", limit == 0 ? "" : Integer.toString(limit));
    options.put("measure_repeats", Integer.toString(measureRepeats));
    options.put("sandbox", execution.sandbox.mode);
    options.put("beam_args", String.join(" ", beamArgs));
    options.put("runner_options_file", runnerOptions == null ? "" : runnerOptions.toString());
    return options;
  }
}
