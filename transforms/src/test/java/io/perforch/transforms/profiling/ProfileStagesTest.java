package io.perforch.transforms.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.execution.model.Verdict;
import io.perforch.models.Stage;
import io.perforch.models.store.StoreMode;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.CandidateOutcome;
import io.perforch.transforms.candidates.JudgeSettings;
import io.perforch.transforms.candidates.ModelAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage graph on the DirectRunner, with one simulated model that is always right and one never. */
class ProfileStagesTest {
  @TempDir Path dir;

  private ProfileSettings settings(List<Stage> stages) throws Exception {
    Path fleet = dir.resolve("fleet.yaml");
    Files.writeString(fleet, """
        models:
          - {id: sim-right, provider: simulated, simulated: {seed: 1, default: 1.0}}
          - {id: sim-wrong, provider: simulated, simulated: {seed: 2, default: 0.0}}
        """);
    return new ProfileSettings(new ModelAccess(fleet.toString(), dir.resolve("store").toString(), StoreMode.CACHE),
        List.of("sim-right", "sim-wrong"), stages, 2,
        new JudgeSettings("bwrap", 1, dir.resolve("cache").toString(), true, 0, 3, "upstream", 0.01, 0.10,
            2_000_000));
  }

  private static List<Problem> problems() {
    return new SampleDataset().load().stream()
        .filter(p -> p.getLanguage().equals("python"))
        .filter(p -> List.of("Python/balanced_brackets", "Python/to_base").contains(p.getTaskId()))
        .toList();
  }

  private static List<Candidate> of(Iterable<Candidate> all, String stage, String model) {
    return StreamSupport.stream(all.spliterator(), false)
        .filter(c -> c.getStage().equals(stage) && c.getModel().equals(model)).toList();
  }

  @Test
  void everyStageFansOutOverEveryModelAndKeepsItsLineage() throws Exception {
    TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Candidate> none = pipeline.apply("NoPrevious", Create.empty(AvroCoder.of(Candidate.class)));

    PCollection<Candidate> candidates = pipeline
        .apply("Problems", Create.of(problems()).withCoder(AvroCoder.of(Problem.class)))
        .apply(new ProfileStages(settings(List.of(Stage.GENERATE, Stage.FIX, Stage.REFINE)), none));

    PAssert.that(candidates).satisfies(all -> {
      // generate: 2 problems × 2 models × 2 samples
      assertThat(of(all, "generate", "sim-right")).hasSize(4)
          .allSatisfy(c -> assertThat(c.getResult().getVerdict()).isEqualTo(Verdict.PASSED));
      List<Candidate> wrong = of(all, "generate", "sim-wrong");
      assertThat(wrong).hasSize(4).allSatisfy(c -> assertThat(c.getResult().getVerdict()).isNotEqualTo(Verdict.PASSED));
      // fix: every failing generated program × both models, each pointing at the program it fixed
      assertThat(of(all, "fix", "sim-right")).hasSize(4).allSatisfy(c -> {
        assertThat(c.getResult().getVerdict()).isEqualTo(Verdict.PASSED);
        assertThat(wrong).extracting(Candidate::getCandidateId).contains(c.getParentId());
      });
      assertThat(of(all, "fix", "sim-wrong")).hasSize(4);
      // refine: every correct program (4 generated, 4 fixed) × both models, measured before and after
      List<Candidate> refined = of(all, "refine", "sim-right");
      assertThat(refined).hasSize(8).allSatisfy(c -> {
        assertThat(c.getOutcome()).isEqualTo(CandidateOutcome.JUDGED);
        assertThat(c.getRefinement().getInputWallNanos()).hasSize(3);
        assertThat(c.getRefinement().getRefinedWallNanos()).hasSize(3);
      });
      assertThat(of(all, "refine", "sim-wrong")).hasSize(8);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void candidatesOfAnEarlierRunAreReusedNotMadeAgain() throws Exception {
    ProfileSettings settings = settings(List.of(Stage.GENERATE));
    TestPipeline first = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Candidate> made = first
        .apply("Problems", Create.of(problems()).withCoder(AvroCoder.of(Problem.class)))
        .apply(new ProfileStages(settings, first.apply("NoPrevious", Create.empty(AvroCoder.of(Candidate.class)))));
    PAssert.that(made).satisfies(all -> {
      assertThat(all).hasSize(8);
      return null;
    });
    first.run().waitUntilFinish();

    // an earlier run's candidate, altered so that reuse is visible: it must come back as it was stored
    Candidate stored = Candidate.newBuilder()
        .setCandidateId(io.perforch.candidates.CandidateIds.of(problems().get(0),
            FanOutTasks.task(Stage.GENERATE, "sim-right", 0, null)))
        .setStage("generate").setModel("sim-right").setSample(0).setDataset("sample")
        .setTaskId(problems().get(0).getTaskId()).setProblemId(problems().get(0).getProblemId())
        .setLanguage("python").setPromptSha256("stored").setOutcome(CandidateOutcome.NO_CODE).build();
    TestPipeline second = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Candidate> again = second
        .apply("Problems", Create.of(problems()).withCoder(AvroCoder.of(Problem.class)))
        .apply(new ProfileStages(settings, second.apply("Previous", Create.of(stored).withCoder(AvroCoder.of(Candidate.class)))));
    PAssert.that(again).satisfies(all -> {
      assertThat(all).hasSize(8).contains(stored);
      return null;
    });
    second.run().waitUntilFinish();
  }
}
