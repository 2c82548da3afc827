package io.perforch.transforms.profiling;

import io.perforch.candidates.CandidateVerdicts;
import io.perforch.datasets.model.Problem;
import io.perforch.models.Stage;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** The DoFns that turn problems and judged candidates into the next stage's tasks, one per model. */
final class FanOutTasks {
  private FanOutTasks() {}

  /** A problem → one generate task per model and sample. */
  static final class GenerateFn extends DoFn<Problem, KV<Problem, StageTask>> {
    private final List<String> models;
    private final int samples;

    GenerateFn(List<String> models, int samples) {
      this.models = models;
      this.samples = samples;
    }

    @ProcessElement
    public void process(@Element Problem problem, OutputReceiver<KV<Problem, StageTask>> out) {
      for (String model : models) {
        for (int sample = 0; sample < samples; sample++) {
          out.output(KV.of(problem, task(Stage.GENERATE, model, sample, null)));
        }
      }
    }
  }

  /** A program that ran and failed → one fix task per model. */
  static final class FixFn extends DoFn<KV<Problem, Candidate>, KV<Problem, StageTask>> {
    private final List<String> models;

    FixFn(List<String> models) {
      this.models = models;
    }

    @ProcessElement
    public void process(@Element KV<Problem, Candidate> judged, OutputReceiver<KV<Problem, StageTask>> out) {
      if (CandidateVerdicts.fixable(judged.getValue())) {
        for (String model : models) {
          out.output(KV.of(judged.getKey(), task(Stage.FIX, model, 0, judged.getValue())));
        }
      }
    }
  }

  /**
   * A task records its stage by id, as candidates do: the id goes into the candidate's id hash and into the
   * Avro records earlier run directories hold.
   */
  static StageTask task(Stage stage, String model, int sample, Candidate parent) {
    return StageTask.newBuilder().setStage(stage.id()).setModel(model).setSample(sample).setParent(parent).build();
  }
}
