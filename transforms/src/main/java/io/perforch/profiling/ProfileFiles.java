package io.perforch.profiling;

import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.ProfileRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The profile and leaderboard files of a run directory ({@link RunLayout}): the profile table in Avro (the
 * source of truth), the same as CSV for spreadsheets and notebooks, its schema, and the leaderboards in
 * md and csv ({@code .html} on request).
 */
public final class ProfileFiles {

  /** Table order: language, stage, model, category. */
  public static final Comparator<ProfileRow> ORDER = Comparator.comparing(ProfileRow::getLanguage)
      .thenComparing(ProfileRow::getStage).thenComparing(ProfileRow::getModel).thenComparing(ProfileRow::getCategory);

  private ProfileFiles() {}

  /** Writes the profile table and the leaderboards; returns the files written. */
  public static List<String> write(String runDir, List<ProfileRow> rows) throws IOException {
    List<ProfileRow> sorted = rows.stream().sorted(ORDER).toList();
    RunFiles.writeAvro(RunFiles.resolve(runDir, RunLayout.PROFILE), ProfileRow.class, sorted);
    RunFiles.writeText(RunFiles.resolve(runDir, RunLayout.PROFILE_CSV), csv(sorted));
    RunFiles.writeText(RunFiles.resolve(runDir, RunLayout.PROFILE_SCHEMA),
        ProfileRow.getClassSchema().toString(true) + "\n");
    List<String> written = new ArrayList<>(List.of(RunLayout.PROFILE, RunLayout.PROFILE_CSV, RunLayout.PROFILE_SCHEMA));
    written.addAll(writeLeaderboards(runDir, sorted, List.of("md", "csv")));
    return written;
  }

  public static List<ProfileRow> read(String runDir) throws IOException {
    return RunFiles.readAvro(RunFiles.resolve(runDir, RunLayout.PROFILE), ProfileRow.class);
  }

  /** {@code leaderboard.<format>} for each of md, csv, html. */
  public static List<String> writeLeaderboards(String runDir, List<ProfileRow> rows, List<String> formats)
      throws IOException {
    Leaderboard leaderboard = new Leaderboard(rows);
    List<String> written = new ArrayList<>();
    for (String format : formats) {
      RunFiles.writeText(RunFiles.resolve(runDir, RunLayout.leaderboard(format)), leaderboard.render(format));
      written.add(RunLayout.leaderboard(format));
    }
    return written;
  }

  /** The table as CSV: one column per field, pass@k spread into pass_at_K columns. */
  static String csv(List<ProfileRow> rows) {
    TreeSet<Integer> ks = new TreeSet<>();
    rows.forEach(row -> row.getPassAtK().keySet().forEach(k -> ks.add(Integer.parseInt(k))));
    StringBuilder out = new StringBuilder("model,language,stage,category,n,answered,tasks,passed,pass_rate");
    ks.forEach(k -> out.append(",pass_at_").append(k));
    out.append(",median_wall_ms,p90_wall_ms,mean_rss_bytes,peak_rss_bytes,cpu_efficiency,refine_improved_share,"
        + "refine_median_speedup,input_tokens,output_tokens,cost_usd,median_latency_ms,provider_errors,no_code,assembly\n");
    for (ProfileRow row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.getModel(), row.getLanguage(), row.getStage(),
          row.getCategory(), Integer.toString(row.getN()), Integer.toString(row.getAnswered()),
          Integer.toString(row.getTasks()),
          Integer.toString(row.getPassed()), number(row.getPassRate())));
      Map<String, Double> passAtK = row.getPassAtK();
      ks.forEach(k -> cells.add(number(passAtK.get(Integer.toString(k)))));
      cells.addAll(List.of(number(row.getMedianWallMillis()), number(row.getP90WallMillis()),
          number(row.getMeanRssBytes()), row.getPeakRssBytes() == null ? "" : row.getPeakRssBytes().toString(),
          number(row.getCpuEfficiency()), number(row.getRefineImprovedShare()), number(row.getRefineMedianSpeedup()),
          Long.toString(row.getInputTokens()), Long.toString(row.getOutputTokens()), number(row.getCostUsd()),
          number(row.getMedianLatencyMillis()), Integer.toString(row.getProviderErrors()),
          Integer.toString(row.getNoCode()), row.getAssembly()));
      out.append(String.join(",", cells)).append('\n');
    }
    return out.toString();
  }

  private static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
  }
}
