package io.perforch.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.profiling.ProfileKey;
import io.perforch.models.ModelSpec;
import io.perforch.models.fleet.FleetLoader;
import io.perforch.models.simulated.SimulatedModelClient;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateAuthorTest {
  private static final Problem SAMPLE = new SampleDataset().load().get(0);

  @Test
  void aProblemsOwnCategoryWins() {
    assertThat(CandidateAuthor.categoryOf(SAMPLE)).isEqualTo(SAMPLE.getCategory()).isNotBlank();
    assertThat(ProfileKey.categoriesOf(Problem.newBuilder(SAMPLE).setTags(List.of("graph")).build()))
        .containsExactly(SAMPLE.getCategory());
  }

  @Test
  void withoutACategoryTheFirstTagStandsIn() {
    Problem tagged = Problem.newBuilder(SAMPLE).setCategory(null).setTags(List.of("graph", "bfs")).build();
    Problem bare = Problem.newBuilder(SAMPLE).setCategory(null).setTags(List.of()).build();

    assertThat(CandidateAuthor.categoryOf(tagged)).isEqualTo("graph");
    assertThat(CandidateAuthor.categoryOf(bare)).isNull();
  }

  @Test
  void withoutACategoryEveryTagIsACategory() {
    Problem tagged = Problem.newBuilder(SAMPLE).setCategory(null).setTags(List.of("graph", "bfs", " ", "graph"))
        .build();
    Problem bare = Problem.newBuilder(SAMPLE).setCategory(null).setTags(List.of()).build();

    assertThat(ProfileKey.categoriesOf(tagged)).containsExactly("graph", "bfs");
    assertThat(ProfileKey.categoriesOf(bare)).isEmpty();
  }

  @Test
  void theCandidateCarriesEveryCategoryOfItsProblem() throws InterruptedException {
    ModelSpec model = FleetLoader.load(Path.of("..", "runner-configs", "models", "simulated.yaml").toString())
        .models().get(0);
    Problem tagged = Problem.newBuilder(SAMPLE).setCategory(null).setTags(List.of("graph", "bfs")).build();
    StageTask task = StageTask.newBuilder().setStage("generate").setModel(model.id()).setSample(0).build();

    Candidate candidate = new CandidateAuthor().write(tagged, task, new SimulatedModelClient(model)).candidate();

    assertThat(candidate.getCategory()).isEqualTo("graph");
    assertThat(candidate.getCategories()).containsExactly("graph", "bfs");
  }
}
