package io.perforch.profiling;

import io.perforch.models.Stage;
import io.perforch.profiling.model.ProfileRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * everywhere. Only the all-categories rows are ranked; the per-category rows feed routing. A model whose
 * requests all failed (provider errors) is listed as n/a below the ranked ones, never ranked or best.
 */
public final class Leaderboard {
  private static final List<String> LANGUAGE_ORDER = List.of("python", "java", "cpp", "go", "rust");
  private static final List<String> STAGE_ORDER = Arrays.stream(Stage.values()).map(Stage::id).toList();
  public static final List<String> FORMATS = List.of("md", "csv", "html");

  /** One language and stage: the models that answered, best first, and those that never got an answer. */
  private record Cell(List<ProfileRow> ranked, List<ProfileRow> unanswered) {
    Optional<ProfileRow> of(String model) {
      return java.util.stream.Stream.concat(ranked.stream(), unanswered.stream())
          .filter(row -> row.getModel().equals(model)).findFirst();
    }

    boolean isBest(ProfileRow row) {
      return !ranked.isEmpty() && ranked.get(0) == row;
    }
  }

  /** language → stage → cell. */
  private final Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
  private final List<String> models;

  public Leaderboard(List<ProfileRow> profile) {
    List<ProfileRow> rows = profile.stream().filter(row -> row.getCategory().equals(ProfileKey.ALL)).toList();
    for (String language : ordered(rows.stream().map(ProfileRow::getLanguage).toList(), LANGUAGE_ORDER)) {
      for (String stage : ordered(rows.stream().map(ProfileRow::getStage).toList(), STAGE_ORDER)) {
        StageMetric metric = StageMetric.of(stage);
        List<ProfileRow> all = rows.stream()
            .filter(row -> row.getLanguage().equals(language) && row.getStage().equals(stage)).toList();
        if (!all.isEmpty()) {
          cells.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(stage, new Cell(
              all.stream().filter(metric::available).sorted(metric.ranking()).toList(),
              all.stream().filter(row -> !metric.available(row)).sorted(Comparator.comparing(ProfileRow::getModel))
                  .toList()));
        }
      }
    }
    models = rows.stream().map(ProfileRow::getModel).distinct().sorted().toList();
  }

  /** The best model for a language and stage, if any model profiled there got an answer. */
  public Optional<String> best(String language, String stage) {
    Cell cell = cells.getOrDefault(language, Map.of()).get(stage);
    return cell == null || cell.ranked().isEmpty() ? Optional.empty() : Optional.of(cell.ranked().get(0).getModel());
  }

  public String markdown() {
    StringBuilder out = new StringBuilder("# PerfOrch leaderboard\n\n");
    out.append("## Overall\n\nPass rate (generate), fix rate (fix) and share of refinements that are faster "
        + "(refine), per language. **Bold**: the best model of the column.");
    if (cells.values().stream().flatMap(stages -> stages.values().stream()).anyMatch(c -> !c.unanswered().isEmpty())) {
      out.append(" n/a: every request to the model failed (provider errors), so it is not ranked.");
    }
    out.append("\n\n");
    List<String[]> columns = columns();
    out.append("| model |");
    columns.forEach(column -> out.append(' ').append(column[0]).append(' ').append(column[1]).append(" |"));
    out.append("\n| --- |").append(" ---: |".repeat(columns.size())).append('\n');
    for (String model : models) {
      out.append("| ").append(model).append(" |");
      for (String[] column : columns) {
        Cell cell = cells.get(column[0]).get(column[1]);
        Optional<ProfileRow> row = cell.of(model);
        String text = row.map(StageMetric.of(column[1])::format).orElse("–");
        boolean best = row.isPresent() && cell.isBest(row.get());
        out.append(' ').append(best ? "**" + text + "**" : text).append(" |");
      }
      out.append('\n');
    }
    cells.forEach((language, stages) -> stages.forEach((stage, cell) -> {
      StageMetric metric = StageMetric.of(stage);
      out.append("\n## ").append(language).append(" · ").append(stage).append("\n\n")
          .append("| rank | model | ").append(metric.label())
          .append(" | n | pass@1 | median ms | p90 ms | peak MiB | speed-up | tokens | cost $ | errors |\n")
          .append("| ---: | --- |").append(" ---: |".repeat(10)).append('\n');
      List<ProfileRow> rows = listed(cell);
      for (int i = 0; i < rows.size(); i++) {
        ProfileRow row = rows.get(i);
        boolean ranked = i < cell.ranked().size();
        out.append("| ").append(ranked ? Integer.toString(i + 1) : "–").append(" | ")
            .append(i == 0 && ranked ? "**" + row.getModel() + "** ★" : row.getModel())
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

  /** The ranked rows, then the unanswered ones. */
  private static List<ProfileRow> listed(Cell cell) {
    List<ProfileRow> rows = new ArrayList<>(cell.ranked());
    rows.addAll(cell.unanswered());
    return rows;
  }

  /**
   * One line per row: language, stage, rank, best, model, metric and the row's figures; a model with no
   * answer has no rank and no value.
   */
  public String csv() {
    StringBuilder out = new StringBuilder("language,stage,rank,best,model,metric,value,n,pass_at_1,"
        + "median_wall_ms,p90_wall_ms,peak_rss_bytes,median_speedup,input_tokens,output_tokens,cost_usd,"
        + "provider_errors\n");
    cells.forEach((language, stages) -> stages.forEach((stage, cell) -> {
      StageMetric metric = StageMetric.of(stage);
      List<ProfileRow> rows = listed(cell);
      for (int i = 0; i < rows.size(); i++) {
        ProfileRow row = rows.get(i);
        boolean ranked = i < cell.ranked().size();
        out.append(String.join(",", language, stage, ranked ? Integer.toString(i + 1) : "",
            Boolean.toString(i == 0 && ranked), row.getModel(), metric.label().replace(' ', '_'),
            csvNumber(metric.value(row)),
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
    cells.forEach((language, stages) -> stages.keySet().forEach(stage -> columns.add(new String[] {language, stage})));
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
