package io.perforch.routing;

import io.perforch.models.Stage;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.ProfileRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile table of one language as routing reads it: a model's row for a (stage, category), with
 * the category replaced by the language level when its cell is too thin to trust.
 */
public final class Cells implements Serializable {
  private final String language;
  private final int minSamples;
  private final Map<String, ProfileRow> rows = new HashMap<>(); // stage \0 category \0 model
  private final Map<String, List<ProfileRow>> byCell = new HashMap<>(); // stage \0 category

  Cells(String language, List<ProfileRow> languageRows, int minSamples) {
    this.language = language;
    this.minSamples = minSamples;
    for (ProfileRow row : languageRows) {
      rows.put(row.getStage() + "\0" + row.getCategory() + "\0" + row.getModel(), row);
      byCell.computeIfAbsent(row.getStage() + "\0" + row.getCategory(), k -> new ArrayList<>()).add(row);
    }
  }

  public String language() {
    return language;
  }

  /**
   * The category whose cells rank a stage: the category itself when every answered model's cell has at
   * least {@code minSamples} tasks, else {@value ProfileKey#ALL} (the language level).
   */
  public String level(Stage stage, String category) {
    List<ProfileRow> cell = byCell.get(stage.id() + "\0" + category);
    if (category.equals(ProfileKey.ALL) || cell == null) {
      return ProfileKey.ALL;
    }
    int tasks = cell.stream().filter(Cells::answered).mapToInt(ProfileRow::getTasks).min().orElse(0);
    return tasks >= minSamples ? category : ProfileKey.ALL;
  }

  /** The model's row at this stage and category after fallback; null if it has none. */
  public ProfileRow row(String model, Stage stage, String category) {
    return rows.get(stage.id() + "\0" + level(stage, category) + "\0" + model);
  }

  /** Every model's row of the cell that ranks this stage and category. */
  public List<ProfileRow> cell(Stage stage, String category) {
    return byCell.getOrDefault(stage.id() + "\0" + level(stage, category), List.of());
  }

  /** Whether the model has an answered candidate at this stage in the language (else it is not ranked). */
  public boolean rankable(String model, Stage stage) {
    ProfileRow row = rows.get(stage.id() + "\0" + ProfileKey.ALL + "\0" + model);
    return row != null && answered(row);
  }

  /** The categories a task is scored over: its own, or the language level when it has none. */
  static List<String> factors(List<String> categories) {
    return categories.isEmpty() ? List.of(ProfileKey.ALL) : categories;
  }

  static boolean answered(ProfileRow row) {
    return row.getPassRate() != null;
  }

  /** Rows of the language level, for summaries such as the Pareto front. */
  List<ProfileRow> languageLevel(Stage stage) {
    return byCell.getOrDefault(stage.id() + "\0" + ProfileKey.ALL, List.of());
  }
}
