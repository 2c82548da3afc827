package io.perforch.transforms.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.models.Stage;
import io.perforch.models.store.StoreMode;
import io.perforch.orchestration.LoopSettings;
import io.perforch.orchestration.TaskRoute;
import io.perforch.orchestration.model.StepOrigin;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.model.Candidate;
import io.perforch.transforms.candidates.JudgeSettings;
import io.perforch.transforms.candidates.ModelAccess;
import io.perforch.transforms.profiling.MakeCandidates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every loop of a task on the DirectRunner, with one simulated model that is always right and one never. */
class RunTaskLoopsTest {
  private static final List<String> TASKS = List.of("Python/balanced_brackets", "Python/to_base");

  @TempDir Path dir;

  private ModelAccess models() throws Exception {
    Path fleet = dir.resolve("fleet.yaml");
    Files.writeString(fleet, """
        models:
          - {id: sim-right, provider: simulated, simulated: {seed: 1, default: 1.0}}
          - {id: sim-wrong, provider: simulated, simulated: {seed: 2, default: 0.0}}
        """);
    return new ModelAccess(fleet.toString(), dir.resolve("store").toString(), StoreMode.CACHE);
  }

  private OrchestrationSettings settings(ModelAccess models) {
    // the route puts the wrong model first: its program must be fixed by the right one
    TaskRoute route = new TaskRoute(TaskRoute.ORCHESTRATOR, List.of("sim-wrong", "sim-right"), List.of("sim-right"),
        List.of());
    return new OrchestrationSettings(models,
        new JudgeSettings("bwrap", 1, dir.resolve("cache").toString(), true, 0, 3, "upstream", 0.01, 0.10, 2_000_000),
        LoopSettings.DEFAULT, TASKS.stream().collect(Collectors.toMap(t -> t, t -> route)),
        List.of("sim-right", "sim-wrong"), models == null, List.of(Stage.GENERATE, Stage.FIX));
  }

  private static List<Problem> problems() {
    return new SampleDataset().load().stream().filter(p -> TASKS.contains(p.getTaskId())).toList();
  }

  private static Map<String, Boolean> solved(Iterable<TaskResult> results, String task) {
    return StreamSupport.stream(results.spliterator(), false).filter(r -> r.getTaskId().equals(task))
        .collect(Collectors.toMap(TaskResult::getLoop, TaskResult::getSolved));
  }

  @Test
  void eachTaskRunsTheRoutedLoopEveryModelAloneAndTheOracleSharingTheirSteps() throws Exception {
    TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple loops = pipeline
        .apply("Problems", Create.of(problems()).withCoder(AvroCoder.of(Problem.class)))
        .apply(new RunTaskLoops(settings(models()),
            MakeCandidates.byId(pipeline.apply("NoProfile", Create.empty(AvroCoder.of(Candidate.class))))));

    PAssert.that(loops.get(RunTaskLoops.RESULTS)).satisfies(results -> {
      assertThat(results).hasSize(TASKS.size() * 4);
      for (String task : TASKS) {
        assertThat(solved(results, task)).containsExactlyInAnyOrderEntriesOf(Map.of("orchestrator", true,
            "single:sim-right", true, "single:sim-wrong", false, "oracle", true));
      }
      StreamSupport.stream(results.spliterator(), false).filter(r -> r.getLoop().equals("orchestrator"))
          .forEach(r -> {
            assertThat(r.getFinalStage()).isEqualTo("fix");
            assertThat(r.getFinalModel()).isEqualTo("sim-right");
            assertThat(r.getCalls()).isEqualTo(2);
          });
      return null;
    });
    PAssert.that(loops.get(RunTaskLoops.TRACES)).satisfies(traces -> {
      List<TraceStep> steps = StreamSupport.stream(traces.spliterator(), false).toList();
      assertThat(steps).filteredOn(s -> s.getModel() != null).allMatch(s -> s.getOrigin() == StepOrigin.ASKED);
      for (String task : TASKS) {
        // the wrong model's program is one step, in the routed loop and in its own
        assertThat(steps.stream().filter(s -> s.getTaskId().equals(task) && s.getStage().equals("generate")
            && "sim-wrong".equals(s.getModel())).map(TraceStep::getCandidateId).distinct()).hasSize(1);
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aReplayOfAProfileThatLacksTheStepsCountsThemMissingAndAsksNoModel() {
    TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple loops = pipeline
        .apply("Problems", Create.of(problems()).withCoder(AvroCoder.of(Problem.class)))
        .apply(new RunTaskLoops(settings(null),
            MakeCandidates.byId(pipeline.apply("EmptyProfile", Create.empty(AvroCoder.of(Candidate.class))))));

    PAssert.that(loops.get(RunTaskLoops.RESULTS)).satisfies(results -> {
      assertThat(results).allSatisfy(r -> {
        assertThat(r.getSolved()).isFalse();
        assertThat(r.getCalls()).isZero();
      });
      assertThat(results).filteredOn(r -> !r.getLoop().equals("oracle"))
          .allSatisfy(r -> assertThat(r.getMissingSteps()).isPositive());
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
