package io.perforch.transforms.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.execution.model.Verdict;
import io.perforch.transforms.candidates.JudgeSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecuteSubmissionsTest {
  @TempDir Path cache;

  @Test
  void judgesEverySubmissionAndKeepsItsIdentity() {
    List<KV<Problem, KV<String, String>>> submissions = new ArrayList<>();
    for (Problem problem : new SampleDataset().load()) {
      if (problem.getLanguage().equals("python") && submissions.size() < 3) {
        submissions.add(KV.of(problem, KV.of("canonical", problem.getSolutions().get(0).getCode())));
        submissions.add(KV.of(problem, KV.of("broken", "    return None\n")));
      }
    }
    TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

    PCollection<ExecutionResult> results = pipeline
        .apply(Create.of(submissions).withCoder(KvCoder.of(AvroCoder.of(Problem.class),
            KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))))
        .apply(ExecuteSubmissions.with(new JudgeSettings("bwrap", 2, cache.toString(), true, 0, 3, "upstream", 0.01, 0.10,
            2_000_000)));

    PAssert.that(results).satisfies(all -> {
      assertThat(all).hasSize(submissions.size());
      for (ExecutionResult result : all) {
        Verdict expected = result.getLabel().equals("canonical") ? Verdict.PASSED : Verdict.FAILED;
        assertThat(result.getVerdict()).as(result.getTaskId() + " " + result.getLabel()).isIn(expected,
            expected == Verdict.FAILED ? Verdict.RUNTIME_ERROR : expected);
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
