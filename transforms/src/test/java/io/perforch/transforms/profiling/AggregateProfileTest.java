package io.perforch.transforms.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.execution.model.Verdict;
import io.perforch.profiling.ProfileFiles;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.ProfileRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateProfileTest {
  @TempDir Path out;

  private static Candidate candidate(String model, String task, String category, Verdict verdict) {
    return io.perforch.profiling.TestCandidates.candidate("generate", task, 0).setModel(model)
        .setCategory(category)
        .setResult(io.perforch.profiling.TestCandidates.result(verdict, 10, 100)).build();
  }

  @Test
  void oneRowPerModelLanguageStageAndCategoryPlusAll() throws Exception {
    List<Candidate> candidates = new ArrayList<>(List.of(
        candidate("sim-a", "A", "parsing", Verdict.PASSED),
        candidate("sim-a", "B", "parsing", Verdict.FAILED),
        candidate("sim-a", "C", "simulation", Verdict.PASSED),
        candidate("sim-b", "A", "parsing", Verdict.FAILED)));
    TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);

    PCollection<ProfileRow> rows = pipeline
        .apply(Create.of(candidates).withCoder(AvroCoder.of(Candidate.class)))
        .apply(new AggregateProfile());
    PCollection<String> summaries = rows.apply(MapElements.into(TypeDescriptors.strings())
        .via(row -> row.getModel() + "/" + row.getCategory() + "=" + row.getPassed() + "/" + row.getN()));
    PAssert.that(summaries).containsInAnyOrder(
        "sim-a/all=2/3", "sim-a/parsing=1/2", "sim-a/simulation=1/1", "sim-b/all=0/1", "sim-b/parsing=0/1");
    rows.apply(new WriteProfile(out.toString()));
    pipeline.run().waitUntilFinish();

    assertThat(ProfileFiles.read(out.toString())).hasSize(5);
    assertThat(out.resolve("leaderboard.md")).exists();
  }
}
