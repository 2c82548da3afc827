package io.perforch.pipelines.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsPerLanguageTest {
  @TempDir Path dir;

  @Test
  void writesOneLinePerLanguageWithItsProblemCount() throws Exception {
    Path output = dir.resolve("counts.csv");

    PipelineResult.State state = ProblemsPerLanguage.run(options("--output=" + output));

    assertThat(state).isEqualTo(PipelineResult.State.DONE);
    List<String> expected = expectedSampleCounts();
    assertThat(expected).hasSize(5); // the sample has every problem in all five languages
    assertThat(Files.readAllLines(output)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aDatasetThatIsNotThereFailsWithTheLoadersMessage() {
    Path missing = dir.resolve("no-such-copy");

    assertThatThrownBy(() -> ProblemsPerLanguage.run(options("--output=" + dir.resolve("counts.csv"),
            "--dataset=humaneval-x", "--datasetPath=" + missing)))
        .hasStackTraceContaining("humaneval-x is not present in " + missing);
    assertThat(dir.resolve("counts.csv")).doesNotExist();
  }

  @Test
  void theOutputFlagIsRequired() {
    assertThatThrownBy(() -> PipelineOptionsFactory.fromArgs("--dataset=sample").withValidation()
            .as(ProblemsPerLanguage.Options.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--output");
  }

  /** "language,count" lines computed from the sample itself, so that they follow the sample's growth. */
  static List<String> expectedSampleCounts() {
    Map<String, Long> perLanguage = new SampleDataset().load().stream()
        .collect(Collectors.groupingBy(Problem::getLanguage, Collectors.counting()));
    return perLanguage.entrySet().stream().map(e -> e.getKey() + "," + e.getValue()).collect(Collectors.toList());
  }

  private static ProblemsPerLanguage.Options options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).withValidation().as(ProblemsPerLanguage.Options.class);
  }
}
