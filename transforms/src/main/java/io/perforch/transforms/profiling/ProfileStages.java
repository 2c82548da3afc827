package io.perforch.transforms.profiling;

import io.perforch.candidates.CandidateVerdicts;
import io.perforch.datasets.model.Problem;
import io.perforch.models.Stage;
import io.perforch.profiling.model.Candidate;
import io.perforch.profiling.model.StageTask;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import java.util.Map;

/**
 * The stage graph of a profiling run, built from its settings. <b>generate</b>: every problem × model ×
 * sample. <b>fix</b>: every generated program that ran and failed × every model. <b>refine</b>: every
 * correct program (generated, or fixed) × every model, measured before and after. Outputs every
 * candidate of every stage.
 */
public final class ProfileStages extends PTransform<PCollection<Problem>, PCollection<Candidate>> {
  private final ProfileSettings settings;
  private final PCollection<Candidate> previousCandidates;

  /** @param previous an earlier run's candidates, reused by id (may be empty) */
  public ProfileStages(ProfileSettings settings, PCollection<Candidate> previous) {
    this.settings = settings;
    this.previousCandidates = previous;
  }

  @Override
  public PCollection<Candidate> expand(PCollection<Problem> problems) {
    KvCoder<Problem, StageTask> taskCoder = KvCoder.of(AvroCoder.of(Problem.class), AvroCoder.of(StageTask.class));
    PCollectionView<Map<String, Candidate>> previous = MakeCandidates.byId(previousCandidates);

    PCollection<KV<Problem, Candidate>> generated = problems
        .apply("GenerateTasks", ParDo.of(new FanOutTasks.GenerateFn(settings.models(), settings.samples())))
        .setCoder(taskCoder)
        .apply("Generate", new MakeCandidates(settings.access(), settings.judge(), previous));
    PCollectionList<KV<Problem, Candidate>> all = PCollectionList.of(generated);
    PCollectionList<KV<Problem, Candidate>> correct =
        PCollectionList.of(generated.apply("GeneratedCorrect", Filter.by(kv -> CandidateVerdicts.passed(kv.getValue()))));

    if (settings.stages().contains(Stage.FIX)) {
      PCollection<KV<Problem, Candidate>> fixed = generated
          .apply("FixTasks", ParDo.of(new FanOutTasks.FixFn(settings.models())))
          .setCoder(taskCoder)
          .apply("Fix", new MakeCandidates(settings.access(), settings.judge(), previous));
      all = all.and(fixed);
      correct = correct.and(fixed.apply("FixedCorrect", Filter.by(kv -> CandidateVerdicts.passed(kv.getValue()))));
    }
    if (settings.stages().contains(Stage.REFINE)) {
      PCollection<KV<Problem, Candidate>> refined = correct
          .apply("AllCorrect", Flatten.pCollections())
          .apply("RefineTasks", new MeasureForRefinement(settings.judge(), settings.models()))
          .apply("Refine", new MakeCandidates(settings.access(), settings.judge(), previous));
      all = all.and(refined);
    }
    return all.apply("AllStages", Flatten.pCollections())
        .apply("Candidates", Values.create())
        .setCoder(AvroCoder.of(Candidate.class));
  }
}
