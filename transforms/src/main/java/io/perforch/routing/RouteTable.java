package io.perforch.routing;

import io.perforch.models.Stage;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.ProfileRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For every (language, stage, task categories) the models ranked best first by a routing policy, from
 * a profile table. Ties break by the policy's tie-break keys, then by model id, so the same table always
 * routes the same way.
 */
public final class RouteTable implements Serializable {
  private final RoutingPolicy policy;
  private final int minSamples;
  private final Map<String, Cells> byLanguage = new TreeMap<>();
  private final TreeSet<String> models = new TreeSet<>();
  private final TreeSet<String> categories = new TreeSet<>();

  private RouteTable(RoutingPolicy policy, int minSamples) {
    this.policy = policy;
    this.minSamples = minSamples;
  }

  /** @param minSamples a category cell with fewer tasks is replaced by the language level */
  public static RouteTable build(List<ProfileRow> rows, RoutingPolicy policy, int minSamples) {
    if (minSamples < 1) {
      throw new IllegalArgumentException("--min-samples must be at least 1, got " + minSamples);
    }
    RouteTable table = new RouteTable(policy, minSamples);
    Map<String, List<ProfileRow>> byLanguage = new TreeMap<>();
    for (ProfileRow row : rows) {
      byLanguage.computeIfAbsent(row.getLanguage(), l -> new ArrayList<>()).add(row);
      table.models.add(row.getModel());
      if (!row.getCategory().equals(ProfileKey.ALL)) {
        table.categories.add(row.getCategory());
      }
    }
    byLanguage.forEach((language, languageRows) ->
        table.byLanguage.put(language, new Cells(language, languageRows, minSamples)));
    return table;
  }

  /** The full ranking for a task's stage, best first; empty when the profile has nothing for the language. */
  public List<RankedModel> rank(String language, Stage stage, List<String> taskCategories) {
    Cells cells = byLanguage.get(language);
    if (cells == null) {
      return List.of();
    }
    record Keyed(String model, double[] key) {}
    List<Keyed> keyed = new ArrayList<>();
    for (String model : models) {
      double[] key = policy.key(model, stage, taskCategories, cells);
      if (key != null) {
        keyed.add(new Keyed(model, key));
      }
    }
    keyed.sort(Comparator.comparing(Keyed::key, RouteTable::descending).thenComparing(Keyed::model));
    boolean byCategory = !taskCategories.isEmpty()
        && taskCategories.stream().noneMatch(category -> cells.level(stage, category).equals(ProfileKey.ALL));
    String level = byCategory ? "category" : "language";
    return keyed.stream().map(k -> new RankedModel(k.model(), k.key()[0], level)).toList();
  }

  /** The first {@code n} models of {@link #rank}. */
  public List<String> topModels(String language, Stage stage, List<String> taskCategories, int n) {
    return rank(language, stage, taskCategories).stream().limit(n).map(RankedModel::model).toList();
  }

  public RoutingPolicy policy() {
    return policy;
  }

  public int minSamples() {
    return minSamples;
  }

  public List<String> languages() {
    return List.copyOf(byLanguage.keySet());
  }

  /** Every category the profile has a cell for. */
  public List<String> categories() {
    return List.copyOf(categories);
  }

  /**
   * The models no other beats on both correctness and cost per answered candidate at the language
   * level (at least as correct and at most as dear, better in one), cheapest first.
   */
  public List<ParetoPoint> paretoFront(String language, Stage stage) {
    Cells cells = byLanguage.get(language);
    if (cells == null) {
      return List.of();
    }
    List<ParetoPoint> points = cells.languageLevel(stage).stream().filter(Cells::answered)
        .map(row -> new ParetoPoint(row.getModel(), Scores.correctness(row.getModel(), stage, List.of(), cells),
            Scores.costPerCandidate(row.getModel(), stage, cells)))
        .toList();
    return points.stream()
        .filter(p -> points.stream().noneMatch(q -> q.dominates(p)))
        .sorted(Comparator.comparingDouble(ParetoPoint::costPerCandidate).thenComparing(ParetoPoint::model))
        .toList();
  }

  private static int descending(double[] a, double[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int order = Double.compare(b[i], a[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(b.length, a.length);
  }
}
