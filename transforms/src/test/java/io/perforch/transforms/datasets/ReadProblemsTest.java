package io.perforch.transforms.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.humanevalx.HumanEvalXLoader;
import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.testing.SharedData;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

class ReadProblemsTest {

  @Test
  void problemsTravelThroughThePipelineAsAvroRecordsUnchanged() {
    String path = SharedData.humanEvalX("rust").toString();
    List<Problem> expected = new HumanEvalXLoader().load(path);
    TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

    PCollection<Problem> problems = pipeline.apply(ReadProblems.from(DatasetResolver.Request.of(path)));

    PAssert.that(problems).containsInAnyOrder(expected);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    long counted = result.metrics().queryMetrics(MetricsFilter.builder()
            .addNameFilter(MetricNameFilter.named(ReadProblems.class, "problemsLoaded")).build())
        .getCounters().iterator().next().getAttempted();
    assertThat(counted).isEqualTo(164);
  }

  @Test
  void onlyTheRequestedLanguagesAreRead() {
    DatasetResolver.Request request = DatasetResolver.Request.of("humaneval-x")
        .withPath(SharedData.humanEvalX().toString())
        .withLanguages(List.of(Language.GO));
    TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

    PCollection<Problem> problems = pipeline.apply(ReadProblems.from(request));

    PAssert.that(problems).satisfies(all -> {
      assertThat(all).hasSize(164).allSatisfy(p -> assertThat(p.getLanguage()).isEqualTo("go"));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
