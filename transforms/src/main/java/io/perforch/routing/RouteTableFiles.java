package io.perforch.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perforch.models.Stage;
import io.perforch.profiling.ProfileKey;
import java.util.List;
import java.util.Locale;

/**
 * A run's route tables as files: a CSV with every ranking (per table, language, stage and category, and
 * the language level) and a JSON with the policy, its options and the Pareto fronts.
 */
public final class RouteTableFiles {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final String CSV_HEADER = "table,language,stage,category,rank,model,score,level";

  private RouteTableFiles() {}

  /** @param tables one table, or one per fold (the table column numbers them) */
  public static String toCsv(List<RouteTable> tables) {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
    for (int t = 0; t < tables.size(); t++) {
      RouteTable table = tables.get(t);
      for (String language : table.languages()) {
        for (Stage stage : Stage.values()) {
          appendRanking(csv, t, table, language, stage, ProfileKey.ALL, List.of());
          for (String category : table.categories()) {
            appendRanking(csv, t, table, language, stage, category, List.of(category));
          }
        }
      }
    }
    return csv.toString();
  }

  private static void appendRanking(StringBuilder csv, int t, RouteTable table, String language, Stage stage,
      String category, List<String> categories) {
    List<RankedModel> ranked = table.rank(language, stage, categories);
    for (int r = 0; r < ranked.size(); r++) {
      RankedModel model = ranked.get(r);
      csv.append(String.join(",", Integer.toString(t), language, stage.id(), category, Integer.toString(r + 1),
          model.model(), String.format(Locale.ROOT, "%.6g", model.score()), model.level())).append('\n');
    }
  }

  public static String toJson(List<RouteTable> tables) {
    ObjectNode root = JSON.createObjectNode();
    RouteTable first = tables.get(0);
    root.put("policy", first.policy().name());
    ObjectNode options = root.putObject("options");
    first.policy().options().forEach(options::put);
    root.put("min_samples", first.minSamples());
    root.put("tables", tables.size());
    ArrayNode fronts = root.putArray("pareto_fronts");
    for (int t = 0; t < tables.size(); t++) {
      RouteTable table = tables.get(t);
      for (String language : table.languages()) {
        for (Stage stage : Stage.values()) {
          ObjectNode front = fronts.addObject().put("table", t).put("language", language).put("stage", stage.id());
          ArrayNode models = front.putArray("models");
          table.paretoFront(language, stage).forEach(point -> models.addObject().put("model", point.model())
              .put("correctness", point.correctness()).put("cost_per_candidate_usd", point.costPerCandidate()));
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
