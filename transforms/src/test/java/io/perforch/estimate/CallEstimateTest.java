package io.perforch.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.Stage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallEstimateTest {
  private static final List<Problem> PROBLEMS = new SampleDataset().load().stream()
      .filter(p -> p.getLanguage().equals("python")).toList();

  private static ModelSpec model(String id, double inputPerMillion, double outputPerMillion) {
    return new ModelSpec(id, Provider.OPENAI, "m", URI.create("http://localhost/v1"), "KEY",
        new Pricing(inputPerMillion, outputPerMillion), 1, 0, 0, Duration.ofSeconds(30), 0, 1024, null);
  }

  @Test
  void generateCallsAreExactAndFixAndRefineHaveAnExpectationAndAMaximum() {
    List<ModelSpec> models = List.of(model("a", 1, 2), model("b", 3, 15), model("c", 0, 0));

    List<CallEstimate.Line> lines = new CallEstimate().profile(PROBLEMS, models, List.of(Stage.values()), 2, 0.5);

    long generated = PROBLEMS.size() * 2L * 3;
    assertThat(lines).hasSize(3).allSatisfy(line -> {
      assertThat(line.generate()).isEqualTo(PROBLEMS.size() * 2L);
      assertThat(line.fixMax()).isEqualTo(generated);
      assertThat(line.fixExpected()).isEqualTo(generated / 2);
      assertThat(line.refineMax()).isEqualTo(generated + generated * 3);
      assertThat(line.refineExpected()).isEqualTo(Math.round(generated * 0.5 + generated / 2 * 3 * 0.5));
      assertThat(line.callsMax()).isGreaterThan(line.callsExpected());
    });
    assertThat(lines.get(2).costMax()).isZero();
    assertThat(lines.get(1).costExpected()).isGreaterThan(lines.get(0).costExpected()).isPositive();
    assertThat(lines.get(0).costMax()).isGreaterThan(lines.get(0).costExpected());
  }

  @Test
  void withoutFixOrRefineOnlyGenerateCallsAreCounted() {
    List<CallEstimate.Line> lines = new CallEstimate().profile(PROBLEMS, List.of(model("a", 1, 1)),
        List.of(Stage.GENERATE), 1, 0.5);

    assertThat(lines.get(0).callsMax()).isEqualTo(PROBLEMS.size());
    assertThat(lines.get(0).callsExpected()).isEqualTo(PROBLEMS.size());
  }

  @Test
  void anOrchestratedTaskNeedsAtMostTheRoutedLoopAndOneCallAStagePerModelAlone() {
    List<ModelSpec> models = List.of(model("a", 1, 2), model("b", 3, 15), model("c", 0, 0));

    CallEstimate.Orchestration all = new CallEstimate().orchestrate(PROBLEMS, models, List.of(Stage.values()), 5, 0);
    CallEstimate.Orchestration capped = new CallEstimate().orchestrate(PROBLEMS, models, List.of(Stage.values()), 5, 4);

    assertThat(all.routedPerTask()).isEqualTo(3 + 9 + 3);
    assertThat(all.alonePerTask()).isEqualTo(9);
    assertThat(all.callsMax()).isEqualTo(PROBLEMS.size() * 24L);
    assertThat(capped.routedPerTask()).isEqualTo(4);
    assertThat(all.costMax()).isGreaterThan(capped.costMax()).isPositive();
  }
}
