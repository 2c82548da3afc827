package io.perforch.profiling;

import io.perforch.profiling.model.ProfileRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Leaderboards from a profile table: per language and stage the models ranked by the stage's metric
 * ({@link StageMetric}) with the best marked, and one overall table — models down, language × stage
 * across, the best cell of each column marked — which shows at a glance that no model is best
 * everywhere. Only the all-categories rows are ranked; the per-category rows feed routing.
 */
public final class Leaderboard {
  private static final List<String> LANGUAGE_ORDER = List.of("python", "java", "cpp", "go", "rust");
  private static final List<String> STAGE_ORDER = List.of("generate", "fix", "refine");
  public static final List<String> FORMATS = List.of("md", "csv", "html");

  /** (language, stage) → rows, best first. */
  private final Map<String, Map<String, List<ProfileRow>>> ranked = new LinkedHashMap<>();
  private final List<String> models;

  public Leaderboard(List<ProfileRow> profile) {
    List<ProfileRow> rows = profile.stream().filter(row -> row.getCategory().equals(ProfileKey.ALL)).toList();
    for (String language : ordered(rows.stream().map(ProfileRow::getLanguage).toList(), LANGUAGE_ORDER)) {
      for (String stage : ordered(rows.stream().map(ProfileRow::getStage).toList(), STAGE_ORDER)) {
        StageMetric metric = StageMetric.of(stage);
        List<ProfileRow> cell = rows.stream()
            .filter(row -> row.getLanguage().equals(language) && row.getStage().equals(stage))
            .sorted(metric.ranking()).toList();
        if (!cell.isEmpty()) {
          ranked.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(stage, cell);
        }
      }
    }
    models = rows.stream().map(ProfileRow::getModel).distinct().sorted().toList();
  }

  /** The best model for a language and stage, if any model was profiled there. */
  public Optional<String> best(String language, String stage) {
    return Optional.ofNullable(ranked.getOrDefault(language, Map.of()).get(stage)).map(rows -> rows.get(0).getModel());
  }

  public String markdown() {
    StringBuilder out = new StringBuilder("# PerfOrch leaderboard\n\n");
    out.append("## Overall\n\nPass rate (generate), fix rate (fix) and share of refinements that are faster "
        + "(refine), per language. **Bold**: the best model of the column.\n\n");
    List<String[]> columns = columns();
    out.append("| model |");
    columns.forEach(column -> out.append(' ').append(column[0]).append(' ').append(column[1]).append(" |"));
    out.append("\n| --- |").append(" ---: |".repeat(columns.size())).append('\n');
    for (String model : models) {
      out.append("| ").append(model).append(" |");
      for (String[] column : columns) {
        List<ProfileRow> cell = ranked.get(column[0]).get(column[1]);
        Optional<ProfileRow> row = cell.stream().filter(r -> r.getModel().equals(model)).findFirst();
        String text = row.map(StageMetric.of(column[1])::format).orElse("–");
        boolean best = row.isPresent() && cell.get(0) == row.get();
        out.append(' ').append(best ? "**" + text + "**" : text).append(" |");
      }
      out.append('\n');
    }
    ranked.forEach((language, stages) -> stages.forEach((stage, rows) -> {
      StageMetric metric = StageMetric.of(stage);
      out.append("\n## ").append(language).append(" · ").append(stage).append("\n\n")
          .append("| rank | model | ").append(metric.label())
          .append(" | n | pass@1 | median ms | p90 ms | peak MiB | speed-up | tokens | cost $ | errors |\n")
          .append("| ---: | --- |").append(" ---: |".repeat(10)).append('\n');
      for (int i = 0; i < rows.size(); i++) {
        ProfileRow row = rows.get(i);
        out.append("| ").append(i + 1).append(" | ").append(i == 0 ? "**" + row.getModel() + "** ★" : row.getModel())
            .append(" | ").append(metric.format(row))
            .append(" | ").append(row.getN())
            .append(" | ").append(number(row.getPassAtK().get("1"), "%.3f"))
            .append(" | ").append(number(row.getMedianWallMillis(), "%.1f"))
            .append(" | ").append(number(row.getP90WallMillis(), "%.1f"))
            .append(" | ").append(row.getPeakRssBytes() == null ? "–" : number(row.getPeakRssBytes() / 1048576.0, "%.1f"))
            .append(" | ").append(number(row.getRefineMedianSpeedup(), "%.2f×"))
            .append(" | ").append(row.getInputTokens() + row.getOutputTokens())
            .append(" | ").append(number(row.getCostUsd(), "%.4f"))
            .append(" | ").append(row.getProviderErrors())
            .append(" |\n");
      }
    }));
    return out.toString();
  }

