package io.perforch.pipelines.diagnostics;

import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.transforms.datasets.ReadProblems;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * A small diagnostic job: counts a dataset's problems per language and writes one {@code language,count}
 * line per language to a single file. In seconds it needs what every PerfOrch job needs from a runner
 * (PerfOrch's classes and Avro coders on the workers, a dataset read by a worker, a shuffle, a file sink),
 * so it checks a runner set-up, such as a Flink cluster, before a long profiling run:
 *
 * <pre>java -cp pipelines/target/perforch.jar io.perforch.pipelines.diagnostics.ProblemsPerLanguage \
 *     --output=/tmp/counts.csv --runner=FlinkRunner --flinkMaster=localhost:8081 \
 *     --filesToStage=pipelines/target/perforch.jar</pre>
 */
public final class ProblemsPerLanguage {

  /** The job's flags; every runner's flags work beside them. */
  public interface Options extends PipelineOptions {
    @Description("Dataset to read: a name (sample, humaneval-x, ...) or a path of dataset files")
    @Default.String(SampleDataset.DATASET)
    String getDataset();

    void setDataset(String value);

    @Description("Where a named dataset's files are, if not in the default location")
    String getDatasetPath();

    void setDatasetPath(String value);

    @Description("Output file (any Beam file system path): one 'language,count' line per language")
    @Validation.Required
    String getOutput();

    void setOutput(String value);
  }

  private ProblemsPerLanguage() {}

  public static void main(String[] args) {
    PipelineOptionsFactory.register(Options.class);
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    PipelineResult.State state = run(options);
    System.out.println("ProblemsPerLanguage " + state + ": " + options.getOutput());
    if (state != PipelineResult.State.DONE) {
      System.exit(1);
    }
  }

  /** Builds and runs the job, waiting for it to finish. */
  public static PipelineResult.State run(Options options) {
    DatasetResolver.Request request = DatasetResolver.Request.of(options.getDataset());
    if (options.getDatasetPath() != null) {
      request = request.withPath(options.getDatasetPath());
    }
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("ReadProblems", ReadProblems.from(request))
        .apply("CountPerLanguage", new CountPerLanguage())
        .apply("WriteCounts", TextIO.write().to(options.getOutput()).withoutSharding());
    return pipeline.run().waitUntilFinish();
  }

  /** One {@code language,count} line per language that has problems. */
  static final class CountPerLanguage extends PTransform<PCollection<Problem>, PCollection<String>> {
    @Override
    public PCollection<String> expand(PCollection<Problem> problems) {
      return problems
          .apply("Language", MapElements.into(TypeDescriptors.strings()).via(Problem::getLanguage))
          .apply("Count", Count.perElement())
          .apply("Format", MapElements.into(TypeDescriptors.strings()).via(ProblemsPerLanguage::line));
    }
  }

  private static String line(KV<String, Long> languageCount) {
    return languageCount.getKey() + "," + languageCount.getValue();
  }
}
