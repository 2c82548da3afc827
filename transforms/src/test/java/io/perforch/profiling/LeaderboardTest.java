package io.perforch.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.profiling.model.ProfileRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
  static ProfileRow row(String model, String language, String stage, String category, double passRate,
      Double medianMillis, Double improved, Double speedup) {
    return ProfileRow.newBuilder()
        .setModel(model).setLanguage(language).setStage(stage).setCategory(category)
        .setN(10).setAnswered(10).setTasks(10).setPassed((int) Math.round(passRate * 10)).setPassRate(passRate)
        .setPassAtK(Map.of("1", passRate)).setMedianWallMillis(medianMillis).setP90WallMillis(medianMillis)
        .setPeakRssBytes(8L << 20).setRefineImprovedShare(improved).setRefineMedianSpeedup(speedup)
        .setInputTokens(1000).setOutputTokens(500).setCostUsd(0.0125).setProviderErrors(0).setNoCode(0)
        .build();
  }

  private static final List<ProfileRow> PROFILE = List.of(
      row("sim-b", "python", "generate", "all", 0.6, 12.0, null, null),
      row("sim-a", "python", "generate", "all", 0.9, 20.0, null, null),
      row("sim-a", "rust", "generate", "all", 0.5, 3.0, null, null),
      row("sim-b", "rust", "generate", "all", 0.5, 2.0, null, null),
      row("sim-a", "python", "refine", "all", 1.0, 5.0, 0.2, 1.1),
      row("sim-b", "python", "refine", "all", 0.8, 5.0, 0.6, 3.0),
      row("sim-b", "python", "generate", "parsing", 1.0, 12.0, null, null));

  @Test
  void theBestModelPerLanguageAndStageFollowsTheStagesMetric() {
    Leaderboard leaderboard = new Leaderboard(PROFILE);

    assertThat(leaderboard.best("python", "generate")).contains("sim-a");
    assertThat(leaderboard.best("python", "refine")).contains("sim-b");
    // equal pass rates: the faster median run wins
    assertThat(leaderboard.best("rust", "generate")).contains("sim-b");
    assertThat(leaderboard.best("go", "generate")).isEmpty();
  }

  @Test
  void equallyFastRefinersRankByHowManyProgramsTheyKeepCorrect() {
    Leaderboard leaderboard = new Leaderboard(List.of(
        row("sim-careless", "go", "refine", "all", 0.7, 5.0, 0.3, 1.0),
        row("sim-careful", "go", "refine", "all", 0.99, 5.0, 0.3, 1.0)));

    assertThat(leaderboard.best("go", "refine")).contains("sim-careful");
  }

  /** A row of a model whose every request failed, as ProfileAggregator writes it. */
  static ProfileRow unanswered(String model, String language, String stage) {
    return ProfileRow.newBuilder(row(model, language, stage, "all", 0, null, null, null)).setAnswered(0)
        .setPassed(0).setPassRate(null).setPassAtK(Map.of()).setProviderErrors(10).build();
  }

  @Test
  void aModelWithOnlyProviderErrorsIsNotAvailableAndNeverRanked() {
    Leaderboard leaderboard = new Leaderboard(List.of(
        unanswered("sim-down", "python", "generate"),
        row("sim-wrong", "python", "generate", "all", 0.0, null, null, null),
        unanswered("sim-down", "go", "generate")));

    assertThat(leaderboard.best("python", "generate")).contains("sim-wrong");
    assertThat(leaderboard.best("go", "generate")).isEmpty();
    String markdown = leaderboard.markdown();
    assertThat(markdown).contains("| sim-down | n/a | n/a |").contains("| sim-wrong | **0.0%** | – |")
        .contains("| 1 | **sim-wrong** ★ | 0.0% |").contains("| – | sim-down | n/a |")
        .contains("n/a: every request to the model failed");
    assertThat(leaderboard.csv().lines()).contains("python,generate,1,true,sim-wrong,pass_rate,0.000000,10,0.000000,,,"
        + "8388608,,1000,500,0.012500,0").anyMatch(line -> line.startsWith("python,generate,,false,sim-down,pass_rate,,10,"));
  }

  @Test
  void categoryRowsAreNotRanked() {
    assertThat(new Leaderboard(PROFILE).csv().lines().filter(line -> line.startsWith("python,generate,"))).hasSize(2);
  }

  @Test
  void markdownMarksTheBestCellOfEveryColumn() {
    String markdown = new Leaderboard(PROFILE).markdown();

    assertThat(markdown).contains("| model | python generate | python refine | rust generate |");
    assertThat(markdown).contains("| sim-a | **90.0%** | 20.0% | 50.0% |");
    assertThat(markdown).contains("| sim-b | 60.0% | **60.0%** | **50.0%** |");
    assertThat(markdown).contains("## python · refine").contains("| 1 | **sim-b** ★ | 60.0% |");
  }

  @Test
  void csvHasOneLinePerRankedRow() {
    List<String> lines = new Leaderboard(PROFILE).csv().lines().toList();

    assertThat(lines).hasSize(1 + 6);
    assertThat(lines.get(0)).startsWith("language,stage,rank,best,model,metric,value,");
    assertThat(lines).contains("python,generate,1,true,sim-a,pass_rate,0.900000,10,0.900000,20.000000,20.000000,"
        + "8388608,,1000,500,0.012500,0");
  }

  @Test
  void htmlIsTheSameTablesAsMarkup() {
    String html = new Leaderboard(PROFILE).html();

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>python · refine</h2>")
        .contains("<th>model</th>").contains("<td><b>90.0%</b></td>").doesNotContain("**").doesNotContain("---");
  }
}
