package io.perforch.transforms.profiling;

import io.perforch.candidates.CandidateJudge;
import io.perforch.candidates.CandidateVerdicts;
import io.perforch.datasets.model.Problem;
import io.perforch.execution.model.Verdict;
import io.perforch.models.Stage;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import io.perforch.transforms.candidates.JudgeSettings;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Correct programs → refine tasks: each program is first measured (warm-up plus repeated runs), so the
 * refine prompt can quote its time and its refinements have a baseline to beat; then one task per
 * refine model. A program whose measurement does not pass (a flaky program) is not refined.
 */
final class MeasureForRefinement
    extends PTransform<PCollection<KV<Problem, Candidate>>, PCollection<KV<Problem, StageTask>>> {
  private final JudgeSettings judge;
  private final List<String> models;

  /** @param models the refine models, one task each */
  MeasureForRefinement(JudgeSettings judge, List<String> models) {
    this.judge = judge;
    this.models = models;
  }

  @Override
  public PCollection<KV<Problem, StageTask>> expand(PCollection<KV<Problem, Candidate>> correct) {
    return correct.apply("MeasureAndFanOut", ParDo.of(new MeasureFn(judge, models)))
        .setCoder(KvCoder.of(AvroCoder.of(Problem.class), AvroCoder.of(StageTask.class)));
  }

  static final class MeasureFn extends DoFn<KV<Problem, Candidate>, KV<Problem, StageTask>> {
    private final JudgeSettings settings;
    private final List<String> models;
    private final Counter measured = Metrics.counter(MakeCandidates.NAMESPACE, "refine_inputs_measured");
    private final Counter flaky = Metrics.counter(MakeCandidates.NAMESPACE, "refine_inputs_not_passing_when_measured");
    private transient CandidateJudge judge;

    MeasureFn(JudgeSettings settings, List<String> models) {
      this.settings = settings;
      this.models = models;
    }

    @Setup
    public void setup() {
      judge = settings.newJudge();
    }

    @ProcessElement
    public void process(@Element KV<Problem, Candidate> element, OutputReceiver<KV<Problem, StageTask>> out) {
      if (!CandidateVerdicts.passed(element.getValue())) {
        return;
      }
      Candidate measuredInput = judge.measure(element.getKey(), element.getValue());
      measured.inc();
      if (measuredInput.getResult().getVerdict() != Verdict.PASSED) {
        flaky.inc();
        return;
      }
      for (String model : models) {
        out.output(KV.of(element.getKey(), FanOutTasks.task(Stage.REFINE, model, 0, measuredInput)));
      }
    }

    @Teardown
    public void teardown() {
      if (judge != null) {
        judge.close();
      }
    }
  }
}
