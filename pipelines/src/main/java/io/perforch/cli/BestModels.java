package io.perforch.cli;

import io.perforch.profiling.Leaderboard;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.StageMetric;
import io.perforch.profiling.model.ProfileRow;
import java.util.List;

/** The one-screen answer of a profiling run: which model is best at each stage in each language. */
final class BestModels {
  private BestModels() {}

  static String describe(List<ProfileRow> rows) {
    Leaderboard leaderboard = new Leaderboard(rows);
    StringBuilder out = new StringBuilder("Best model per language and stage:");
    rows.stream().filter(row -> row.getCategory().equals(ProfileKey.ALL))
        .map(row -> row.getLanguage() + "\0" + row.getStage()).distinct().sorted().forEach(cell -> {
          String[] parts = cell.split("\0");
          leaderboard.best(parts[0], parts[1]).ifPresentOrElse(model -> {
            ProfileRow best = rows.stream().filter(row -> row.getCategory().equals(ProfileKey.ALL)
                && row.getLanguage().equals(parts[0]) && row.getStage().equals(parts[1])
                && row.getModel().equals(model)).findFirst().orElseThrow();
            StageMetric metric = StageMetric.of(parts[1]);
            out.append(String.format("%n  %-7s %-9s %-22s %s %s", parts[0], parts[1], model, metric.label(),
                metric.format(best)));
          }, () -> out.append(String.format("%n  %-7s %-9s %-22s %s", parts[0], parts[1], "n/a",
              "no model got an answer (provider errors only)")));
        });
    return out.toString();
  }
}
