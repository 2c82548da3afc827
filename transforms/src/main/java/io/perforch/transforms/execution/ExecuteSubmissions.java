package io.perforch.transforms.execution;

import io.perforch.datasets.model.Problem;
import io.perforch.execution.Executor;
import io.perforch.execution.Submission;
import io.perforch.execution.model.ExecutionResult;
import io.perforch.transforms.candidates.JudgeSettings;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Judges (problem, label → code) pairs in the sandbox, one {@link ExecutionResult} each. The executor is
 * created once per worker in {@code @Setup}; counters record every verdict, so a run's health shows in
 * the runner's metrics.
 */
public final class ExecuteSubmissions
    extends PTransform<PCollection<KV<Problem, KV<String, String>>>, PCollection<ExecutionResult>> {
  private final JudgeSettings settings;

  private ExecuteSubmissions(JudgeSettings settings) {
    this.settings = settings;
  }

  /** Judged as {@code settings} say: sandbox, workers, repeats, caches, assembly (its refine fields are unused). */
  public static ExecuteSubmissions with(JudgeSettings settings) {
    return new ExecuteSubmissions(settings);
  }

  @Override
  public PCollection<ExecutionResult> expand(PCollection<KV<Problem, KV<String, String>>> submissions) {
    return submissions
        .apply("Judge", ParDo.of(new JudgeFn(settings)))
        .setCoder(AvroCoder.of(ExecutionResult.class));
  }

  static final class JudgeFn extends DoFn<KV<Problem, KV<String, String>>, ExecutionResult> {
    private final JudgeSettings settings;
    private final Counter judged = Metrics.counter(ExecuteSubmissions.class, "judged");
    private transient Executor executor;

    JudgeFn(JudgeSettings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      executor = new Executor(settings.execution());
    }

    @ProcessElement
    public void process(@Element KV<Problem, KV<String, String>> element, OutputReceiver<ExecutionResult> out) {
      Submission submission = new Submission(element.getKey(), element.getValue().getKey(),
          element.getValue().getValue());
      ExecutionResult result = executor.execute(submission);
      judged.inc();
      Metrics.counter(ExecuteSubmissions.class, "verdict_" + result.getVerdict()).inc();
      out.output(result);
    }

    @Teardown
    public void teardown() {
      if (executor != null) {
        executor.close();
      }
    }
  }
}
