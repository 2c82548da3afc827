package io.perforch.pipelines;

import io.perforch.datasets.catalog.DatasetResolver;
import io.perforch.datasets.io.FileGlob;
import io.perforch.datasets.model.Problem;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.profiling.model.Candidate;
import io.perforch.transforms.datasets.ReadProblems;
import io.perforch.transforms.profiling.AggregateProfile;
import io.perforch.transforms.profiling.ProfileSettings;
import io.perforch.transforms.profiling.ProfileStages;
import io.perforch.transforms.profiling.WriteProfile;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.values.PCollection;

/**
 * The profiling job, top to bottom: read the problems, run the stage graph over the fleet (reusing the
 * candidates an earlier run left in the same run directory), write every candidate, then aggregate the
 * profile table and write it with the leaderboards.
 */
public final class ProfilingPipeline {
  private ProfilingPipeline() {}

  /**
   * @param problems the dataset to read
   * @param taskIds the problems to profile (after --languages and --limit)
   * @param runDir the run directory (local or gs://)
   */
  public static void build(Pipeline pipeline, DatasetResolver.Request problems, Set<String> taskIds,
      ProfileSettings settings, String runDir) {
    String candidatesFile = RunFiles.resolve(runDir, RunLayout.CANDIDATES).toString();
    // --no-cache judges every candidate again, those of an earlier run in runDir too
    PCollection<Candidate> previous = settings.judge().reuseResults() && existing(candidatesFile)
        ? pipeline.apply("ReadPreviousCandidates", AvroIO.read(Candidate.class).from(candidatesFile))
        : pipeline.apply("NoPreviousCandidates", Create.empty(AvroCoder.of(Candidate.class)));

    PCollection<Candidate> candidates = pipeline
        .apply("ReadProblems", ReadProblems.from(problems))
        .apply("SelectProblems", Filter.by((Problem problem) -> taskIds.contains(problem.getTaskId())))
        .apply("ProfileStages", new ProfileStages(settings, previous));

    candidates.apply("WriteCandidates", AvroIO.write(Candidate.class)
        .to(candidatesFile.substring(0, candidatesFile.length() - ".avro".length()))
        .withSuffix(".avro").withoutSharding());
    candidates
        .apply("AggregateProfile", new AggregateProfile())
        .apply("WriteProfile", new WriteProfile(runDir));
  }

  private static boolean existing(String file) {
    try {
      return !FileGlob.match(file).isEmpty();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
