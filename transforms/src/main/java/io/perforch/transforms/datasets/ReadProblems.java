package io.perforch.transforms.datasets;

import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.model.Problem;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads a dataset into a collection of {@link Problem} Avro records. The files are read by a worker, not
 * by the program that builds the pipeline, so large datasets never end up inside the job graph; a
 * reshuffle then spreads the problems over all workers.
 */
public final class ReadProblems extends PTransform<PBegin, PCollection<Problem>> {
  private final DatasetResolver.Request request;

  private ReadProblems(DatasetResolver.Request request) {
    this.request = request;
  }

  public static ReadProblems from(DatasetResolver.Request request) {
    return new ReadProblems(request);
  }

  @Override
  public PCollection<Problem> expand(PBegin input) {
    return input
        .apply("Dataset", Create.of(request.nameOrPath()))
        .apply("LoadProblems", ParDo.of(new LoadProblemsFn(request)))
        .setCoder(AvroCoder.of(Problem.class))
        .apply("Spread", Reshuffle.viaRandomKey());
  }

  /** Loads the whole dataset once; a malformed file fails the pipeline with the loader's message. */
  static final class LoadProblemsFn extends DoFn<String, Problem> {
    private final DatasetResolver.Request request;
    private final Counter loaded = Metrics.counter(ReadProblems.class, "problemsLoaded");

    LoadProblemsFn(DatasetResolver.Request request) {
      this.request = request;
    }

    @ProcessElement
    public void process(OutputReceiver<Problem> out) {
      for (Problem problem : new DatasetResolver().load(request)) {
        loaded.inc();
        out.output(problem);
      }
    }
  }
}