  /** One line per ranked row: language, stage, rank, best, model, metric and the row's figures. */
  public String csv() {
    StringBuilder out = new StringBuilder("language,stage,rank,best,model,metric,value,n,pass_at_1,"
        + "median_wall_ms,p90_wall_ms,peak_rss_bytes,median_speedup,input_tokens,output_tokens,cost_usd,"
        + "provider_errors\n");
    ranked.forEach((language, stages) -> stages.forEach((stage, rows) -> {
      StageMetric metric = StageMetric.of(stage);
      for (int i = 0; i < rows.size(); i++) {
        ProfileRow row = rows.get(i);
        out.append(String.join(",", language, stage, Integer.toString(i + 1), Boolean.toString(i == 0),
            row.getModel(), metric.label().replace(' ', '_'), number(metric.value(row), "%.6f"),
            Integer.toString(row.getN()), csvNumber(row.getPassAtK().get("1")), csvNumber(row.getMedianWallMillis()),
            csvNumber(row.getP90WallMillis()), row.getPeakRssBytes() == null ? "" : row.getPeakRssBytes().toString(),
            csvNumber(row.getRefineMedianSpeedup()), Long.toString(row.getInputTokens()),
            Long.toString(row.getOutputTokens()), number(row.getCostUsd(), "%.6f"),
            Integer.toString(row.getProviderErrors()))).append('\n');
      }
    }));
    return out.toString();
  }

  /** The leaderboard in one of {@link #FORMATS}. */
  public String render(String format) {
    return switch (format) {
      case "md" -> markdown();
      case "csv" -> csv();
      case "html" -> html();
      default -> throw new IllegalArgumentException("unknown leaderboard format '" + format + "' (md, csv, html)");
    };
  }

  public String html() {
    String body = markdownTablesToHtml(markdown());
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>PerfOrch leaderboard</title>\n"
        + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
        + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}td:first-child,th:first-child"
        + "{text-align:left}b{color:#05a}</style></head><body>\n" + body + "</body></html>\n";
  }

  private List<String[]> columns() {
    List<String[]> columns = new ArrayList<>();
    ranked.forEach((language, stages) -> stages.keySet().forEach(stage -> columns.add(new String[] {language, stage})));
    return columns;
  }

  private static List<String> ordered(List<String> present, List<String> order) {
    TreeSet<String> unknown = new TreeSet<>(present);
    unknown.removeAll(order);
    List<String> result = new ArrayList<>(order.stream().filter(present::contains).toList());
    result.addAll(unknown);
    return result;
  }

  private static String number(Double value, String format) {
    return value == null ? "–" : String.format(Locale.ROOT, format, value);
  }

  private static String csvNumber(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
  }

  /** The markdown this class writes is headings, paragraphs and pipe tables only. */
  private static String markdownTablesToHtml(String markdown) {
    StringBuilder html = new StringBuilder();
    boolean inTable = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("|")) {
        List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|")).stream()
            .map(String::strip).toList();
        if (cells.stream().allMatch(cell -> cell.matches("-+:?|---:"))) {
          continue;
        }
        String tag = inTable ? "td" : "th";
        html.append(inTable ? "" : "<table>\n").append("<tr>")
            .append(cells.stream().map(cell -> "<" + tag + ">" + inline(cell) + "</" + tag + ">").collect(Collectors.joining()))
            .append("</tr>\n");
        inTable = true;
        continue;
      }
      if (inTable) {
        html.append("</table>\n");
        inTable = false;
      }
      if (line.startsWith("## ")) {
        html.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
      } else if (line.startsWith("# ")) {
        html.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
      } else if (!line.isBlank()) {
        html.append("<p>").append(inline(line)).append("</p>\n");
      }
    }
    if (inTable) {
      html.append("</table>\n");
    }
    return html.toString();
  }

  private static String inline(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>");
  }

  /** Models sorted by name, as the overall table lists them. */
  public List<String> models() {
    return models;
  }
}
