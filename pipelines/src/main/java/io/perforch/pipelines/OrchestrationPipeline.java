package io.perforch.pipelines;

import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.io.AvroJson;
import io.perforch.datasets.model.Problem;
import io.perforch.orchestration.model.TaskResult;
import io.perforch.orchestration.model.TraceStep;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.Candidate;
import io.perforch.transforms.datasets.ReadProblems;
import io.perforch.transforms.orchestration.OrchestrationSettings;
import io.perforch.transforms.orchestration.RunTaskLoops;
import io.perforch.transforms.profiling.MakeCandidates;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The orchestrated job, top to bottom: read the problems to judge, run every task's loops (the
 * orchestrator's route, each model alone, the oracle) with the profiling run's candidates at hand for
 * reuse or replay, and write the final results and the traces. Routes are decided before the job, and
 * the report is written after it, from these files.
 */
public final class OrchestrationPipeline {
  private OrchestrationPipeline() {}

  /**
   * @param taskIds the tasks to judge (the split's judged side, after --languages)
   * @param profileCandidates the profiling run's candidates file, or null for none
   * @param runDir the run directory (local or gs://)
   */
  public static void build(Pipeline pipeline, DatasetResolver.Request problems, Set<String> taskIds,
      OrchestrationSettings settings, String profileCandidates, String runDir) {
    PCollection<Candidate> recorded = profileCandidates != null
        ? pipeline.apply("ReadProfileCandidates", AvroIO.read(Candidate.class).from(profileCandidates))
        : pipeline.apply("NoProfileCandidates", Create.empty(AvroCoder.of(Candidate.class)));

    PCollectionTuple loops = pipeline
        .apply("ReadProblems", ReadProblems.from(problems))
        .apply("SelectJudgedProblems", Filter.by((Problem problem) -> taskIds.contains(problem.getTaskId())))
        .apply("RunTaskLoops", new RunTaskLoops(settings, MakeCandidates.byId(recorded)));

    loops.get(RunTaskLoops.RESULTS).apply("WriteResults", AvroIO.write(TaskResult.class)
        .to(withoutSuffix(RunFiles.resolve(runDir, RunLayout.FINAL_RESULTS).toString())).withSuffix(".avro")
        .withoutSharding());
    PCollection<TraceStep> traces = loops.get(RunTaskLoops.TRACES);
    traces.apply("WriteTraces", AvroIO.write(TraceStep.class)
        .to(withoutSuffix(RunFiles.resolve(runDir, RunLayout.TRACES).toString())).withSuffix(".avro")
        .withoutSharding());
    traces.apply("TracesAsJson", MapElements.into(TypeDescriptors.strings())
            .via((TraceStep step) -> AvroJson.toJson(step).toString()))
        .apply("WriteTracesJsonl", TextIO.write()
            .to(withoutSuffix(RunFiles.resolve(runDir, RunLayout.TRACES_JSONL).toString())).withSuffix(".jsonl")
            .withoutSharding());
  }

  private static String withoutSuffix(String file) {
    return file.substring(0, file.lastIndexOf('.'));
  }
}
