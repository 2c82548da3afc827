package io.perforch.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateAuthorTest {
  private static final Problem SAMPLE = new SampleDataset().load().get(0);

  @Test
  void aProblemsOwnCategoryWins() {
    assertThat(CandidateAuthor.categoryOf(SAMPLE)).isEqualTo(SAMPLE.getCategory()).isNotBlank();
  }

  @Test
  void withoutACategoryTheFirstTagStandsIn() {
    Problem tagged = Problem.newBuilder(SAMPLE).setCategory(null).setTags(List.of("graph", "bfs")).build();
    Problem bare = Problem.newBuilder(SAMPLE).setCategory(null).setTags(List.of()).build();

    assertThat(CandidateAuthor.categoryOf(tagged)).isEqualTo("graph");
    assertThat(CandidateAuthor.categoryOf(bare)).isNull();
  }
}
