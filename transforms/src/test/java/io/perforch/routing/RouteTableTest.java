package io.perforch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.models.Stage;
import io.perforch.profiling.model.ProfileRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static final RoutingPolicy PASS_RATE = RoutingPolicies.named("pass-rate", 0.5, RoutingPolicies.DEFAULT_WEIGHTS);

  /** A profile row with the figures routing reads; tasks 10 unless set. */
  static ProfileRow.Builder row(String model, String stage, String category, Double passRate) {
    return ProfileRow.newBuilder().setModel(model).setLanguage("python").setStage(stage).setCategory(category)
        .setN(10).setAnswered(passRate == null ? 0 : 10).setTasks(10).setPassed(0).setPassRate(passRate)
        .setInputTokens(0).setOutputTokens(0).setCostUsd(0).setProviderErrors(passRate == null ? 10 : 0).setNoCode(0);
  }

  private static List<String> rank(List<ProfileRow> rows, RoutingPolicy policy, Stage stage, List<String> categories) {
    return RouteTable.build(rows, policy, 5).rank("python", stage, categories).stream().map(RankedModel::model).toList();
  }

  @Test
  void passRateRanksGenerateAndFixByPassRateInTheTasksCategory() {
    List<ProfileRow> rows = List.of(
        row("a", "generate", "all", 0.9).build(), row("b", "generate", "all", 0.5).build(),
        row("a", "generate", "parsing", 0.2).build(), row("b", "generate", "parsing", 0.8).build());

    assertThat(rank(rows, PASS_RATE, Stage.GENERATE, List.of())).containsExactly("a", "b");
    assertThat(rank(rows, PASS_RATE, Stage.GENERATE, List.of("parsing"))).containsExactly("b", "a");
    assertThat(RouteTable.build(rows, PASS_RATE, 5).rank("python", Stage.GENERATE, List.of("parsing")).get(0).level())
        .isEqualTo("category");
  }

  @Test
  void severalCategoriesCombineByTheProductOfTheirPassRates() {
    // a is strong in one category and weak in the other (0.9 × 0.2 = 0.18); b is balanced (0.6 × 0.6 = 0.36)
    List<ProfileRow> rows = List.of(
        row("a", "generate", "all", 0.6).build(), row("b", "generate", "all", 0.6).build(),
        row("a", "generate", "dp", 0.9).build(), row("b", "generate", "dp", 0.6).build(),
        row("a", "generate", "graphs", 0.2).build(), row("b", "generate", "graphs", 0.6).build());

    List<RankedModel> ranked = RouteTable.build(rows, PASS_RATE, 5).rank("python", Stage.GENERATE, List.of("dp", "graphs"));

    assertThat(ranked).extracting(RankedModel::model).containsExactly("b", "a");
    assertThat(ranked.get(0).score()).isCloseTo(0.36, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ranked.get(1).score()).isCloseTo(0.18, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aThinCategoryCellFallsBackToTheLanguageLevel() {
    List<ProfileRow> rows = List.of(
        row("a", "generate", "all", 0.9).build(), row("b", "generate", "all", 0.5).build(),
        row("a", "generate", "parsing", 0.0).setTasks(3).build(), row("b", "generate", "parsing", 1.0).setTasks(3).build());

    List<RankedModel> thin = RouteTable.build(rows, PASS_RATE, 5).rank("python", Stage.GENERATE, List.of("parsing"));
    List<RankedModel> trusted = RouteTable.build(rows, PASS_RATE, 3).rank("python", Stage.GENERATE, List.of("parsing"));

    assertThat(thin).extracting(RankedModel::model).containsExactly("a", "b");
    assertThat(thin.get(0).level()).isEqualTo("language");
    assertThat(trusted).extracting(RankedModel::model).containsExactly("b", "a");
  }

  @Test
  void aCategoryTheProfileNeverSawIsRankedAtTheLanguageLevel() {
    List<ProfileRow> rows = List.of(row("a", "fix", "all", 0.4).build(), row("b", "fix", "all", 0.7).build());

    assertThat(rank(rows, PASS_RATE, Stage.FIX, List.of("simulation"))).containsExactly("b", "a");
  }

  @Test
  void modelsWithOnlyProviderErrorsAreNeverRanked() {
    List<ProfileRow> rows = List.of(row("a", "generate", "all", 0.3).build(), row("down", "generate", "all", null).build());

    assertThat(rank(rows, PASS_RATE, Stage.GENERATE, List.of())).containsExactly("a");
  }

  @Test
  void tiesBreakByModelIdSoTheSameTableAlwaysRoutesTheSameWay() {
    List<ProfileRow> rows = new ArrayList<>();
    for (String model : List.of("zeta", "alpha", "mid")) {
      rows.add(row(model, "generate", "all", 0.5).build());
    }

    assertThat(rank(rows, PASS_RATE, Stage.GENERATE, List.of())).containsExactly("alpha", "mid", "zeta");
    java.util.Collections.reverse(rows);
    assertThat(rank(rows, PASS_RATE, Stage.GENERATE, List.of()))
        .containsExactly("alpha", "mid", "zeta");
  }

  @Test
  void refineRanksByMeanGainThenFixRateThenGenerateRate() {
    List<ProfileRow> rows = List.of(
        row("a", "refine", "all", 0.9).setRefineMeanGain(0.10).build(),
        row("b", "refine", "all", 0.9).setRefineMeanGain(0.30).build(),
        row("c", "refine", "all", 0.9).setRefineMeanGain(0.10).build(),
        row("d", "refine", "all", 0.9).setRefineMeanGain(0.10).build(),
        row("a", "fix", "all", 0.5).build(), row("c", "fix", "all", 0.8).build(), row("d", "fix", "all", 0.5).build(),
        row("a", "generate", "all", 0.4).build(), row("d", "generate", "all", 0.7).build());

    assertThat(rank(rows, PASS_RATE, Stage.REFINE, List.of())).containsExactly("b", "c", "d", "a");
  }

  @Test
  void refineGainsAddUpOverTheTasksCategories() {
    List<ProfileRow> rows = List.of(
        row("a", "refine", "all", 0.9).setRefineMeanGain(0.2).build(),
        row("b", "refine", "all", 0.9).setRefineMeanGain(0.2).build(),
        row("a", "refine", "dp", 0.9).setRefineMeanGain(0.5).build(),
        row("b", "refine", "dp", 0.9).setRefineMeanGain(0.1).build(),
        row("a", "refine", "graphs", 0.9).setRefineMeanGain(0.0).build(),
        row("b", "refine", "graphs", 0.9).setRefineMeanGain(0.3).build());

    List<RankedModel> ranked = RouteTable.build(rows, PASS_RATE, 5).rank("python", Stage.REFINE, List.of("dp", "graphs"));

    assertThat(ranked).extracting(RankedModel::model).containsExactly("a", "b");
    assertThat(ranked.get(0).score()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void costAwareRanksCorrectEnoughModelsByCorrectnessPerDollarAndPutsTheRestLast() {
    RoutingPolicy policy = RoutingPolicies.named("cost-aware", 0.5, RoutingPolicies.DEFAULT_WEIGHTS);
    List<ProfileRow> rows = List.of(
        row("dear", "generate", "all", 0.95).setCostUsd(1.0).build(),   // 0.95 per $0.10
        row("cheap", "generate", "all", 0.60).setCostUsd(0.1).build(),  // 0.60 per $0.01
        row("free", "generate", "all", 0.55).setCostUsd(0).build(),
        row("poor", "generate", "all", 0.30).setCostUsd(0).build());

    assertThat(rank(rows, policy, Stage.GENERATE, List.of())).containsExactly("free", "cheap", "dear", "poor");
    assertThat(RouteTable.build(rows, policy, 5).paretoFront("python", Stage.GENERATE))
        .extracting(ParetoPoint::model).containsExactly("free", "cheap", "dear");
  }

  @Test
  void weightedScoresTradeCorrectnessAgainstTimeMemoryAndCpuAsWeighted() {
    List<ProfileRow> rows = List.of(
        row("correct", "generate", "all", 0.9).setMedianWallMillis(400.0).setPeakRssBytes(400L).setCpuEfficiency(0.5).build(),
        row("fast", "generate", "all", 0.7).setMedianWallMillis(100.0).setPeakRssBytes(100L).setCpuEfficiency(1.0).build());

    RoutingPolicy byDefault = RoutingPolicies.named("weighted", 0.5, RoutingPolicies.DEFAULT_WEIGHTS);
    RoutingPolicy speedFirst = RoutingPolicies.named("weighted", 0.5, "correctness=0.2,time=0.6,memory=0.2");

    // default: 0.63 + 0.025 + 0.025 + 0.05 = 0.73 against 0.49 + 0.1 + 0.1 + 0.1 = 0.79
    assertThat(rank(rows, byDefault, Stage.GENERATE, List.of())).containsExactly("fast", "correct");
    assertThat(rank(rows, RoutingPolicies.named("weighted", 0.5, "correctness=1"), Stage.GENERATE, List.of()))
        .containsExactly("correct", "fast");
    assertThat(rank(rows, speedFirst, Stage.GENERATE, List.of())).containsExactly("fast", "correct");
  }

  @Test
  void badPolicyNamesAndWeightsAreClearErrors() {
    assertThatThrownBy(() -> RoutingPolicies.named("fastest", 0.5, "")).hasMessageContaining("pass-rate, cost-aware, weighted");
    assertThatThrownBy(() -> RoutingPolicies.named("weighted", 0.5, "speed=1")).hasMessageContaining("NAME=WEIGHT");
    assertThatThrownBy(() -> RoutingPolicies.named("weighted", 0.5, "time=-1")).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> RoutingPolicies.named("weighted", 0.5, "time=0")).hasMessageContaining("above 0");
    assertThatThrownBy(() -> RoutingPolicies.named("cost-aware", 2, "")).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> RouteTable.build(List.of(), PASS_RATE, 0)).hasMessageContaining("--min-samples");
  }

  @Test
  void theRouteFilesListEveryRankingAndThePolicy() {
    List<ProfileRow> rows = List.of(row("a", "generate", "all", 0.9).build(), row("b", "generate", "parsing", 0.8).build(),
        row("b", "generate", "all", 0.5).build());
    RouteTable table = RouteTable.build(rows, PASS_RATE, 5);

    assertThat(RouteTableFiles.toCsv(List.of(table))).startsWith(RouteTableFiles.CSV_HEADER)
        .contains("0,python,generate,all,1,a,0.900000,language", "0,python,generate,parsing,1,b,0.800000,category");
    assertThat(RouteTableFiles.toJson(List.of(table))).contains("\"policy\" : \"pass-rate\"", "\"min_samples\" : 5",
        "pareto_fronts");
  }
}
