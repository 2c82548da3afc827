package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.answer;
import static io.perforch.models.simulated.SimulatedTestSupport.sampleProblems;
import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.models.Fleet;
import io.perforch.models.ModelSpec;
import io.perforch.models.Provider;
import io.perforch.models.Stage;
import io.perforch.models.fleet.FleetLoader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped simulated fleet loads, and its models differ the way its comments say they do. */
class SimulatedFleetFileTest {
  private static final Path FLEET = Path.of("..", "runner-configs", "models", "simulated.yaml");

  private static Fleet fleet() {
    return FleetLoader.load(FLEET.toString());
  }

  private static List<ModelSpec> bySkill(Language language, Stage stage) {
    return fleet().models().stream()
        .sorted(Comparator.comparingDouble((ModelSpec m) -> m.simulated().skill(language, stage)).reversed())
        .toList();
  }

  private static double margin(Language language, Stage stage) {
    List<ModelSpec> ranked = bySkill(language, stage);
    return ranked.get(0).simulated().skill(language, stage) - ranked.get(1).simulated().skill(language, stage);
  }

  @Test
  void loadsSimulatedModelsOnly() {
    assertThat(FLEET).exists();

    List<ModelSpec> models = fleet().models();

    assertThat(models).hasSizeGreaterThanOrEqualTo(6);
    assertThat(models).allSatisfy(model -> {
      assertThat(model.provider()).isEqualTo(Provider.SIMULATED);
      assertThat(model.id()).startsWith("sim-");
      assertThat(model.apiKeyEnv()).isNull();
      assertThat(new SimulatedModelClient(model).spec()).isSameAs(model);
    });
  }

  @Test
  void eachLanguageHasAClearlyBestGeneratorAndNotAllTheSame() {
    Set<String> best = new HashSet<>();
    for (Language language : Language.values()) {
      assertThat(margin(language, Stage.GENERATE)).as(language.id()).isGreaterThanOrEqualTo(0.2 - 1e-9);
      best.add(bySkill(language, Stage.GENERATE).get(0).id());
    }

    assertThat(best).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void oneModelLeadsAtFixAndAnotherAtRefine() {
    for (Language language : Language.values()) {
      assertThat(bySkill(language, Stage.FIX).get(0).id()).isEqualTo("sim-fixer");
      assertThat(bySkill(language, Stage.REFINE).get(0).id()).isEqualTo("sim-optimizer");
      assertThat(margin(language, Stage.FIX)).isGreaterThanOrEqualTo(0.2);
      assertThat(margin(language, Stage.REFINE)).isGreaterThanOrEqualTo(0.2);
    }
  }

  /** What a profile of the sample dataset finds: the configured best model has the most right answers. */
  @Test
  void profilingTheSampleDatasetFindsTheBestGeneratorOfEachLanguage() throws Exception {
    int samples = 10;
    for (Language language : Language.values()) {
      String found = null;
      int most = -1;
      for (ModelSpec model : fleet().models()) {
        SimulatedModelClient client = new SimulatedModelClient(model);
        int right = 0;
        for (Problem problem : sampleProblems(language)) {
          for (int sample = 0; sample < samples; sample++) {
            String code = answer(client, problem, Stage.GENERATE, null, sample);
            right += problem.getSolutions().stream().map(ReferenceSolution::getCode).anyMatch(code::equals) ? 1 : 0;
          }
        }
        if (right > most) {
          most = right;
          found = model.id();
        }
      }
      assertThat(found).as(language.id()).isEqualTo(bySkill(language, Stage.GENERATE).get(0).id());
    }
  }
}
