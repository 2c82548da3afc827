package io.perforch.profiling.io;

/**
 * Every file and folder of a run directory, relative to it (resolve with {@link RunFiles#resolve}); paths
 * ending in {@code /} are folders. The profiling job writes the first group. The second is declared for
 * the orchestrated job (issue 10), which routes each task to a model by the profile, so both jobs agree
 * on the names before it writes them. The names are the on-disk format: later runs, {@code --add-model},
 * {@code perforch leaderboard} and the notebooks read them back, so a change here breaks old run
 * directories.
 */
public final class RunLayout {
  /** Every candidate of every stage, one Avro file rewritten whole; a rerun reuses them by id. */
  public static final String CANDIDATES = "results/candidates.avro";
  /** The Avro schema of {@link #CANDIDATES}, for readers without PerfOrch. */
  public static final String CANDIDATE_SCHEMA = "results/candidate.avsc";
  /** The profile table, one row per (model, language, stage, category): the source of truth. */
  public static final String PROFILE = "profile/profile.avro";
  /** {@link #PROFILE} as CSV, for spreadsheets and notebooks. */
  public static final String PROFILE_CSV = "profile/profile.csv";
  /** The Avro schema of {@link #PROFILE}. */
  public static final String PROFILE_SCHEMA = "profile/profile_row.avsc";
  /** The leaderboards a run writes, {@code leaderboard.<format>}; {@code perforch leaderboard} can add {@code .html}. */
  public static final String LEADERBOARD = "leaderboard";
  public static final String LEADERBOARD_MD = LEADERBOARD + ".md";
  public static final String LEADERBOARD_CSV = LEADERBOARD + ".csv";
  /** What the run was made of (dataset, fleet, toolchains, versions, options); names its models. */
  public static final String MANIFEST = "manifest.json";
  /** The default response store, so a rerun never pays for an answer twice. */
  public static final String RESPONSES = "responses/";
  /** {@code perforch demo} only: the simulated fleet, copied in so the run is self-contained. */
  public static final String DEMO_FLEET = "fleet.yaml";

  /** Orchestrated job: the route tables it chose from the profile ({@code routes.csv}, {@code routes.json}). */
  public static final String ROUTES = "routes/";
  public static final String ROUTES_CSV = ROUTES + "routes.csv";
  public static final String ROUTES_JSON = ROUTES + "routes.json";
  /** Orchestrated job: what happened to each task, every routing decision with its reason (Avro). */
  public static final String TRACES = "traces/traces.avro";
  /** Orchestrated job: {@link #TRACES} as JSON lines. */
  public static final String TRACES_JSONL = "traces/traces.jsonl";
  /** Orchestrated job: how each loop (orchestrator, each model alone, oracle) ended on each task, final program included. */
  public static final String FINAL = "final/";
  public static final String FINAL_RESULTS = FINAL + "results.avro";
  /** Orchestrated job: its report, for people ({@code .md}) and for tools ({@code .csv}). */
  public static final String REPORT_MD = "report.md";
  public static final String REPORT_CSV = "report.csv";

  private RunLayout() {}

  /** {@code leaderboard.<format>}, for md, csv or html. */
  public static String leaderboard(String format) {
    return LEADERBOARD + "." + format;
  }
}
