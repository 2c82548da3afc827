package io.perforch.orchestration;

import io.perforch.datasets.model.Problem;
import io.perforch.models.Stage;
import io.perforch.profiling.ProfileAggregator;
import io.perforch.profiling.ProfileKey;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.ProfileRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides every judged task's route before the run. Each route table is learnt from the profile's
 * candidates of the problems the split lets it see (never the problems it will judge), aggregated into
 * profile rows exactly as the profiling job aggregates them, then ranked by the routing policy.
 *
 * @param <T> the route table type the policy builds
 */
public final class RoutePlanner<T> {
  /** The part of a route table the planner needs: a task's ranking for one stage. */
  public interface Ranking {
    List<String> rank(String language, Stage stage, List<String> categories);
  }

  /** The tables learnt (one, or one per fold) and the route of every judged task. */
  public record Plan<T>(List<T> tables, List<List<ProfileRow>> rows, Map<String, TaskRoute> routes) {}

  private final ProblemSplit split;
  private final int topN;
  private final Function<List<ProfileRow>, T> buildTable;
  private final Function<T, Ranking> ranking;

  public RoutePlanner(ProblemSplit split, int topN, Function<List<ProfileRow>, T> buildTable,
      Function<T, Ranking> ranking) {
    this.split = split;
    this.topN = topN;
    this.buildTable = buildTable;
    this.ranking = ranking;
  }

  /**
   * @param candidates the profiling run's candidates
   * @param judged the problems to route
   */
  public Plan<T> plan(List<Candidate> candidates, List<Problem> judged) {
    List<T> tables = new ArrayList<>();
    List<List<ProfileRow>> rows = new ArrayList<>();
    for (int table = 0; table < split.tables(); table++) {
      int current = table;
      List<ProfileRow> learnt = aggregate(candidates.stream()
          .filter(candidate -> split.inTable(candidate.getProblemId(), current)).toList());
      rows.add(learnt);
      tables.add(buildTable.apply(learnt));
    }
    return new Plan<>(tables, rows, routes(tables, judged));
  }

  /** With no candidates to learn from, one table from a profile table as it is. */
  public Plan<T> planFromTable(List<ProfileRow> profileRows, List<Problem> judged) {
    List<T> tables = List.of(buildTable.apply(profileRows));
    return new Plan<>(tables, List.of(profileRows), routes(tables, judged));
  }

  private Map<String, TaskRoute> routes(List<T> tables, List<Problem> judged) {
    Map<String, TaskRoute> routes = new LinkedHashMap<>();
    for (Problem problem : judged) {
      Ranking table = ranking.apply(tables.get(split.tableOf(problem.getProblemId())));
      Map<Stage, List<String>> ranked = new EnumMap<>(Stage.class);
      for (Stage stage : Stage.values()) {
        ranked.put(stage, table.rank(problem.getLanguage(), stage, ProfileKey.categoriesOf(problem)));
      }
      routes.put(problem.getTaskId(), TaskRoute.routed(ranked, topN));
    }
    return routes;
  }

  /** Profile rows of these candidates, cell by cell, as the profiling job computes them. */
  static List<ProfileRow> aggregate(List<Candidate> candidates) {
    Map<String, List<Candidate>> cells = new TreeMap<>();
    for (Candidate candidate : candidates) {
      for (ProfileKey key : ProfileKey.of(candidate)) {
        cells.computeIfAbsent(key.encoded(), k -> new ArrayList<>()).add(candidate);
      }
    }
    List<ProfileRow> rows = new ArrayList<>();
    cells.forEach((key, members) -> rows.add(ProfileAggregator.summarise(ProfileKey.decode(key), members)));
    return rows;
  }
}
